/**
 * Registers as one XLSX workbook (exceljs): sheets for roles, people,
 * policies, assets, responsibility areas, the RACI matrix and findings.
 * Every cell is a string value, never a formula, and formula-looking text
 * gets a leading apostrophe as in the CSV export.
 */
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { CharterDocument } from '../../app/document';
import { neutraliseFormula } from '../../app/export/csv';
import type { FindingLike } from '../../app/export/registers';
import { buildRegisters } from '../../app/export/registers';

/** The registers that become sheets, in sheet order. */
export const XLSX_SHEETS = [
  'roles',
  'people',
  'policies',
  'assets',
  'responsibility-areas',
  'raci-matrix',
  'findings',
] as const;

export interface XlsxOptions {
  /** `YYYY-MM-DD`; decides which reviews are overdue. */
  today: string;
  findings?: readonly FindingLike[];
}

/** The workbook's bytes. */
export async function renderXlsx(doc: CharterDocument, options: XlsxOptions): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Charter';
  const tables = new Map(buildRegisters(doc, options.today, options.findings ?? []).map((t) => [t.key, t]));
  for (const key of XLSX_SHEETS) {
    const table = tables.get(key);
    if (!table) continue;
    const sheet = book.addWorksheet(table.title, { views: [{ state: 'frozen', ySplit: 1 }] });
    const widths = table.header.map((h) => h.length);
    for (const row of [table.header, ...table.rows]) {
      // Plain strings: exceljs writes a formula only for { formula } values.
      sheet.addRow(row.map(neutraliseFormula));
      row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, Math.min(cell.length, 60))));
    }
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column, i) => (column.width = Math.max(8, (widths[i] ?? 8) + 2)));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Writes the workbook to `out`; returns the path written. */
export async function writeXlsx(doc: CharterDocument, out: string, options: XlsxOptions): Promise<string[]> {
  await writeFile(out, await renderXlsx(doc, options));
  return [out];
}
