import { describe, expect, it } from 'vitest';
import { isCharterDocument, recordsToTable } from '../../../app/import/json-records';
import { detectFormat, readTextImport } from '../../../app/import/read';

const utf8 = (s: string) => new TextEncoder().encode(s);
const toTable = (value: unknown, limits = {}) => recordsToTable(value, { source: 'hr.json', limits });

describe('reading HR records from JSON', () => {
  it('makes a header of every key in first-seen order and text cells', () => {
    const t = toTable([
      { id: 'E1', name: 'Ada', active: true },
      { name: 'Grace', id: 2, manager: 'E1', note: null },
    ]);
    expect(t.headers).toEqual(['id', 'name', 'active', 'manager', 'note']);
    expect(t.rows).toEqual([
      ['E1', 'Ada', 'true'],
      ['2', 'Grace', '', 'E1', ''],
    ]);
    expect(t.rowNumbers).toEqual([1, 2]);
    expect(t.rowNoun).toBe('record');
  });

  it('refuses nested values, naming the record and key', () => {
    expect(() => toTable([{ id: 'E1' }, { id: 'E2', manager: { id: 'E1' } }])).toThrow(
      /"hr.json", record 2: "manager" holds an object; HR records must be flat/,
    );
    expect(() => toTable([{ id: ['E1'] }])).toThrow(/record 1: "id" holds a list/);
    expect(() => toTable([1])).toThrow(/record 1 is not an object/);
  });

  it('refuses anything but an array', () => {
    expect(() => toTable({ people: [] })).toThrow(/must hold an array of HR records/);
  });

  it('applies the field, record and key limits', () => {
    expect(() => toTable([{ title: 'x'.repeat(11) }], { fieldChars: 10 })).toThrow(
      /record 1: "title" holds 11 characters; the limit for one field is 10/,
    );
    expect(() => toTable([{}, {}, {}], { rows: 2 })).toThrow(/has 3 records; one import reads at most 2/);
    expect(() => toTable([{ a: 1, b: 2, c: 3 }], { columns: 2 })).toThrow(/more than 2 different keys/);
  });

  it('tells a Charter document from HR records', () => {
    expect(isCharterDocument({ format: 'charter', version: 1 })).toBe(true);
    expect(isCharterDocument([{ format: 'charter' }])).toBe(false);
    const read = readTextImport(utf8('{"format":"charter","version":1}'), 'model.json', 'json');
    expect(read.kind).toBe('document');
  });
});

describe('choosing the import format', () => {
  it('uses the requested format, else the extension, else the first bytes', () => {
    const csv = utf8('id,name\n');
    expect(detectFormat('hr.txt', csv, 'json')).toBe('json');
    expect(detectFormat('HR.XLSX', csv)).toBe('xlsx');
    expect(detectFormat('hr.json', csv)).toBe('json');
    expect(detectFormat('hr.tsv', csv)).toBe('csv');
    expect(detectFormat('export', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('xlsx');
    expect(detectFormat('export', utf8('\ufeff  [{"id":1}]'))).toBe('json');
    expect(detectFormat('export', csv)).toBe('csv');
    expect(() => detectFormat('hr.csv', csv, 'xml')).toThrow(
      /"xml" is not an import format; use one of csv, json, xlsx/,
    );
  });

  it('refuses a workbook read as CSV with advice', () => {
    expect(() => readTextImport(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), 'hr.csv', 'csv')).toThrow(
      /"hr.csv" is a ZIP file, probably an Excel workbook; import it as XLSX/,
    );
  });

  it('refuses a file over the size limit before decoding it', () => {
    expect(() => readTextImport(utf8('id\n1\n'), 'hr.csv', 'csv', { fileBytes: 3 })).toThrow(
      /too large to import/,
    );
  });
});
