/** `charter check <model> [--format text|json]` */
import { formatText, toJsonReport, exitCodeFor } from '../../app/governance/format';
import type { Finding } from '../../app/governance/types';
import type { Command } from './command';
import { expectPositionals, stringOption, UsageError } from './command';
import { openForCli, queryFor, withModel } from './model';

/** The check could not run: bad arguments, an unreadable or future-version file. */
const CANNOT_RUN = 2;

const firstLine = (message: string) => message.split('\n')[0] ?? message;

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check a model for governance gaps (exit 1 when there is an error).',
  help: `Usage: charter check <model> [--format text|json]

Runs the governance rules over the model, with the rule settings stored in
it (rules on or off, severities, parameters), and prints the findings.

Exit codes:
  0  no finding has error severity
  1  at least one finding is an error
  2  the check could not run (bad arguments, an unreadable model file, or
     one saved by a newer version of Charter)

Options:
  --format <f>  text (the default: grouped by severity) or json:
                { "findings": [ { "ruleId", "severity", "subjectType",
                "subjectId", "subjectName", "message", "hint" } ] }
  -h, --help    show this help`,
  options: { format: { type: 'string' } },
  async run(args, io) {
    const [model] = expectPositionals(checkCommand, args, ['model']) as [string];
    const format = stringOption(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json')
      throw new UsageError(`Unknown format "${format}": use text or json.`);
    let findings: Finding[];
    try {
      findings = await withModel(await openForCli(model, true), (handle) =>
        queryFor(handle)('governance.check', {}),
      );
    } catch (error) {
      // Whatever stops the check (a missing, damaged, newer or not-yet-upgraded
      // file) must not read as "the model has errors" (exit 1) in a pipeline.
      io.err(`charter: ${firstLine(error instanceof Error ? error.message : String(error))}`);
      return CANNOT_RUN;
    }
    io.out(format === 'json' ? JSON.stringify(toJsonReport(findings), null, 2) : formatText(findings));
    return exitCodeFor(findings);
  },
};
