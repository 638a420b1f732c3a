import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { functionColour, functionHue } from '../../renderer/chart/functionColour';

describe('function colours', () => {
  it('gives a function the same hue every time, whatever its case or spacing', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
        (name) => {
          expect(functionHue(name)).toBe(functionHue(name));
          expect(functionHue(` ${name.toUpperCase()} `)).toBe(functionHue(name.toLowerCase()));
        },
      ),
    );
  });

  it('uses hues in steps of 15 degrees', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
        (name) => {
          const hue = functionHue(name) as number;
          expect(hue % 15).toBe(0);
          expect(hue).toBeGreaterThanOrEqual(0);
          expect(hue).toBeLessThan(360);
        },
      ),
    );
  });

  it("tells the seed organization's three functions apart", () => {
    const hues = ['Executive', 'Information Technology', 'Information Security'].map(functionHue);
    expect(new Set(hues).size).toBe(3);
  });

  it('has no hue for a role without a function, and a neutral colour for it', () => {
    expect(functionHue('')).toBeNull();
    expect(functionHue('   ')).toBeNull();
    expect(functionColour('')).toBe('hsl(215 10% 60%)');
    expect(functionColour('Executive')).toMatch(/^hsl\(\d+ 60% 52%\)$/);
  });
});
