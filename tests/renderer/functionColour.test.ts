import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartHues, functionHues, hueColour } from '../../renderer/chart/functionColour';

const name = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');

describe('function colours', () => {
  it('gives a function the same hue every time, whatever its case or spacing', () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 30 }), name, (others, one) => {
        const hues = functionHues([...others, one]);
        expect(hues(one)).toBe(hues(one));
        expect(hues(` ${one.toUpperCase()} `)).toBe(hues(one.toLowerCase()));
        expect(functionHues([one, ...others].reverse())(one)).toBe(hues(one));
      }),
    );
  });

  it('gives every function of a model its own hue, 30 degrees apart up to 11 functions, never the selection blue', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { maxLength: 22, selector: (s) => s.trim().toLowerCase() }),
        (names) => {
          const hues = functionHues(names);
          const used = names.map((n) => hues(n) as number);
          expect(new Set(used).size).toBe(names.length);
          const step = names.length <= 12 ? 30 : 15;
          for (const hue of used) {
            expect(hue % step).toBe(0);
            expect(hue).toBeGreaterThanOrEqual(0);
            expect(hue).toBeLessThan(360);
          }
        },
      ),
    );
  });

  it('keeps the hue a function asks for when no other function of the model wants it', () => {
    expect(functionHues(['Operations'])('Operations')).toBe(
      functionHues(['Operations', 'Executive'])('Operations'),
    );
  });

  it("tells apart the seed organization's functions and the generated model's five", () => {
    const seed = functionHues(['Executive', 'Information Technology', 'Information Security']);
    expect(new Set(['Executive', 'Information Technology', 'Information Security'].map(seed)).size).toBe(3);
    const five = [
      'Customer Success',
      'Executive',
      'Information Security',
      'Information Technology',
      'Operations',
    ];
    const hues = five.map(functionHues(five)) as number[];
    // Around the colour wheel, no two of them closer than 30 degrees.
    for (const a of hues)
      for (const b of hues)
        if (a !== b) expect(Math.min(Math.abs(a - b), 360 - Math.abs(a - b))).toBeGreaterThanOrEqual(30);
  });

  it('works a chart out once, and has no hue for a role without a function', () => {
    const chart = { roles: [{ function: 'Operations' }, { function: '  ' }] };
    expect(chartHues(chart)).toBe(chartHues(chart));
    expect(chartHues(chart)('')).toBeNull();
    expect(chartHues(chart)('   ')).toBeNull();
    expect(hueColour(null)).toBe('hsl(215 10% 60%)');
    expect(hueColour(120)).toBe('hsl(120 60% 52%)');
  });
});
