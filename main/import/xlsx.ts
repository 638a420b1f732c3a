/**
 * Reads an HR workbook (XLSX) with exceljs: the first worksheet, its first
 * non-empty row as the header, every cell as text (dates as YYYY-MM-DD,
 * formulas as their cached result). Row numbers are the sheet's own.
 */
import ExcelJS from 'exceljs';
import { CharterError } from '../../app/errors';
import { checkFileSize } from '../../app/import/decode';
import { IMPORT_LIMITS, type ImportLimits, count } from '../../app/import/limits';
import type { ImportTable } from '../../app/import/table';

/** One cell's value as text. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as ExcelJS.CellValue);
  return ''; // an error value such as #N/A holds no text
}

/**
 * The total size a ZIP file declares its entries unpack to, read from its
 * central directory; Infinity when it cannot tell (no directory, ZIP64).
 */
export function declaredUnzippedSize(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return Infinity;
  const entries = u16(end + 10);
  let at = u32(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (u32(at) !== 0x02014b50) return Infinity;
    const size = u32(at + 24);
    if (size === 0xffffffff) return Infinity; // ZIP64: far larger than any import
    total += size;
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  return total;
}

async function loadWorkbook(bytes: Uint8Array, source: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings predate Node's generic Buffer; the bytes are what it reads.
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CharterError(
      'invalid_input',
      `"${source}" is not a readable XLSX workbook (${reason}). Save it again from Excel as .xlsx, or as "CSV UTF-8".`,
    );
  }
  return workbook;
}

/**
 * Reads the first worksheet of an XLSX file into a table.
 * @throws CharterError('invalid_input') for a file that is not a workbook,
 * has no worksheet or no header, or is over a limit (the message names it).
 */
export async function readXlsx(
  bytes: Uint8Array,
  source: string,
  options: { limits?: Partial<ImportLimits> } = {},
): Promise<ImportTable> {
  const limits = { ...IMPORT_LIMITS, ...options.limits };
  checkFileSize(bytes.byteLength, source, limits.fileBytes);
  const unzipped = declaredUnzippedSize(bytes);
  if (unzipped > limits.unzippedBytes)
    throw new CharterError(
      'invalid_input',
      Number.isFinite(unzipped)
        ? `"${source}" unpacks to ${count(unzipped)} bytes; the limit is ${count(limits.unzippedBytes)} bytes. Split the workbook, or save it as "CSV UTF-8".`
        : `"${source}" is not a readable XLSX workbook: its ZIP directory is missing or too large. Save it again from Excel as .xlsx, or as "CSV UTF-8".`,
    );
  const sheet = (await loadWorkbook(bytes, source)).worksheets[0];
  if (sheet === undefined) throw new CharterError('invalid_input', `"${source}" has no worksheet.`);
  const where = `"${source}", sheet "${sheet.name}"`;
  if (sheet.actualRowCount > limits.rows + 1)
    throw new CharterError(
      'invalid_input',
      `${where} has ${count(sheet.actualRowCount - 1)} data rows; one import reads at most ${count(limits.rows)}. Split it into smaller files.`,
    );
  const width = sheet.columnCount;
  if (width > limits.columns)
    throw new CharterError(
      'invalid_input',
      `${where} has ${count(width)} columns; the limit is ${count(limits.columns)}.`,
    );

  let headers: string[] | null = null;
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const text = cellText(row.getCell(c).value);
      if (text.length > limits.fieldChars) {
        const header = headers?.[c - 1];
        throw new CharterError(
          'invalid_input',
          `${where}, row ${count(rowNumber)}: ${header ? `column "${header}"` : `column ${c}`} holds ${count(text.length)} characters; the limit for one field is ${count(limits.fieldChars)}.`,
          { row: rowNumber },
        );
      }
      cells.push(text);
    }
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    if (cells.length === 0) return;
    if (headers === null) headers = cells.map((h) => h.trim());
    else {
      rows.push(cells);
      rowNumbers.push(rowNumber);
    }
  });
  if (headers === null) throw new CharterError('invalid_input', `${where} is empty: it has no header row.`);
  return { headers, rows, rowNumbers, rowNoun: 'row' };
}
