/**
 * HR records as JSON: an array of flat objects whose values are text,
 * numbers, true/false or null. The header is every key in the order it
 * first appears; a record without a key has an empty cell there.
 */
import { CharterError } from '../errors';
import { IMPORT_LIMITS, type ImportLimits, count } from './limits';
import type { ImportTable } from './table';

export interface JsonRecordsOptions {
  source: string;
  limits?: Partial<ImportLimits>;
}

/** Is `value` the model's own JSON format rather than HR records? */
export function isCharterDocument(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    (value as { format?: unknown }).format === 'charter'
  );
}

function cell(value: unknown): string | null {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/**
 * Turns parsed JSON into a table of HR records.
 * @throws CharterError('invalid_input') naming the record and key at fault.
 */
export function recordsToTable(value: unknown, options: JsonRecordsOptions): ImportTable {
  const { source } = options;
  const limits = { ...IMPORT_LIMITS, ...options.limits };
  if (!Array.isArray(value))
    throw new CharterError(
      'invalid_input',
      `"${source}" must hold an array of HR records, like [{"employee id": "E1", "name": "…", "title": "…"}], or a Charter model (format "charter").`,
    );
  if (value.length > limits.rows)
    throw new CharterError(
      'invalid_input',
      `"${source}" has ${count(value.length)} records; one import reads at most ${count(limits.rows)}. Split it into smaller files.`,
    );
  const columns = new Map<string, number>();
  const rows: string[][] = [];
  value.forEach((item: unknown, index) => {
    const at = `"${source}", record ${count(index + 1)}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw new CharterError('invalid_input', `${at} is not an object of named values.`, { row: index + 1 });
    const row: string[] = [];
    for (const [key, raw] of Object.entries(item)) {
      const text = cell(raw);
      if (text === null)
        throw new CharterError(
          'invalid_input',
          `${at}: "${key}" holds ${Array.isArray(raw) ? 'a list' : 'an object'}; HR records must be flat (text, numbers, true/false or null).`,
          { row: index + 1 },
        );
      if (text.length > limits.fieldChars)
        throw new CharterError(
          'invalid_input',
          `${at}: "${key}" holds ${count(text.length)} characters; the limit for one field is ${count(limits.fieldChars)}.`,
          { row: index + 1 },
        );
      let column = columns.get(key);
      if (column === undefined) {
        if (columns.size >= limits.columns)
          throw new CharterError(
            'invalid_input',
            `"${source}" uses more than ${count(limits.columns)} different keys.`,
          );
        column = columns.size;
        columns.set(key, column);
      }
      while (row.length < column) row.push('');
      row[column] = text;
    }
    rows.push(row);
  });
  return {
    headers: [...columns.keys()],
    rows,
    rowNumbers: rows.map((_, i) => i + 1),
    rowNoun: 'record',
  };
}
