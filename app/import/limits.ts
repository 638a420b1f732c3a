/** Limits on an HR import file; each one has its own clear error when hit. */
export const IMPORT_LIMITS = {
  /** Bytes of the file as read from disk or received. */
  fileBytes: 50 * 1024 * 1024,
  /** Characters in one field (cell). */
  fieldChars: 10_000,
  /** Data rows (the header row not counted). */
  rows: 200_000,
  /** Columns in the header. */
  columns: 1_000,
  /** Bytes a workbook (a ZIP file) may unpack to, so a small file cannot exhaust memory. */
  unzippedBytes: 500 * 1024 * 1024,
} as const;

export type ImportLimits = { -readonly [K in keyof typeof IMPORT_LIMITS]: number };

/** Writes a count the way people read it: 200000 -> "200,000". */
export const count = (n: number): string => n.toLocaleString('en-US');
