import { describe, expect, it } from 'vitest';
import type { TreeEdge } from '../../app/layout';
import { seedDocument } from '../../app/templates';
import { indexLines, linesInRange, TILE, tileRange, viewArea } from '../../renderer/chart/treeLines';
import { layoutChartTree, routeChartDotted } from '../../app/layout/chart';
import { createFlowDeriver, layoutChart, withMarks } from '../../renderer/chart/toFlow';
import { fakeChart } from './fake-bridge';

const line = (from: string, to: string, points: [number, number][]): TreeEdge => ({
  from,
  to,
  points: points.map(([x, y]) => ({ x, y })),
});

describe('the solid lines layer', () => {
  it('finds the lines whose bounds touch the tiles around the view, each once', () => {
    const lines = [
      line('a', 'b', [
        [10, 10],
        [10, 100],
      ]),
      // Long: from the first tile across four.
      line('a', 'c', [
        [10, 10],
        [10, 50],
        [4 * TILE + 10, 50],
        [4 * TILE + 10, 100],
      ]),
      line('c', 'd', [
        [5 * TILE, 3 * TILE],
        [5 * TILE, 3 * TILE + 90],
      ]),
    ];
    const index = indexLines(lines);
    expect(linesInRange(index, tileRange({ x: 0, y: 0, width: 100, height: 100 }))).toEqual([0, 1]);
    expect(linesInRange(index, tileRange({ x: 2 * TILE, y: 0, width: 10, height: 10 }))).toEqual([1]);
    expect(linesInRange(index, tileRange({ x: 5 * TILE - 5, y: 3 * TILE, width: 10, height: 10 }))).toEqual([
      2,
    ]);
    expect(linesInRange(index, tileRange({ x: -9 * TILE, y: -9 * TILE, width: 10, height: 10 }))).toEqual([]);
    // A view over more tiles than there are: every line is tested on its own, with the same answer.
    expect(
      linesInRange(index, tileRange({ x: -50 * TILE, y: -50 * TILE, width: 100 * TILE, height: 100 * TILE })),
    ).toEqual([0, 1, 2]);
  });

  it('gives a key that changes only when the view crosses a tile', () => {
    const a = tileRange(viewArea([-100, -100, 1], 1440, 900));
    const b = tileRange(viewArea([-110, -104, 1], 1440, 900));
    expect(b).toBe(a);
    expect(tileRange(viewArea([-100 - TILE, -100, 1], 1440, 900))).not.toBe(a);
  });

  it('maps the view to the chart plane, with a margin', () => {
    expect(viewArea([-200, -100, 0.5], 1000, 800, 0)).toEqual({ x: 400, y: 200, width: 2000, height: 1600 });
    expect(viewArea([0, 0, 1], 1000, 800, 0.25)).toEqual({ x: -250, y: -200, width: 1500, height: 1200 });
  });

  it('keeps every line of a large chart within reach of a view that covers its bounds', () => {
    // 2,000 roles, five reports each: wide levels and stacks of leaves, as in a large organization.
    const roles = Array.from({ length: 2000 }, (_, i) => ({ id: `r${i}` }));
    const solid = roles.slice(1).map((r, i) => ({
      roleId: r.id,
      managerRoleId: `r${Math.floor(i / 5)}`,
      kind: 'solid' as const,
    }));
    const { edges: lines } = layoutChart({ roles, lines: solid });
    expect(lines.length).toBe(solid.length);
    const index = indexLines(lines);
    // Every line is found from a view centred on its first point.
    for (const [i, l] of lines.entries()) {
      const p = l.points[0];
      if (!p) continue;
      const near = linesInRange(index, tileRange({ x: p.x - 10, y: p.y - 10, width: 20, height: 20 }));
      expect(near).toContain(i);
    }
  });
});

describe('chart derivation for React Flow', () => {
  it('hands React Flow the dotted lines only; the solid ones are the layout routes', () => {
    const chart = fakeChart(seedDocument('2026-01-15'));
    const flow = createFlowDeriver()(chart);
    expect(flow.edges.every((e) => e.type === 'dotted')).toBe(true);
    expect(flow.lines.map((l) => `${l.from}->${l.to}`).sort()).toEqual(
      chart.lines
        .filter((l) => l.kind === 'solid')
        .map((l) => `${l.managerRoleId}->${l.roleId}`)
        .sort(),
    );
  });

  it('keeps the very array of nodes when marking changes nothing', () => {
    const { nodes } = createFlowDeriver()(fakeChart(seedDocument('2026-01-15')));
    const marks = { selected: new Set<string>(), chain: new Set<string>(), dropTarget: null };
    expect(withMarks(nodes, marks)).toBe(nodes);
    expect(withMarks(nodes, { ...marks, selected: new Set(['role-cio']) })).not.toBe(nodes);
  });
});

describe('a large chart laid out in two steps', () => {
  it('gives the tree first and the same dotted routes as the one-step layout after', () => {
    const chart = fakeChart(seedDocument('2026-01-15'));
    const tree = layoutChartTree(chart);
    expect(tree.dotted).toEqual([]);
    const whole = layoutChart(chart);
    expect(tree.nodes).toEqual(whole.nodes);
    expect(tree.edges).toEqual(whole.edges);
    expect(routeChartDotted(tree, chart)).toEqual(whole.dotted);
    expect(whole.dotted.length).toBeGreaterThan(0);
  });

  it('keeps the node array when only the dotted routes arrive, so React Flow does not walk it again', () => {
    const chart = fakeChart(seedDocument('2026-01-15'));
    const derive = createFlowDeriver();
    const tree = layoutChartTree(chart);
    const first = derive(chart, tree);
    const second = derive(chart, { ...tree, dotted: routeChartDotted(tree, chart) });
    expect(second.nodes).toBe(first.nodes);
    expect(second.lines).toBe(first.lines);
    expect(second.edges.length).toBeGreaterThan(0);
  });
});
