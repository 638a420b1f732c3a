import { describe, expect, it } from 'vitest';
import { layoutChart, NODE_HEIGHT, NODE_WIDTH, sameChartLayout } from '../../../app/layout/chart';
import { generateDocument } from '../../bench/generate';
import { overlapping } from './forests';

describe('the chart layout', () => {
  const doc = generateDocument({ roles: 2000, seed: 3, assignments: 0 });
  const chart = { roles: doc.roles, lines: doc.reportingLines };

  it('keeps a compact 2,000-role chart within three times as wide as it is tall, without overlaps', () => {
    const compact = layoutChart(chart, { direction: 'down', compact: true, collapsed: [] });
    expect(compact.width).toBeLessThan(3 * compact.height);
    expect(overlapping(compact.nodes)).toEqual([]);
    expect(compact.nodes.every((p) => p.width === NODE_WIDTH && p.height === NODE_HEIGHT)).toBe(true);
    const wide = layoutChart(chart, { direction: 'down', compact: false, collapsed: [] });
    expect(wide.width).toBeGreaterThan(10 * compact.width);
  });

  it('tells equal options apart from different ones', () => {
    const base = { direction: 'down' as const, compact: true, collapsed: ['a', 'b'] };
    expect(sameChartLayout(base, { ...base, collapsed: ['a', 'b'] })).toBe(true);
    expect(sameChartLayout(base, { ...base, collapsed: ['a'] })).toBe(false);
    expect(sameChartLayout(base, { ...base, compact: false })).toBe(false);
    expect(sameChartLayout(base, { ...base, direction: 'right' })).toBe(false);
  });
});
