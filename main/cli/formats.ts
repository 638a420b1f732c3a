/**
 * The export formats `charter export` knows, by name. A format reads the
 * open model through typed queries and writes its file(s); adding a
 * format is adding an entry here.
 */
import { writeFile } from 'node:fs/promises';
import type { Query } from './model';

export interface ExportFormat {
  /** One line for `charter export --help`. */
  description: string;
  /** Writes the export to `out`; resolves to the paths written. */
  write(query: Query, out: string): Promise<string[]>;
}

export const EXPORT_FORMATS: Readonly<Record<string, ExportFormat>> = {
  json: {
    description: "the model's own JSON format (charter import reads it back)",
    write: async (query, out) => {
      await writeFile(out, `${JSON.stringify(query('model.export', {}), null, 2)}\n`, 'utf8');
      return [out];
    },
  },
};
