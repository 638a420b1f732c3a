/** `charter stats <model> [--format text|json]` */
import type { ModelSummary } from '../../app/views';
import type { Command } from './command';
import { expectPositionals, stringOption, UsageError } from './command';
import { openForCli, queryFor, withModel } from './model';

const LABELS: ReadonlyArray<[keyof ModelSummary, string]> = [
  ['roles', 'Roles'],
  ['vacantRoles', 'Vacant roles'],
  ['people', 'People'],
  ['solidLines', 'Solid reporting lines'],
  ['dottedLines', 'Dotted reporting lines'],
  ['roots', 'Top-level roles'],
  ['maxDepth', 'Deepest level'],
  ['responsibilityAreas', 'Responsibility areas'],
  ['policies', 'Policies'],
  ['assets', 'Assets'],
  ['assignments', 'RACI assignments'],
];

/** The summary as an aligned two-column table. */
export function formatStatsTable(summary: ModelSummary): string[] {
  const labelWidth = Math.max(...LABELS.map(([, label]) => label.length));
  const numberWidth = Math.max(...LABELS.map(([key]) => String(summary[key]).length));
  return LABELS.map(
    ([key, label]) => `${label.padEnd(labelWidth)}  ${String(summary[key]).padStart(numberWidth)}`,
  );
}

export const statsCommand: Command = {
  name: 'stats',
  summary: 'Count what a model holds (roles, people, lines, policies, ...).',
  help: `Usage: charter stats <model> [--format text|json]

Prints counts of roles, people, reporting lines, responsibility areas,
policies, assets and RACI assignments, the number of top-level roles and
the depth of the deepest reporting chain.

Options:
  --format <f>  text (the default, an aligned table) or json
  -h, --help    show this help`,
  options: { format: { type: 'string' } },
  async run(args, io) {
    const [model] = expectPositionals(statsCommand, args, ['model']) as [string];
    const format = stringOption(args, 'format') ?? 'text';
    if (format !== 'text' && format !== 'json')
      throw new UsageError(`Unknown format "${format}": use text or json.`);
    const summary = await withModel(await openForCli(model, true), (handle) =>
      queryFor(handle)('model.summary', {}),
    );
    if (format === 'json') io.out(JSON.stringify(summary, null, 2));
    else formatStatsTable(summary).forEach((line) => io.out(line));
    return 0;
  },
};
