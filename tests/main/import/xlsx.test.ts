import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CharterError } from '../../../app/errors';
import { planImport } from '../../../app/import/plan';
import { cellText, declaredUnzippedSize, readXlsx } from '../../../main/import/xlsx';

async function workbook(
  fill: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('People'), book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('reading HR workbooks', () => {
  it('reads the first sheet with its header and the sheet’s row numbers', async () => {
    const bytes = await workbook((sheet, book) => {
      sheet.addRow(['Employee ID', 'Manager ID', 'Name', 'Title', 'Start date']);
      sheet.addRow([1001, null, 'Ada Lovelace', 'CEO', new Date(Date.UTC(2020, 0, 31))]);
      sheet.addRow([]);
      sheet.addRow([
        'E2',
        1001,
        { richText: [{ text: 'Grace ' }, { text: 'Hopper', font: { bold: true } }] },
        'CIO',
      ]);
      book.addWorksheet('Ignored').addRow(['not', 'read']);
    });
    const table = await readXlsx(bytes, 'hr.xlsx');
    expect(table.headers).toEqual(['Employee ID', 'Manager ID', 'Name', 'Title', 'Start date']);
    expect(table.rows).toEqual([
      ['1001', '', 'Ada Lovelace', 'CEO', '2020-01-31'],
      ['E2', '1001', 'Grace Hopper', 'CIO'],
    ]);
    expect(table.rowNumbers).toEqual([2, 4]);
    const plan = planImport(table, { source: 'hr.xlsx' });
    expect(plan.valid.map((r) => [r.employeeId, r.managerId])).toEqual([
      ['1001', ''],
      ['E2', '1001'],
    ]);
  });

  it('turns formulas, links, booleans and errors into text', () => {
    expect(cellText({ formula: 'A1&B1', result: 'E7' } as ExcelJS.CellValue)).toBe('E7');
    expect(cellText({ text: 'mail me', hyperlink: 'mailto:a@b.c' } as ExcelJS.CellValue)).toBe('mail me');
    expect(cellText(true)).toBe('true');
    expect(cellText({ error: '#N/A' } as ExcelJS.CellValue)).toBe('');
    expect(cellText(null)).toBe('');
  });

  it('refuses bytes that are not a workbook, with advice', async () => {
    const error = await readXlsx(new TextEncoder().encode('id,name\n1,Ada\n'), 'hr.xlsx').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CharterError);
    expect((error as CharterError).message).toMatch(
      /^"hr.xlsx" is not a readable XLSX workbook\b.*"CSV UTF-8"/,
    );
  });

  it('refuses an empty sheet', async () => {
    const bytes = await workbook(() => undefined);
    await expect(readXlsx(bytes, 'hr.xlsx')).rejects.toThrow(/sheet "People" is empty/);
  });

  it('names the limit that a workbook breaks', async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(['id', 'title']);
      sheet.addRow(['E1', 'x'.repeat(30)]);
      sheet.addRow(['E2', 'ok']);
    });
    await expect(readXlsx(bytes, 'hr.xlsx', { limits: { fieldChars: 20 } })).rejects.toThrow(
      '"hr.xlsx", sheet "People", row 2: column "title" holds 30 characters; the limit for one field is 20.',
    );
    await expect(readXlsx(bytes, 'hr.xlsx', { limits: { rows: 1 } })).rejects.toThrow(
      /has 2 data rows; one import reads at most 1/,
    );
    await expect(readXlsx(bytes, 'hr.xlsx', { limits: { fileBytes: 100 } })).rejects.toThrow(
      /too large to import/,
    );
  });
});

describe('guarding against workbooks that unpack to too much', () => {
  it('reads the unpacked size from the ZIP directory', async () => {
    const bytes = await workbook((sheet) => {
      sheet.addRow(['id', 'name', 'title']);
      for (let i = 0; i < 200; i++) sheet.addRow([`E${i}`, 'Ada Lovelace', 'Engineer']);
    });
    const size = declaredUnzippedSize(bytes);
    expect(size).toBeGreaterThan(bytes.length);
    await expect(readXlsx(bytes, 'hr.xlsx', { limits: { unzippedBytes: size - 1 } })).rejects.toThrow(
      new RegExp(`"hr.xlsx" unpacks to ${size.toLocaleString('en-US')} bytes; the limit is`),
    );
    expect((await readXlsx(bytes, 'hr.xlsx', { limits: { unzippedBytes: size } })).rows).toHaveLength(200);
  });

  it('refuses a ZIP without a readable directory', async () => {
    expect(declaredUnzippedSize(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe(Infinity);
    await expect(readXlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04]), 'hr.xlsx')).rejects.toThrow(
      /ZIP directory is missing/,
    );
  });
});
