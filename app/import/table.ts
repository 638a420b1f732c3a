/**
 * What every reader (CSV, JSON, XLSX) produces: a header and rows of text,
 * each row with the number a person would use to find it in the source.
 */

/** The file formats an HR import reads. */
export const IMPORT_FORMATS = ['csv', 'json', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportTable {
  headers: string[];
  /** Cells as text; a row may be shorter or longer than `headers`. */
  rows: string[][];
  /**
   * 1-based source position of each row: the spreadsheet row for CSV and
   * XLSX (the header is row 1), the record's position for JSON.
   */
  rowNumbers: number[];
  /** How messages name a row: "row 7" (CSV, XLSX) or "record 7" (JSON). */
  rowNoun: 'row' | 'record';
}
