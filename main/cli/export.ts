/** `charter export <model> --format <f> --out <file>` */
import { CharterError } from '../../app/errors';
import type { Command } from './command';
import { expectPositionals, stringOption, UsageError } from './command';
import { EXPORT_FORMATS } from './formats';
import { openForCli, queryFor, withModel } from './model';

const formatList = () =>
  Object.entries(EXPORT_FORMATS)
    .map(([name, format]) => `                 ${name.padEnd(6)} ${format.description}`)
    .join('\n');

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a model to a file in another format.',
  get help() {
    return `Usage: charter export <model> --format <format> --out <file>

Writes the model to <file>, replacing it if it exists.

Options:
  --format <f>   one of:
${formatList()}
  --out <file>   where to write
  -h, --help     show this help`;
  },
  options: { format: { type: 'string' }, out: { type: 'string' } },
  async run(args, io) {
    const [model] = expectPositionals(exportCommand, args, ['model']) as [string];
    const formatName = stringOption(args, 'format') ?? 'json';
    const format = EXPORT_FORMATS[formatName];
    if (!format)
      throw new UsageError(
        `Unknown export format "${formatName}": use ${Object.keys(EXPORT_FORMATS).join(', ')}.`,
      );
    const out = stringOption(args, 'out');
    if (!out) throw new UsageError('charter export needs --out <file>. See charter export --help.');
    const written = await withModel(await openForCli(model, true), async (handle) => {
      try {
        return await format.write(queryFor(handle), out);
      } catch (error) {
        if (error instanceof CharterError || !(error instanceof Error) || !('code' in error)) throw error;
        // A system error (ENOENT, EACCES, ...) while writing: the output path is unusable.
        throw new CharterError('file_error', `Could not write ${out}: ${error.message}`);
      }
    });
    io.out(`Exported ${model} as ${formatName} to ${written.join(', ')}.`);
    return 0;
  },
};
