/** `charter import <model> <file> [--format csv|xlsx|json] [--map field=Column]... [--dry-run] [--accept-valid] [--replace]` */
import { IMPORT_HELP, IMPORT_OPTIONS, runImportFile } from '../import/cli-import';
import type { Command } from './command';
import { expectPositionals } from './command';

export const importCommand: Command = {
  name: 'import',
  summary: "Import HR records (CSV, XLSX, JSON) or a model's own JSON into a model.",
  help: IMPORT_HELP,
  options: IMPORT_OPTIONS,
  async run(args, io) {
    const [model, file] = expectPositionals(importCommand, args, ['model', 'file']) as [string, string];
    const values = args.values as Record<string, unknown>;
    const format = typeof values.format === 'string' ? values.format : undefined;
    const map = Array.isArray(values.map) ? values.map.map(String) : [];
    return runImportFile(
      {
        model,
        file,
        ...(format === undefined ? {} : { format }),
        map,
        dryRun: values['dry-run'] === true,
        acceptValid: values['accept-valid'] === true,
        replace: values.replace === true,
      },
      io,
    );
  },
};
