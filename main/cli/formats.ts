/**
 * The export formats `charter export` knows, by name. A format turns an
 * open model (through typed queries) into the bytes of one file; adding a
 * format is adding an entry here.
 */
import type { Query } from './model';

export interface ExportFormat {
  /** One line for `charter export --help`. */
  description: string;
  write(query: Query): string | Uint8Array | Promise<string | Uint8Array>;
}

export const EXPORT_FORMATS: Readonly<Record<string, ExportFormat>> = {
  json: {
    description: "the model's own JSON format (charter import reads it back)",
    write: (query) => `${JSON.stringify(query('model.export', {}), null, 2)}\n`,
  },
};
