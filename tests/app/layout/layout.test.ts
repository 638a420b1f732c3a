import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LayoutOptions, Placed, Point } from '../../../app/layout';
import { layoutForest, treeEdges } from '../../../app/layout';
import { crosses, forests, hiddenIds, overlapping } from './forests';

const variants: { name: string; options: LayoutOptions }[] = [
  { name: 'top-down, compact', options: { direction: 'down', compact: true } },
  { name: 'top-down, not compact', options: { direction: 'down', compact: false } },
  { name: 'left-right, compact', options: { direction: 'right', compact: true } },
  { name: 'left-right, not compact', options: { direction: 'right', compact: false } },
  {
    name: 'tight gaps, small stacks',
    options: { siblingGap: 4, levelGap: 8, stackMin: 1, stackRows: 2, stackGap: 1 },
  },
  { name: 'leaves-only stacks', options: { stackDepth: 1, stackMin: 2 } },
  {
    name: 'deep outlines, left-right',
    options: { direction: 'right', stackDepth: 4, stackRows: 3, stackIndent: 40 },
  },
];

describe('tidy tree layout', () => {
  for (const { name, options } of variants) {
    describe(name, () => {
      it('never overlaps two boxes', () => {
        fc.assert(
          fc.property(forests(), (f) => {
            const layout = layoutForest(f.nodes, f.managerOf, { ...options, collapsed: f.collapsed });
            expect(overlapping(layout.nodes)).toEqual([]);
          }),
          { numRuns: 150 },
        );
      });

      it('puts every manager before its reports along the tree', () => {
        fc.assert(
          fc.property(forests(), (f) => {
            const layout = layoutForest(f.nodes, f.managerOf, { ...options, collapsed: f.collapsed });
            const byId = new Map(layout.nodes.map((p) => [p.id, p]));
            for (const p of layout.nodes) {
              if (p.parentId === undefined) continue;
              const m = byId.get(p.parentId) as Placed;
              expect(p.parentId).toBe(f.managerOf.get(p.id));
              expect(p.depth).toBe(m.depth + 1);
              if (layout.direction === 'down') expect(m.y + m.height).toBeLessThan(p.y);
              else expect(m.x + m.width).toBeLessThan(p.x);
            }
          }),
          { numRuns: 150 },
        );
      });

      it('shows exactly the nodes not under a collapsed role, in input order', () => {
        fc.assert(
          fc.property(forests(), (f) => {
            const layout = layoutForest(f.nodes, f.managerOf, { ...options, collapsed: f.collapsed });
            const hidden = hiddenIds(f);
            expect(layout.nodes.map((p) => p.id)).toEqual(
              f.nodes.map((n) => n.id).filter((id) => !hidden.has(id)),
            );
            for (const p of layout.nodes) expect(p.x >= 0 && p.y >= 0).toBe(true);
          }),
          { numRuns: 100 },
        );
      });

      it('gives the same positions for the same input', () => {
        fc.assert(
          fc.property(forests(), (f) => {
            const a = layoutForest(f.nodes, f.managerOf, { ...options, collapsed: f.collapsed });
            const b = layoutForest(
              f.nodes.map((n) => ({ ...n })),
              new Map(f.managerOf),
              { ...options, collapsed: new Set(f.collapsed) },
            );
            expect(b).toEqual(a);
          }),
          { numRuns: 50 },
        );
      });

      it('draws solid lines that pass through no box but their two ends', () => {
        fc.assert(
          fc.property(forests(), (f) => {
            const layout = layoutForest(f.nodes, f.managerOf, { ...options, collapsed: f.collapsed });
            const through: string[] = [];
            for (const edge of treeEdges(layout))
              for (const box of layout.nodes) {
                if (box.id === edge.from || box.id === edge.to) continue;
                for (let i = 1; i < edge.points.length; i++)
                  if (crosses(edge.points[i - 1] as Point, edge.points[i] as Point, box))
                    through.push(`${edge.from}->${edge.to} through ${box.id}`);
              }
            expect(through).toEqual([]);
          }),
          { numRuns: 100 },
        );
      });
    });
  }

  it('centres a manager over its reports and keeps the first layout compatible', () => {
    const layout = layoutForest(
      [
        { id: 'ceo', width: 100, height: 40 },
        { id: 'cio', width: 100, height: 40 },
        { id: 'ciso', width: 100, height: 40 },
      ],
      new Map([
        ['cio', 'ceo'],
        ['ciso', 'ceo'],
      ]),
    );
    const [ceo, cio, ciso] = layout.nodes as [Placed, Placed, Placed];
    expect(ceo.x + 50).toBe((cio.x + ciso.x + 100) / 2);
    expect(ciso.x - (cio.x + 100)).toBe(32);
    expect(cio.y - (ceo.y + 40)).toBe(72);
    expect(layout.width).toBe(232);
  });

  it('stacks a manager’s leaf reports in columns under it, and only in compact mode', () => {
    const nodes = Array.from({ length: 13 }, (_, i) => ({ id: `r${i}`, width: 100, height: 40 }));
    const managerOf = new Map(nodes.slice(1).map((n) => [n.id, 'r0']));
    const compact = layoutForest(nodes, managerOf);
    const leaves = compact.nodes.filter((p) => p.stacked);
    expect(leaves).toHaveLength(12);
    expect(new Set(leaves.map((p) => p.spine)).size).toBe(2); // 12 leaves, 6 to a column
    for (const p of leaves) expect(p.spine).toBeLessThan(p.x);
    expect(compact.width).toBeLessThan(300);
    const wide = layoutForest(nodes, managerOf, { compact: false });
    expect(wide.nodes.some((p) => p.stacked)).toBe(false);
    expect(wide.width).toBe(12 * 100 + 11 * 32);
  });

  it('keeps mixed reports in order with the stack where the first leaf was', () => {
    const nodes = ['m', 'a', 'leaf1', 'b', 'leaf2', 'leaf3', 'leaf4', 'a1', 'b1'].map((id) => ({
      id,
      width: 80,
      height: 30,
    }));
    const managerOf = new Map([
      ['a', 'm'],
      ['leaf1', 'm'],
      ['b', 'm'],
      ['leaf2', 'm'],
      ['leaf3', 'm'],
      ['leaf4', 'm'],
      ['a1', 'a'],
      ['b1', 'b'],
    ]);
    const layout = layoutForest(nodes, managerOf, { stackDepth: 1 });
    const at = new Map(layout.nodes.map((p) => [p.id, p]));
    const a = at.get('a') as Placed;
    const b = at.get('b') as Placed;
    const leaf1 = at.get('leaf1') as Placed;
    expect(leaf1.stacked).toBe(true);
    expect(a.x).toBeLessThan(leaf1.x);
    expect(leaf1.x).toBeLessThan(b.x);
    expect(at.get('a1')?.stacked).toBeUndefined(); // a leaf, but alone under its manager
  });

  it('stacks small subtrees as an indented outline under their manager', () => {
    const nodes = ['m', 'a', 'a1', 'a2', 'b', 'c', 'c1'].map((id) => ({ id, width: 100, height: 30 }));
    const managerOf = new Map([
      ['a', 'm'],
      ['b', 'm'],
      ['c', 'm'],
      ['a1', 'a'],
      ['a2', 'a'],
      ['c1', 'c'],
    ]);
    const layout = layoutForest(nodes, managerOf, { stackGap: 10, stackIndent: 20 });
    const at = new Map(layout.nodes.map((p) => [p.id, p]));
    const m = at.get('m') as Placed;
    const [a, a1, a2, b] = ['a', 'a1', 'a2', 'b'].map((id) => at.get(id) as Placed) as [
      Placed,
      Placed,
      Placed,
      Placed,
    ];
    expect(layout.nodes.filter((p) => p.stacked).map((p) => p.id)).toEqual(['a', 'a1', 'a2', 'b', 'c', 'c1']);
    expect(a1.x).toBe(a.x + 20);
    expect(a1.spine).toBe(a.x + 10);
    expect(a.spine).toBe(a.x - 10);
    expect([a.y, a1.y, a2.y, b.y]).toEqual([
      m.y + 30 + 72,
      m.y + 30 + 72 + 40,
      m.y + 30 + 72 + 80,
      m.y + 30 + 72 + 120,
    ]);
    expect(b.x).toBe(a.x);
    const edges = treeEdges(layout);
    expect(edges.find((e) => e.to === 'a1')?.points).toEqual([
      { x: a.x + 10, y: a.y + 30 },
      { x: a.x + 10, y: a1.y + 15 },
      { x: a1.x, y: a1.y + 15 },
    ]);
  });

  it('sets several roots side by side in input order', () => {
    const layout = layoutForest(
      [
        { id: 'b', width: 50, height: 20 },
        { id: 'a', width: 50, height: 20 },
        { id: 'a1', width: 50, height: 20 },
      ],
      new Map([['a1', 'a']]),
    );
    const [b, a] = layout.nodes as [Placed, Placed];
    expect(b.x).toBe(0);
    expect(a.x).toBe(50 + 64);
    expect(a.y).toBe(b.y);
  });

  it('cuts a cycle in the manager map instead of losing its nodes', () => {
    const nodes = ['a', 'b', 'c'].map((id) => ({ id, width: 10, height: 10 }));
    const layout = layoutForest(
      nodes,
      new Map([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
      ]),
    );
    expect(layout.nodes.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(overlapping(layout.nodes)).toEqual([]);
  });

  describe('at scale', () => {
    it('lays out a 50,000-deep chain without overflowing the stack', () => {
      const nodes = Array.from({ length: 50_000 }, (_, i) => ({ id: `n${i}`, width: 120, height: 40 }));
      const managerOf = new Map(nodes.slice(1).map((n, i) => [n.id, `n${i}`]));
      for (const options of [
        { direction: 'down' },
        { direction: 'right' },
        { stackDepth: 100_000, stackMin: 1 }, // the whole chain as one outline
      ] as const) {
        const layout = layoutForest(nodes, managerOf, options);
        expect(layout.nodes).toHaveLength(50_000);
        const last = layout.nodes[49_999] as Placed;
        expect(last.depth).toBe(49_999);
        expect(treeEdges(layout)).toHaveLength(49_999);
      }
    });

    it('lays out a 20,000-wide fan, in a compact block when compact', () => {
      const nodes = Array.from({ length: 20_001 }, (_, i) => ({ id: `n${i}`, width: 120, height: 40 }));
      const managerOf = new Map(nodes.slice(1).map((n) => [n.id, 'n0']));
      const wide = layoutForest(nodes, managerOf, { compact: false });
      expect(wide.width).toBe(20_000 * 120 + 19_999 * 32);
      const compact = layoutForest(nodes, managerOf);
      expect(compact.width).toBeLessThan(20_000);
      expect(compact.height).toBeLessThan(30_000);
      expect(overlapping(compact.nodes)).toEqual([]);
    });
  });
});
