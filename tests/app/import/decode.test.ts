import { describe, expect, it } from 'vitest';
import { checkFileSize, decodeText, firstInvalidUtf8 } from '../../../app/import/decode';
import { refusal } from '../../support/refusal';

const utf8 = (s: string) => new TextEncoder().encode(s);
const withBom = (bom: number[], body: Uint8Array) => new Uint8Array([...bom, ...body]);
function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < s.length; i++) view.setUint16(i * 2, s.charCodeAt(i), littleEndian);
  return out;
}
const TEXT = 'Employee ID,Name\r\nE1,Zoë Ångström 🚀\r\n';

describe('decoding import files', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeText(utf8(TEXT), 'hr.csv')).toBe(TEXT);
  });

  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    expect(decodeText(withBom([0xef, 0xbb, 0xbf], utf8(TEXT)), 'hr.csv')).toBe(TEXT);
  });

  it('reads UTF-16 little-endian and big-endian with a byte-order mark', () => {
    expect(decodeText(withBom([0xff, 0xfe], utf16(TEXT, true)), 'hr.csv')).toBe(TEXT);
    expect(decodeText(withBom([0xfe, 0xff], utf16(TEXT, false)), 'hr.csv')).toBe(TEXT);
  });

  it('refuses Latin-1 bytes, naming the file, the byte and what to do', () => {
    const latin1 = new Uint8Array([...utf8('Name\r\nZo'), 0xeb, ...utf8('\r\n')]);
    const error = refusal(() => decodeText(latin1, 'people.csv'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('"people.csv"');
    expect(error.message).toContain('byte 0xEB at position 8 is not valid UTF-8');
    expect(error.message).toContain('Latin-1');
    expect(error.message).toContain('Save it as UTF-8');
  });

  it('refuses UTF-16 without a byte-order mark', () => {
    for (const le of [true, false]) {
      const error = refusal(() => decodeText(utf16(TEXT, le), 'hr.csv'));
      expect(error.message).toContain('UTF-16 text without a byte-order mark');
    }
  });

  it('refuses a UTF-16 file whose body is broken', () => {
    const broken = withBom([0xff, 0xfe], new Uint8Array([0x41, 0x00, 0x00, 0xd8, 0x41, 0x00])); // lone surrogate
    expect(refusal(() => decodeText(broken, 'hr.csv')).message).toMatch(/not valid UTF-16 little-endian/);
  });

  it('refuses text holding NUL characters', () => {
    const bytes = utf8('Employee ID,Name\nE1,A\u0000B\n');
    expect(refusal(() => decodeText(bytes, 'hr.csv')).message).toContain('NUL character');
  });

  it('finds the first byte that breaks UTF-8, including overlong forms and surrogates', () => {
    expect(firstInvalidUtf8(utf8('aé€🚀'))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80]))).toBe(1); // overlong
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8(new Uint8Array([0x61, 0xe2, 0x82]))).toBe(1); // cut short
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // past U+10FFFF
  });

  it('refuses a file over the size limit, naming the limit', () => {
    expect(refusal(() => checkFileSize(60 * 1024 * 1024, 'big.csv')).message).toMatch(
      /"big.csv" is too large to import: 62,914,560 bytes; the limit is 52,428,800 bytes \(50 MB\)/,
    );
    expect(() => checkFileSize(1000, 'small.csv')).not.toThrow();
  });
});
