import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  layoutChart,
  layoutChartTree,
  routeChartDotted,
  type ChartLayoutOptions,
  type ChartShape,
} from '../../../app/layout/chart';
import {
  decodeDotted,
  decodeLayout,
  decodeLayoutJson,
  decodeRequest,
  encodeDotted,
  encodeLayout,
  encodeRequest,
  layoutJson,
} from '../../../app/layout/wire';
import { seedDocument } from '../../../app/templates';
import { generateDocument } from '../../bench/generate';
import { forests } from './forests';

const chartOf = (doc: { roles: { id: string }[]; reportingLines: ChartShape['lines'] }): ChartShape => ({
  roles: doc.roles,
  lines: doc.reportingLines,
});
const OPTIONS: ChartLayoutOptions[] = [
  { direction: 'down', compact: true, collapsed: [] },
  { direction: 'right', compact: false, collapsed: [] },
  { direction: 'down', compact: true, collapsed: ['role-000003', 'role-000040'] },
];

describe('the layout wire format', () => {
  const chart = chartOf(generateDocument({ roles: 600, seed: 5, assignments: 0 }));
  const ids = chart.roles.map((r) => r.id);

  it.each(OPTIONS)(
    'carries a layout to the page unchanged: stacked nodes, spines, solid routes (%o)',
    (options) => {
      const tree = layoutChartTree(chart, options);
      const { wire, transfer } = encodeLayout(tree, ids);
      expect(decodeLayout(wire, ids)).toEqual(tree);
      expect(transfer.every((b) => b instanceof ArrayBuffer)).toBe(true);
      expect(tree.nodes.some((p) => p.stacked)).toBe(options.compact);
    },
  );

  it('carries the dotted routes unchanged', () => {
    const tree = layoutChartTree(chart);
    const dotted = routeChartDotted(tree, chart);
    expect(dotted.length).toBeGreaterThan(10);
    expect(decodeDotted(encodeDotted(dotted, ids).wire, ids)).toEqual(dotted);
  });

  it('survives JSON as the host sends it, and decodes to the very layout of layoutChart', () => {
    for (const options of OPTIONS) {
      const layout = layoutChart(chart, options);
      const sent = JSON.parse(JSON.stringify(layoutJson(layout, ids, options)));
      expect(sent.options).toEqual(options);
      expect(decodeLayoutJson(sent, ids)).toEqual(layout);
    }
  });

  it('asks the worker for the same layout as the chart itself gives, whatever the forest', () => {
    fc.assert(
      fc.property(forests(40), fc.boolean(), ({ nodes, managerOf, collapsed }, dottedToo) => {
        const roles = nodes.map((n) => ({ id: n.id }));
        const lines: ChartShape['lines'][number][] = [...managerOf].map(([roleId, managerRoleId]) => ({
          roleId,
          managerRoleId,
          kind: 'solid',
        }));
        // A line to a manager that is not a role, and dotted lines across the forest.
        lines.push({ roleId: roles[0]?.id ?? 'x', managerRoleId: 'not-a-role', kind: 'solid' });
        if (dottedToo)
          for (let i = 2; i < roles.length; i += 3)
            lines.push({
              roleId: roles[i]?.id as string,
              managerRoleId: roles[i - 2]?.id as string,
              kind: 'dotted',
            });
        const options: ChartLayoutOptions = {
          direction: 'down',
          compact: true,
          collapsed: [...collapsed].sort(),
        };
        const sent = decodeRequest(encodeRequest({ roles, lines }, options));
        expect(layoutChart(sent, options)).toEqual(layoutChart({ roles, lines }, options));
      }),
      { numRuns: 150 },
    );
  });

  it('lays out the seed organization the same through the wire', () => {
    const seed = chartOf(seedDocument('2026-01-15'));
    const seedIds = seed.roles.map((r) => r.id);
    const layout = layoutChart(seed);
    expect(decodeLayoutJson(layoutJson(layout, seedIds, OPTIONS[0] as ChartLayoutOptions), seedIds)).toEqual(
      layout,
    );
  });
});
