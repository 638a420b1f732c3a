/**
 * From a file's bytes to a table, for the formats that need no Node:
 * CSV and JSON. (XLSX is read in main/import/xlsx.ts.)
 */
import { CharterError } from '../errors';
import { parseJsonText } from '../json';
import { parseCsv } from './csv';
import { checkFileSize, decodeText } from './decode';
import { isCharterDocument, recordsToTable } from './json-records';
import { IMPORT_LIMITS, type ImportLimits } from './limits';
import { IMPORT_FORMATS, type ImportFormat, type ImportTable } from './table';

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The format named by `requested`, else by the file's extension, else by its first bytes. */
export function detectFormat(fileName: string, bytes: Uint8Array, requested?: string): ImportFormat {
  if (requested !== undefined) {
    if ((IMPORT_FORMATS as readonly string[]).includes(requested)) return requested as ImportFormat;
    throw new CharterError(
      'invalid_input',
      `"${requested}" is not an import format; use one of ${IMPORT_FORMATS.join(', ')}.`,
    );
  }
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  if (ZIP.every((b, i) => bytes[i] === b)) return 'xlsx';
  const first = bytes.find(
    (b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf,
  );
  return first === 0x5b || first === 0x7b ? 'json' : 'csv';
}

/** What a text file holds: HR records, or a Charter model document. */
export type TextImport = { kind: 'table'; table: ImportTable } | { kind: 'document'; value: unknown };

/**
 * Reads a CSV or JSON import file. JSON with `format: "charter"` is
 * returned as a document for the model import.
 * @throws CharterError('invalid_input') for a file over a limit, in a
 * wrong encoding, or that does not parse.
 */
export function readTextImport(
  bytes: Uint8Array,
  source: string,
  format: 'csv' | 'json',
  limits: Partial<ImportLimits> = {},
): TextImport {
  checkFileSize(bytes.length, source, limits.fileBytes ?? IMPORT_LIMITS.fileBytes);
  if (ZIP.every((b, i) => bytes[i] === b))
    throw new CharterError(
      'invalid_input',
      `"${source}" is a ZIP file, probably an Excel workbook; import it as XLSX.`,
    );
  const text = decodeText(bytes, source);
  if (format === 'csv') return { kind: 'table', table: parseCsv(text, { source, limits }) };
  const value = parseJsonText(text, { source: `"${source}"`, maxChars: Number.MAX_SAFE_INTEGER });
  if (isCharterDocument(value)) return { kind: 'document', value };
  return { kind: 'table', table: recordsToTable(value, { source, limits }) };
}
