import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, truncate, wrap } from '../../../app/export/text';

describe('text measurement', () => {
  it('measures with DejaVu Sans widths, bold wider than regular', () => {
    expect(textWidth('i', 10)).toBeCloseTo(2.78);
    expect(textWidth('Chief', 13, true)).toBeGreaterThan(textWidth('Chief', 13));
  });

  it('truncates with an ellipsis only when the text does not fit', () => {
    expect(truncate('CEO', 100, 12)).toBe('CEO');
    const cut = truncate('Chief Information Security Officer', 100, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(100);
  });

  it('wraps into lines that fit, ending with an ellipsis when text is left over', () => {
    expect(wrap('Chief Information Security Officer', 186, 13, 2, true)).toEqual([
      'Chief Information',
      'Security Officer',
    ]);
    const lines = wrap('Head of Software Development and Information Systems Management', 120, 13, 2, true);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  it('never returns more lines than allowed or a line wider than the room', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.integer({ min: 20, max: 400 }),
        fc.integer({ min: 1, max: 4 }),
        (text, room, max) => {
          const lines = wrap(text, room, 12, max);
          expect(lines.length).toBeLessThanOrEqual(max);
          for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(room + 0.001);
        },
      ),
      { numRuns: 300 },
    );
  });
});
