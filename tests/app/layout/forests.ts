/** fast-check generators and geometry checks shared by the layout tests. */
import fc from 'fast-check';
import type { LayoutNode, Placed } from '../../../app/layout';
import type { Point } from '../../../app/layout';

export interface Forest {
  nodes: LayoutNode[];
  managerOf: Map<string, string>;
  collapsed: Set<string>;
}

/**
 * Random forests of up to `max` nodes with random sizes, in a random input
 * order (a manager may come after its reports), with some roles collapsed.
 */
export const forests = (max = 60): fc.Arbitrary<Forest> =>
  fc
    .integer({ min: 1, max })
    .chain((n) =>
      fc.record({
        // parent[i] < i keeps it a forest; -1 (or a miss) makes a root.
        parents: fc.array(fc.integer({ min: -3, max: n }), { minLength: n, maxLength: n }),
        widths: fc.array(fc.integer({ min: 0, max: 240 }), { minLength: n, maxLength: n }),
        heights: fc.array(fc.integer({ min: 0, max: 140 }), { minLength: n, maxLength: n }),
        order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
        collapsed: fc.array(
          fc.integer({ min: 0, max: 9 }).map((v) => v === 0),
          { minLength: n, maxLength: n },
        ),
        leafy: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      }),
    )
    .map(({ parents, widths, heights, order, collapsed, leafy }) => {
      const n = parents.length;
      const managerOf = new Map<string, string>();
      parents.forEach((p, i) => {
        // Bias towards bushy levels so that compact stacks appear: leafy nodes hang from an early manager.
        const manager = leafy[i] ? Math.floor(Math.abs(p) / 3) : p % Math.max(1, i);
        if (i > 0 && manager >= 0 && manager < i) managerOf.set(`n${i}`, `n${manager}`);
      });
      const ids = Array.from({ length: n }, (_, i) => i).sort(
        (a, b) => (order[a] as number) - (order[b] as number) || a - b,
      );
      return {
        nodes: ids.map((i) => ({ id: `n${i}`, width: widths[i] as number, height: heights[i] as number })),
        managerOf,
        collapsed: new Set(ids.filter((i) => collapsed[i]).map((i) => `n${i}`)),
      };
    });

/** Pairs of boxes whose interiors intersect. */
export function overlapping(nodes: readonly Placed[]): [Placed, Placed][] {
  const sorted = [...nodes].sort((a, b) => a.x - b.x);
  const out: [Placed, Placed][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as Placed;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as Placed;
      if (b.x >= a.x + a.width) break;
      if (a.width > 0 && b.width > 0 && b.y < a.y + a.height && a.y < b.y + b.height) out.push([a, b]);
    }
  }
  return out;
}

/** Does the axis-parallel segment `p`–`q` pass through the inside of `box`? */
export function crosses(
  p: Point,
  q: Point,
  box: { x: number; y: number; width: number; height: number },
): boolean {
  const eps = 1e-6;
  const x0 = Math.min(p.x, q.x);
  const x1 = Math.max(p.x, q.x);
  const y0 = Math.min(p.y, q.y);
  const y1 = Math.max(p.y, q.y);
  return (
    x1 > box.x + eps && x0 < box.x + box.width - eps && y1 > box.y + eps && y0 < box.y + box.height - eps
  );
}

/** Ids hidden under a collapsed role. */
export function hiddenIds(forest: Forest): Set<string> {
  const ids = new Set(forest.nodes.map((n) => n.id));
  const hidden = new Set<string>();
  for (const node of forest.nodes) {
    let m = forest.managerOf.get(node.id);
    while (m !== undefined && ids.has(m)) {
      if (forest.collapsed.has(m)) {
        hidden.add(node.id);
        break;
      }
      m = forest.managerOf.get(m);
    }
  }
  return hidden;
}

/**
 * Stretches longer than 1 px that a dotted polyline shares with a solid one on
 * the same horizontal or vertical line, described for a failure message.
 */
export function collinearOverlaps(dotted: readonly Point[], solid: readonly Point[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < dotted.length; i++) {
    const p = dotted[i - 1] as Point;
    const q = dotted[i] as Point;
    for (let j = 1; j < solid.length; j++) {
      const s = solid[j - 1] as Point;
      const t = solid[j] as Point;
      const shared = (a0: number, a1: number, b0: number, b1: number) =>
        Math.min(Math.max(a0, a1), Math.max(b0, b1)) - Math.max(Math.min(a0, a1), Math.min(b0, b1));
      const vertical = p.x === q.x && s.x === t.x && Math.abs(p.x - s.x) < 1e-6;
      const horizontal = p.y === q.y && s.y === t.y && Math.abs(p.y - s.y) < 1e-6;
      if ((vertical && shared(p.y, q.y, s.y, t.y) > 1) || (horizontal && shared(p.x, q.x, s.x, t.x) > 1))
        out.push(`dotted ${JSON.stringify([p, q])} on solid ${JSON.stringify([s, t])}`);
    }
  }
  return out;
}
