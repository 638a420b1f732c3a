/** `charter export <model> --format <f> --out <path> [--root <role id>] [PNG/PDF options]` */
import type { Command, Parsed } from './command';
import { expectPositionals, stringOption, UsageError } from './command';
import type { ModelExportOptions } from './formats';
import { EXPORT_DESCRIPTIONS, EXPORT_FORMATS, exportModel, isExportFormat } from './formats';
import { openForCli, queryFor, withModel } from './model';

const formatList = () =>
  EXPORT_FORMATS.map((name) => `                     ${name.padEnd(8)} ${EXPORT_DESCRIPTIONS[name]}`).join(
    '\n',
  );

/** One of `allowed`, or a UsageError naming them. */
function choice<T extends string>(args: Parsed, name: string, allowed: readonly T[]): T | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (found === undefined) throw new UsageError(`--${name} must be ${allowed.join(' or ')}, not "${value}".`);
  return found;
}

function scaleOption(args: Parsed): number | undefined {
  const text = stringOption(args, 'scale');
  if (text === undefined) return undefined;
  const scale = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !(scale > 0) || scale > 16)
    throw new UsageError(`--scale must be a number above 0 and at most 16, such as 2, not "${text}".`);
  return scale;
}

function exportOptions(args: Parsed, out: string): ModelExportOptions {
  const root = stringOption(args, 'root');
  const scale = scaleOption(args);
  const pageSize = choice(args, 'page', ['A4', 'Letter'] as const);
  const orientation = choice(args, 'orientation', ['portrait', 'landscape'] as const);
  const pdfMode = choice(args, 'pdf-mode', ['fit', 'subtree'] as const);
  return {
    out,
    ...(root === undefined ? {} : { root }),
    ...(scale === undefined ? {} : { scale }),
    ...(pageSize === undefined ? {} : { pageSize }),
    ...(orientation === undefined ? {} : { orientation }),
    ...(pdfMode === undefined ? {} : { pdfMode }),
  };
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'Write a model (or one subtree) as a diagram, a register or a data file.',
  get help() {
    return `Usage: charter export <model> --format <format> --out <path> [--root <role id>] [options]

Writes the model to <path>, replacing a file that is there. With --root, only
that role and the roles under it (by solid lines) are written. The xlsx, html
and csv registers list the model's governance findings, under the rule
settings stored in the model (as charter check reports them).

Options:
  --format <f>       one of:
${formatList()}
  --out <path>       the file to write; for csv, a folder (created if missing)
  --root <id>        export only the subtree under this role id
  --scale <n>        png: pixels per chart unit (default 1; at most 16)
  --page <p>         pdf: A4 (default) or Letter
  --orientation <o>  pdf: landscape (default) or portrait
  --pdf-mode <m>     pdf: fit (the whole chart on one page, the default) or
                     subtree (one page per top-level subtree)
  -h, --help         show this help

Exit codes: 0 written; 1 the export failed (an unknown --root, a chart too
large for a PNG); 2 bad arguments, or a model or output path that cannot be
read or written.`;
  },
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    root: { type: 'string' },
    scale: { type: 'string' },
    page: { type: 'string' },
    orientation: { type: 'string' },
    'pdf-mode': { type: 'string' },
  },
  async run(args, io) {
    const [model] = expectPositionals(exportCommand, args, ['model']) as [string];
    const format = stringOption(args, 'format');
    if (format === undefined)
      throw new UsageError(`charter export needs --format <format>: use ${EXPORT_FORMATS.join(', ')}.`);
    if (!isExportFormat(format))
      throw new UsageError(`Unknown export format "${format}": use ${EXPORT_FORMATS.join(', ')}.`);
    const out = stringOption(args, 'out');
    if (!out)
      throw new UsageError(
        `charter export needs --out <${format === 'csv' ? 'folder' : 'file'}>. See charter export --help.`,
      );
    const options = exportOptions(args, out);
    const written = await withModel(await openForCli(model, true), (handle) =>
      exportModel(queryFor(handle), format, options),
    );
    const part = options.root === undefined ? '' : ` (the subtree under ${options.root})`;
    io.out(`Exported ${model}${part} as ${format} to ${written.join(', ')}.`);
    return 0;
  },
};
