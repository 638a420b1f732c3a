/**
 * The HR import's endpoints, ready for app/contract.ts:
 *
 * ```ts
 * 'import.preview': query<ImportPreview>()(importPreviewInput),
 * 'import.apply': { kind: 'command', input: importApplyInput } as Endpoint<typeof importApplyInput, ImportResult>,
 * ```
 *
 * Both take the file already read into a table (CSV and JSON with
 * app/import/read.ts, XLSX with main/import/xlsx.ts), because reading a
 * workbook is asynchronous and handlers are not.
 */
import { z } from 'zod';
import { IMPORT_LIMITS } from './limits';
import type { ImportPreview } from './summary';

const cell = z
  .string()
  .max(IMPORT_LIMITS.fieldChars, `must be at most ${IMPORT_LIMITS.fieldChars} characters`);
const cells = z.array(cell).max(IMPORT_LIMITS.columns, `must have at most ${IMPORT_LIMITS.columns} cells`);

/** A table as the readers produce it ({@link ImportTable}). */
export const importTableSchema = z
  .strictObject({
    headers: cells,
    rows: z.array(cells).max(IMPORT_LIMITS.rows, `must have at most ${IMPORT_LIMITS.rows} rows`),
    rowNumbers: z.array(z.number().int().min(1)).max(IMPORT_LIMITS.rows),
    rowNoun: z.enum(['row', 'record']),
  })
  .refine((t) => t.rowNumbers.length === t.rows.length, 'must have one row number per row');

/** Input of `import.preview`: what an import of this table would do. */
export const importPreviewInput = z.strictObject({
  /** The file name, for messages and the audit log. */
  source: z.string().min(1, 'must not be empty').max(260, 'must be at most 260 characters'),
  table: importTableSchema,
  /** Field name -> column header, e.g. `{ "employeeId": "Worker ID" }`. */
  mapping: z.record(z.string().max(60), z.string().max(IMPORT_LIMITS.fieldChars)).default({}),
});

/** Input of `import.apply`: the same, and whether to write only the valid rows. */
export const importApplyInput = importPreviewInput.extend({
  acceptValid: z.boolean().default(false),
});

export type ImportPreviewInput = z.output<typeof importPreviewInput>;
export type ImportApplyInput = z.output<typeof importApplyInput>;

/** Result of `import.apply`: the preview of what was written, and the audit event. */
export interface ImportResult extends ImportPreview {
  eventId: number;
  /** Rows written. */
  written: number;
}

export type { ImportPreview } from './summary';
