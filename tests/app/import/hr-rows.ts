/**
 * Deterministic HR tables for import tests and benchmarks: a management
 * tree (each manager has up to `fanOut` reports) with realistic columns.
 */
import type { ImportTable } from '../../../app/import/table';

export const HR_HEADERS = [
  'Employee ID',
  'Manager ID',
  'First Name',
  'Last Name',
  'Job Title',
  'Email',
  'Department',
];

const FIRST = [
  'Ada',
  'Grace',
  'Alan',
  'Edsger',
  'Barbara',
  'Donald',
  'Frances',
  'Ken',
  'Margaret',
  'Niklaus',
];
const LAST = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Dijkstra',
  'Liskov',
  'Knuth',
  'Allen',
  'Thompson',
  'Hamilton',
  'Wirth',
];
const TITLES = ['Engineer', 'Senior Engineer', 'Manager', 'Director', 'Analyst', 'Architect'];
const DEPARTMENTS = ['Engineering', 'Security', 'Finance', 'Operations', 'Sales'];

/** `count` HR rows; row i (0-based) has employee id `E<i+1>` and reports to row floor((i-1)/fanOut). */
export function hrRows(count: number, fanOut = 7): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const manager = i === 0 ? '' : `E${Math.floor((i - 1) / fanOut) + 1}`;
    const first = FIRST[i % FIRST.length] as string;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length] as string;
    rows.push([
      `E${i + 1}`,
      manager,
      first,
      last,
      TITLES[i % TITLES.length] as string,
      `${first}.${last}${i}@example.com`.toLowerCase(),
      DEPARTMENTS[i % DEPARTMENTS.length] as string,
    ]);
  }
  return rows;
}

export function hrTable(count: number, fanOut = 7): ImportTable {
  const rows = hrRows(count, fanOut);
  return { headers: [...HR_HEADERS], rows, rowNumbers: rows.map((_, i) => i + 2), rowNoun: 'row' };
}

/** The rows as CSV text with a header line. */
export function hrCsv(rows: readonly (readonly string[])[], headers: readonly string[] = HR_HEADERS): string {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [headers, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}
