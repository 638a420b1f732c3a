import { describe, expect, it } from 'vitest';
import { CharterError } from '../../app/errors';
import { maxNesting, parseJsonText } from '../../app/json';

describe('guarded JSON parsing', () => {
  it('parses ordinary JSON and ignores a byte-order mark', () => {
    expect(parseJsonText('\ufeff{"a":[1,2]}')).toEqual({ a: [1, 2] });
  });

  it('refuses deep nesting before JSON.parse can overflow', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(() => parseJsonText(deep, { source: 'org.json' })).toThrow(/org\.json is nested .* levels deep/);
  });

  it('does not count brackets inside strings', () => {
    expect(maxNesting('{"a":"[[[[{{{{"}')).toBe(1);
    expect(maxNesting('{"a":"\\"[[["}')).toBe(1);
  });

  it('refuses text over the size limit with the size in the message', () => {
    expect(() => parseJsonText('"' + 'x'.repeat(100) + '"', { maxChars: 50 })).toThrow(/too large: 102 characters, the limit is 50/);
  });

  it('names the source when the text is not JSON', () => {
    try {
      parseJsonText('{oops', { source: 'people.json' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CharterError);
      expect((error as CharterError).code).toBe('invalid_input');
      expect((error as CharterError).message).toMatch(/^people\.json is not valid JSON/);
    }
  });
});
