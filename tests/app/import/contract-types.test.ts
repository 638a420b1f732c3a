import { describe, expect, it } from 'vitest';
import { importApplyInput, importPreviewInput } from '../../../app/import/contract-types';
import { parseWith } from '../../../app/parse';

const table = {
  headers: ['Employee ID', 'Name', 'Title'],
  rows: [['E1', 'Ada', 'CEO']],
  rowNumbers: [2],
  rowNoun: 'row',
};

describe('the import endpoints’ input schemas', () => {
  it('parse a table with defaults for the mapping and acceptValid', () => {
    expect(parseWith(importApplyInput, { source: 'hr.csv', table }, 'input')).toEqual({
      source: 'hr.csv',
      table,
      mapping: {},
      acceptValid: false,
    });
    expect(
      parseWith(importPreviewInput, { source: 'hr.csv', table, mapping: { employeeId: 'Badge' } }, 'input')
        .mapping,
    ).toEqual({
      employeeId: 'Badge',
    });
  });

  it('refuse a table whose row numbers do not match its rows', () => {
    expect(() =>
      parseWith(importPreviewInput, { source: 'hr.csv', table: { ...table, rowNumbers: [] } }, 'The input'),
    ).toThrow(/table must have one row number per row/);
  });

  it('refuse oversized cells and unknown fields', () => {
    const big = { ...table, rows: [['E1', 'x'.repeat(10_001), 'CEO']] };
    expect(() => parseWith(importPreviewInput, { source: 'hr.csv', table: big }, 'The input')).toThrow(
      /table.rows\[0\]\[1\] must be at most 10000 characters/,
    );
    expect(() => parseWith(importPreviewInput, { source: 'hr.csv', table, extra: 1 }, 'The input')).toThrow(
      /unexpected field "extra"/,
    );
  });
});
