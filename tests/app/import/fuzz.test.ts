/**
 * Fuzzing the importers: whatever the bytes, the only outcomes allowed are
 * a plan or a CharterError, never another exception or a hang.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharterError } from '../../../app/errors';
import { tidy } from '../../../app/import/clean';
import { planImport } from '../../../app/import/plan';
import { readTextImport } from '../../../app/import/read';

const RUNS = 1000;
const SMALL = { fieldChars: 200, rows: 500, columns: 50 };

/** Reads and plans; returns 'plan', 'document' or 'error', and rethrows anything that is not a CharterError. */
function outcome(bytes: Uint8Array, format: 'csv' | 'json', mapping: Record<string, string> = {}): string {
  try {
    const read = readTextImport(bytes, 'fuzz.txt', format, SMALL);
    if (read.kind === 'document') return 'document';
    const plan = planImport(read.table, { source: 'fuzz.txt', mapping });
    expect(plan.valid.length + plan.invalidRows).toBe(plan.total);
    for (const issue of [...plan.errors, ...plan.warnings]) expect(typeof issue.message).toBe('string');
    return 'plan';
  } catch (error) {
    if (error instanceof CharterError) {
      expect(error.message.length).toBeGreaterThan(0);
      return 'error';
    }
    throw error;
  }
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const HEADERS = [
  'Employee ID',
  'Manager ID',
  'Name',
  'First Name',
  'Last Name',
  'Title',
  'Email',
  'Dept',
  'x',
  '',
];
const cellText = fc.oneof(
  fc.constantFrom(
    '',
    'E1',
    'E2',
    'E3',
    ' E1 ',
    'a@b.c',
    'login',
    '"',
    '""',
    ',',
    ';',
    '\t',
    '\r\n',
    '\n',
    "'=1+1",
    'é',
    '🚀',
  ),
  fc.string({ maxLength: 12 }),
);

describe('fuzzing the importers', () => {
  it('cleans a value the same with or without the fast path', () => {
    // The full cleaning, control characters included.
    // eslint-disable-next-line no-control-regex -- they are what it cleans
    const spaces = /[\s\u0000-\u001f\u007f]+/g;
    const full = (v: string) =>
      v
        .replace(/^'(?=[=+\-@\t\r])/, '')
        .replace(spaces, ' ')
        .trim();
    const chars = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u2003',
      '\ufeff',
      '\u0085',
      '\u0001',
      "'",
      '=',
      'a',
      'é',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: chars, maxLength: 8 }), fc.string({ maxLength: 8 })), (v) => {
        expect(tidy(v)).toBe(full(v));
      }),
      { numRuns: RUNS },
    );
  });

  it('turns random bytes into a plan or a CharterError', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom('csv' as const, 'json' as const),
        (bytes, format) => {
          outcome(bytes, format);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('turns random byte-order marks and bodies into a plan or a CharterError', () => {
    const bom = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
    fc.assert(
      fc.property(bom, fc.uint8Array({ maxLength: 200 }), (mark, body) => {
        outcome(new Uint8Array([...mark, ...body]), 'csv');
      }),
      { numRuns: RUNS },
    );
  });

  it('turns random CSV-ish text into a plan or a CharterError', () => {
    const row = fc.array(cellText, { maxLength: 8 });
    const text = fc
      .tuple(
        fc.subarray(HEADERS, { minLength: 1 }),
        fc.array(row, { maxLength: 30 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n', '\r'),
      )
      .map(([header, rows, d, eol]) => [header, ...rows].map((r) => r.join(d)).join(eol));
    const mapping = fc.dictionary(
      fc.constantFrom('employeeId', 'managerId', 'name', 'title', 'salary'),
      fc.constantFrom(...HEADERS),
      {
        maxKeys: 2,
      },
    );
    fc.assert(
      fc.property(text, mapping, (csv, map) => {
        outcome(utf8(csv), 'csv', map);
      }),
      { numRuns: RUNS },
    );
  });

  it('turns random JSON records into a plan or a CharterError', () => {
    const value = fc.oneof(
      cellText,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer(), { maxLength: 2 }),
      fc.object({ maxDepth: 1 }),
    );
    const record = fc.dictionary(
      fc.constantFrom(...HEADERS, 'employee id', 'manager id', 'title', '__proto__', 'constructor'),
      value,
      {
        maxKeys: 8,
      },
    );
    const json = fc.oneof(
      fc.array(record, { maxLength: 30 }),
      fc.jsonValue({ maxDepth: 4 }),
      fc.record({ format: fc.constant('charter') }),
    );
    fc.assert(
      fc.property(json, (v) => {
        outcome(utf8(JSON.stringify(v) ?? 'null'), 'json');
      }),
      { numRuns: RUNS },
    );
  });
});
