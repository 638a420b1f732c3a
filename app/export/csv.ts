/**
 * Registers as CSV (RFC 4180: comma-separated, CRLF line ends, fields with
 * a comma, quote or line break quoted and quotes doubled). Cells that a
 * spreadsheet would run as a formula are neutralised.
 */
import type { CharterDocument } from '../document';
import type { FindingLike, Table } from './registers';
import { buildRegisters } from './registers';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A cell a spreadsheet will show as text: one starting with `=`, `+`, `-`,
 * `@`, tab or CR gets a leading apostrophe (OWASP's advice for CSV
 * injection). Used by the CSV and XLSX writers.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function field(cell: string): string {
  const safe = neutraliseFormula(cell);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One table as CSV text, header first, each record ending in CRLF. */
export function tableToCsv(table: Table): string {
  let out = '';
  for (const row of [table.header, ...table.rows]) out += `${row.map(field).join(',')}\r\n`;
  return out;
}

/**
 * One CSV text per register, keyed by file name (`roles.csv`, `people.csv`,
 * `holders.csv`, `reporting-lines.csv`, `policies.csv`, `assets.csv`,
 * `responsibility-areas.csv`, `raci-matrix.csv`, and `findings.csv` when
 * findings are given). `today` (`YYYY-MM-DD`) decides which reviews are overdue.
 */
export function renderCsvFiles(
  doc: CharterDocument,
  today: string,
  findings?: readonly FindingLike[],
): Map<string, string> {
  return new Map(buildRegisters(doc, today, findings).map((t) => [`${t.key}.csv`, tableToCsv(t)]));
}
