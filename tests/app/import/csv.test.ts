import { describe, expect, it } from 'vitest';
import { CharterError } from '../../../app/errors';
import { parseCsv, sniffDelimiter } from '../../../app/import/csv';

const parse = (text: string, limits = {}) => parseCsv(text, { source: 'hr.csv', limits });

describe('reading CSV', () => {
  it('reads a header and rows with row numbers counted from the header', () => {
    const t = parse('id,name\r\nE1,Ada\r\nE2,Grace\r\n');
    expect(t.headers).toEqual(['id', 'name']);
    expect(t.rows).toEqual([
      ['E1', 'Ada'],
      ['E2', 'Grace'],
    ]);
    expect(t.rowNumbers).toEqual([2, 3]);
    expect(t.rowNoun).toBe('row');
  });

  it('reads quoted fields holding delimiters, line breaks and doubled quotes', () => {
    const t = parse('id,title\n"E1","Head of ""Security"", EMEA"\n"E2","Two\r\nlines"\nE3,plain\n');
    expect(t.rows).toEqual([
      ['E1', 'Head of "Security", EMEA'],
      ['E2', 'Two\r\nlines'],
      ['E3', 'plain'],
    ]);
    // the quoted line break does not start a new spreadsheet row
    expect(t.rowNumbers).toEqual([2, 3, 4]);
  });

  it('accepts LF, CRLF and lone CR line ends, and a last line without one', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      expect(parse(`a,b${eol}1,2${eol}3,4`).rows).toEqual([
        ['1', '2'],
        ['3', '4'],
      ]);
    }
  });

  it('skips blank lines but keeps counting them, like a spreadsheet', () => {
    const t = parse('\nid,name\n\nE1,Ada\n\n\nE2,Grace\n');
    expect(t.headers).toEqual(['id', 'name']);
    expect(t.rowNumbers).toEqual([4, 7]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parse('a,b,c\n1,,\n,2,').rows).toEqual([
      ['1', '', ''],
      ['', '2', ''],
    ]);
  });

  it('sniffs semicolons and tabs from the header', () => {
    expect(sniffDelimiter('id;name;title\n1;2;3')).toBe(';');
    expect(sniffDelimiter('id\tname\ttitle\n')).toBe('\t');
    expect(sniffDelimiter('"a;b",c\n')).toBe(',');
    expect(sniffDelimiter('id\n1')).toBe(',');
    expect(parse('id;name\nE1;"Smith, Ada"\n').rows).toEqual([['E1', 'Smith, Ada']]);
  });

  it('trims headers and keeps cells as written', () => {
    const t = parse(' Employee ID , Name \n E1 , Ada \n');
    expect(t.headers).toEqual(['Employee ID', 'Name']);
    expect(t.rows).toEqual([[' E1 ', ' Ada ']]);
  });

  it('is lenient with text after a closing quote and quotes inside a bare field', () => {
    expect(parse('a,b\n"x"y,5"6\n').rows).toEqual([['xy', '5"6']]);
  });

  it('refuses an unclosed quote, naming the row and the column', () => {
    expect(() => parse('id,name\nE1,Ada\nE2,"Grace\nE3,Alan\n')).toThrow(
      /"hr.csv", row 3: a quoted field in column "name" is never closed/,
    );
  });

  it('refuses an empty file', () => {
    expect(() => parse('')).toThrow(/"hr.csv" is empty/);
    expect(() => parse('\r\n\r\n')).toThrow(/is empty/);
  });

  it('refuses a field over the size limit, naming row, column and limit', () => {
    const error = (() => {
      try {
        parse(`id,title\nE1,ok\nE2,${'x'.repeat(51)}\n`, { fieldChars: 50 });
      } catch (e) {
        return e as CharterError;
      }
      throw new Error('expected an error');
    })();
    expect(error).toBeInstanceOf(CharterError);
    expect(error.message).toBe(
      '"hr.csv", row 3: column "title" holds 51 characters; the limit for one field is 50.',
    );
    expect(() => parse(`id,title\nE1,"${'y'.repeat(60)}"\n`, { fieldChars: 50 })).toThrow(
      /row 2: column "title" holds/,
    );
  });

  it('refuses more data rows than the limit, naming it', () => {
    expect(() => parse('id\n1\n2\n3\n', { rows: 2 })).toThrow(/more than 2 data rows/);
    expect(parse('id\n1\n2\n', { rows: 2 }).rows).toHaveLength(2);
  });

  it('refuses more columns than the limit', () => {
    expect(() => parse('a,b,c,d\n', { columns: 3 })).toThrow(/more than 3 columns/);
  });
});
