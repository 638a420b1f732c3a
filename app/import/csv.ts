/**
 * CSV as RFC 4180 describes it, plus what spreadsheets really write:
 * quoted fields holding delimiters, line breaks and doubled quotes; CRLF,
 * LF or CR line ends; a delimiter of `,`, `;` or tab, sniffed from the
 * header. Row numbers are the spreadsheet's: the header is row 1, and a
 * quoted line break does not start a new row.
 */
import { CharterError } from '../errors';
import { IMPORT_LIMITS, type ImportLimits, count } from './limits';
import type { ImportTable } from './table';

export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The candidate delimiter used most often in the header line, outside quotes; `,` when none is. */
export function sniffDelimiter(text: string): Delimiter {
  const counts = new Map<number, number>(DELIMITERS.map((d) => [d.charCodeAt(0), 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === LF || c === CR)) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) as number) + 1);
  }
  let best: Delimiter = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d.charCodeAt(0)) as number;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

export interface CsvOptions {
  /** Names the file in errors. */
  source: string;
  delimiter?: Delimiter;
  limits?: Partial<ImportLimits>;
}

const columnName = (headers: readonly string[], index: number) => {
  const header = headers[index]?.trim();
  return header ? `column "${header}"` : `column ${index + 1}`;
};

/**
 * Parses CSV text into a table. Blank lines are skipped but still counted,
 * so row numbers match what a spreadsheet shows.
 * @throws CharterError('invalid_input') for an empty file, an unclosed
 * quote, or a field, row count or column count over its limit.
 */
export function parseCsv(text: string, options: CsvOptions): ImportTable {
  const { source } = options;
  const limits = { ...IMPORT_LIMITS, ...options.limits };
  const delimiter = (options.delimiter ?? sniffDelimiter(text)).charCodeAt(0);
  const records: string[][] = [];
  const rowNumbers: number[] = [];
  let headers: string[] = [];
  let record: string[] = [];
  let row = 1;
  let i = 0;
  const n = text.length;

  const fail = (message: string): never => {
    throw new CharterError('invalid_input', `"${source}", row ${count(row)}: ${message}`, { row });
  };
  const push = (value: string) => {
    if (value.length > limits.fieldChars)
      fail(
        `${columnName(headers, record.length)} holds ${count(value.length)} characters; the limit for one field is ${count(limits.fieldChars)}.`,
      );
    if (record.length >= limits.columns) fail(`there are more than ${count(limits.columns)} columns.`);
    record.push(value);
  };
  const endRecord = () => {
    // A blank line is skipped but still counted: a spreadsheet shows it as an empty row.
    const blank = record.length === 1 && record[0] === '';
    if (blank) record = [];
    else if (headers.length === 0) headers = record;
    else {
      if (records.length >= limits.rows)
        fail(
          `the file has more than ${count(limits.rows)} data rows, the most one import reads. Split it into smaller files.`,
        );
      records.push(record);
      rowNumbers.push(row);
    }
    record = [];
    row++;
  };

  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === QUOTE) {
      const startRow = row;
      let value = '';
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          row = startRow;
          fail(
            `a quoted field in ${columnName(headers, record.length)} is never closed; check for a stray " in that row.`,
          );
        }
        value += text.slice(i, q);
        if (value.length > limits.fieldChars) {
          row = startRow;
          push(value);
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      // Lenient like spreadsheets: text after the closing quote joins the field.
      while (i < n && (c = text.charCodeAt(i)) !== delimiter && c !== LF && c !== CR) {
        value += text[i];
        i++;
      }
      push(value);
    } else {
      const start = i;
      while (i < n && (c = text.charCodeAt(i)) !== delimiter && c !== LF && c !== CR) i++;
      push(text.slice(start, i));
    }
    if (i >= n) break;
    c = text.charCodeAt(i);
    i++;
    if (c === delimiter) {
      if (i >= n) push('');
      continue;
    }
    if (c === CR && text.charCodeAt(i) === LF) i++;
    endRecord();
  }
  if (record.length > 0) endRecord();
  if (headers.length === 0)
    throw new CharterError('invalid_input', `"${source}" is empty: it has no header row.`);
  return { headers: headers.map((h) => h.trim()), rows: records, rowNumbers, rowNoun: 'row' };
}
