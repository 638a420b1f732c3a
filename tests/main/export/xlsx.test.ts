import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { renderXlsx } from '../../../main/export/xlsx';
import { hostileDocument, TODAY } from '../../app/export/fixtures';

const doc = hostileDocument();
const findings = [
  {
    ruleId: 'r1',
    severity: 'error',
    subjectType: 'asset',
    subjectId: 'asset-hostile',
    subjectName: '=1+1',
    message: '@SUM(A1) owns nothing',
    hint: '-fix it',
  },
];

async function read(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book;
}

describe('XLSX export', () => {
  it('has one sheet per register, the RACI matrix and findings', async () => {
    const book = await read(await renderXlsx(doc, { today: TODAY, findings }));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Roles',
      'People',
      'Policies',
      'Assets',
      'Responsibility areas',
      'RACI matrix',
      'Findings',
    ]);
    expect(book.getWorksheet('Roles')?.rowCount).toBe(doc.roles.length + 1);
    expect(book.getWorksheet('Findings')?.rowCount).toBe(2);
  });

  it('writes every cell as a string, never a formula, with formula-looking text neutralised', async () => {
    const book = await read(await renderXlsx(doc, { today: TODAY, findings }));
    const values: string[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(cell.formula).toBeFalsy();
          expect(typeof cell.value).toBe('string');
          values.push(cell.value as string);
        }),
      ),
    );
    for (const v of values) expect(v).not.toMatch(/^[=+\-@\t\r]/);
    expect(values).toContain(`'=HYPERLINK("http://x")`);
    for (const t of ['+1', '-2', '@SUM(A1)', '\tTab', '=1+1', '@SUM(A1) owns nothing', '-fix it'])
      expect(values).toContain(`'${t}`);
    // XML normalises a bare CR to LF on reading; the cell still starts with the apostrophe.
    expect(values.some((v) => /^'[\r\n]CR$/.test(v))).toBe(true);
    expect(values).toContain('<script>alert(1)</script>');
  });

  it('keeps an empty findings sheet with its header when there are none', async () => {
    const book = await read(await renderXlsx(doc, { today: TODAY }));
    expect(book.getWorksheet('Findings')?.getRow(1).getCell(1).value).toBe('Severity');
  });
});
