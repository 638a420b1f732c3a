import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LayoutOptions, Placed, Point } from '../../../app/layout';
import { layoutForest, layoutModel, routeDottedLines, treeEdges } from '../../../app/layout';
import { seedDocument } from '../../../app/templates';
import { collinearOverlaps, crosses, forests } from './forests';

const onBorder = (p: Point, b: Placed) =>
  ((p.x === b.x || p.x === b.x + b.width) && p.y >= b.y && p.y <= b.y + b.height) ||
  ((p.y === b.y || p.y === b.y + b.height) && p.x >= b.x && p.x <= b.x + b.width);

const variants: LayoutOptions[] = [
  { direction: 'down' },
  { direction: 'right' },
  { direction: 'down', compact: false },
  { direction: 'down', siblingGap: 6, levelGap: 10, stackMin: 1, stackRows: 2 },
  { direction: 'right', stackMin: 2, stackRows: 3, stackColumns: 1 },
  { direction: 'down', stackDepth: 3, stackRows: 4, stackMin: 2 },
  { direction: 'right', stackDepth: 1 },
];

describe('dotted line routing', () => {
  for (const options of variants) {
    it(`routes every line around every box (${JSON.stringify(options)})`, () => {
      fc.assert(
        fc.property(forests(50), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }), (f, pairs) => {
          const layout = layoutForest(f.nodes, f.managerOf, { ...options, collapsed: f.collapsed });
          const ids = layout.nodes.map((p) => p.id);
          const lines = pairs
            .map(([a, b]) => ({
              roleId: ids[a % ids.length] as string,
              managerRoleId: ids[b % ids.length] as string,
            }))
            .filter((l) => l.roleId !== l.managerRoleId);
          const routes = routeDottedLines(layout, lines);
          expect(routes.map((r) => [r.roleId, r.managerRoleId])).toEqual(
            lines.map((l) => [l.roleId, l.managerRoleId]),
          );
          const byId = new Map(layout.nodes.map((p) => [p.id, p]));
          const problems: string[] = [];
          for (const route of routes) {
            const { points } = route;
            expect(points.length).toBeGreaterThanOrEqual(2);
            expect(onBorder(points[0] as Point, byId.get(route.roleId) as Placed)).toBe(true);
            expect(
              onBorder(points[points.length - 1] as Point, byId.get(route.managerRoleId) as Placed),
            ).toBe(true);
            for (let i = 1; i < points.length; i++) {
              const p = points[i - 1] as Point;
              const q = points[i] as Point;
              if (p.x !== q.x && p.y !== q.y)
                problems.push(`diagonal segment in ${route.roleId}->${route.managerRoleId}`);
              for (const box of layout.nodes)
                if (crosses(p, q, box))
                  problems.push(`${route.roleId}->${route.managerRoleId} segment ${i} through ${box.id}`);
            }
          }
          expect(problems).toEqual([]);
        }),
        { numRuns: 150 },
      );
    });
  }

  for (const options of variants) {
    it(`never runs a dotted line along a solid one (${JSON.stringify(options)})`, () => {
      fc.assert(
        fc.property(forests(50), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }), (f, pairs) => {
          const layout = layoutForest(f.nodes, f.managerOf, { ...options, collapsed: f.collapsed });
          const ids = layout.nodes.map((p) => p.id);
          const lines = pairs
            .map(([a, b]) => ({
              roleId: ids[a % ids.length] as string,
              managerRoleId: ids[b % ids.length] as string,
            }))
            .filter((l) => l.roleId !== l.managerRoleId);
          const solid = treeEdges(layout);
          const problems = routeDottedLines(layout, lines).flatMap((route) =>
            solid.flatMap((edge) => collinearOverlaps(route.points, edge.points)),
          );
          expect(problems).toEqual([]);
        }),
        { numRuns: 150 },
      );
    });
  }

  it("keeps the seed chart's dotted line from development to the CISO off the line down to the IS manager", () => {
    for (const direction of ['down', 'right'] as const)
      for (const width of [208, 240]) {
        const layout = layoutModel(seedDocument('2026-01-15'), {
          direction,
          size: () => ({ width, height: 112 }),
        });
        const [route] = layout.dotted;
        expect(route).toMatchObject({ roleId: 'role-head-dev', managerRoleId: 'role-ciso' });
        const problems = layout.edges.flatMap((edge) => collinearOverlaps(route?.points ?? [], edge.points));
        expect(problems).toEqual([]);
      }
  });

  it('leaves the role from the side facing its manager and enters the manager from its side', () => {
    const nodes = ['ceo', 'cio', 'ciso', 'dev'].map((id) => ({ id, width: 100, height: 40 }));
    const layout = layoutForest(
      nodes,
      new Map([
        ['cio', 'ceo'],
        ['ciso', 'ceo'],
        ['dev', 'cio'],
      ]),
    );
    const [route] = routeDottedLines(layout, [{ roleId: 'dev', managerRoleId: 'ciso' }]);
    const at = new Map(layout.nodes.map((p) => [p.id, p]));
    const dev = at.get('dev') as Placed;
    const ciso = at.get('ciso') as Placed;
    const first = route?.points[0] as Point;
    const last = route?.points[route.points.length - 1] as Point;
    expect(first).toEqual({ x: dev.x + dev.width, y: dev.y + dev.height / 2 });
    expect(last).toEqual({ x: ciso.x, y: ciso.y + ciso.height / 2 });
  });

  it('keeps dotted lines that run along the same lane apart, each on its own track', () => {
    // Six managers of two leaves each; five dotted lines from leaves across to far managers.
    const managers = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'];
    const managerOf = new Map<string, string>(managers.map((m) => [m, 'root']));
    for (const m of managers) for (const k of [1, 2]) managerOf.set(`${m}-${k}`, m);
    const nodes = ['root', ...managerOf.keys()].map((id) => ({ id, width: 100, height: 40 }));
    for (const direction of ['down', 'right'] as const) {
      const layout = layoutForest(nodes, managerOf, { direction, compact: false });
      const lines = [
        { roleId: 'm1-1', managerRoleId: 'm6' },
        { roleId: 'm1-2', managerRoleId: 'm5' },
        { roleId: 'm2-1', managerRoleId: 'm6' },
        { roleId: 'm2-2', managerRoleId: 'm4' },
        { roleId: 'm3-1', managerRoleId: 'm5' },
      ];
      const routes = routeDottedLines(layout, lines);
      // Inside the routes (two lines into one manager meet at its side) ...
      const inner = routes.map((r) => r.points.slice(1, -1));
      const shared = inner.flatMap((r, i) =>
        inner.slice(i + 1).flatMap((other) => collinearOverlaps(r, other)),
      );
      // ... apart along the lane; where two leave neighbouring boxes they may share a gutter going up.
      const alongLane = shared.filter((s) => {
        const [p, q] = JSON.parse(s.slice('dotted '.length, s.indexOf(' on solid'))) as [Point, Point];
        return direction === 'down' ? p.y === q.y : p.x === q.x;
      });
      expect(alongLane).toEqual([]);
      const solid = treeEdges(layout);
      expect(routes.flatMap((r) => solid.flatMap((e) => collinearOverlaps(r.points, e.points)))).toEqual([]);
    }
  });

  it('gives no points for a line whose end is hidden under a collapsed role', () => {
    const nodes = ['a', 'b', 'c'].map((id) => ({ id, width: 50, height: 20 }));
    const layout = layoutForest(nodes, new Map([['c', 'b']]), { collapsed: new Set(['b']) });
    expect(routeDottedLines(layout, [{ roleId: 'c', managerRoleId: 'a' }])).toEqual([
      { roleId: 'c', managerRoleId: 'a', points: [] },
    ]);
  });
});
