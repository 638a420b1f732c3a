/**
 * The runs of the solid lines along the tree (vertical when the tree grows
 * down, horizontal when it grows right), merged per line, so that a dotted
 * route can ask in O(log n) whether a run of its own would lie on one.
 */
import type { Point, TreeEdge } from './edges';

/** Merged solid runs, sorted by across, then along. */
export interface SolidRuns {
  across: Float64Array;
  from: Float64Array;
  to: Float64Array;
}

/** The along-runs of `edges`, merged where they touch on the same line. Pure; O(n log n). */
export function solidRuns(edges: readonly TreeEdge[], down: boolean): SolidRuns {
  const raw: [number, number, number][] = [];
  for (const edge of edges)
    for (let i = 1; i < edge.points.length; i++) {
      const p = edge.points[i - 1] as Point;
      const q = edge.points[i] as Point;
      const [pa, qa, pl, ql] = down ? [p.x, q.x, p.y, q.y] : [p.y, q.y, p.x, q.x];
      if (pa === qa && pl !== ql) raw.push([pa, Math.min(pl, ql), Math.max(pl, ql)]);
    }
  raw.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number, number][] = [];
  for (const run of raw) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last[0] === run[0] && run[1] <= last[2]) last[2] = Math.max(last[2], run[2]);
    else merged.push(run);
  }
  return {
    across: Float64Array.from(merged, (r) => r[0]),
    from: Float64Array.from(merged, (r) => r[1]),
    to: Float64Array.from(merged, (r) => r[2]),
  };
}

/** First index in `[lo, hi)` whose value fails `below`, by binary search. */
function firstNot(lo: number, hi: number, below: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Does a run at `x` from `a` to `b` (along) come within 1 px across of a
 * solid run and share more than 1 px of it along?
 */
export function onSolid(runs: SolidRuns, x: number, a: number, b: number): boolean {
  const { across, from, to } = runs;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const n = across.length;
  let i = firstNot(0, n, (k) => (across[k] as number) < x - 1);
  while (i < n && (across[i] as number) <= x + 1) {
    const line = across[i] as number;
    const end = firstNot(i, n, (k) => (across[k] as number) <= line);
    // Runs on one line are disjoint and sorted, so their ends are sorted too.
    const k = firstNot(i, end, (j) => (to[j] as number) <= lo + 1);
    if (k < end && (from[k] as number) < hi - 1) return true;
    i = end;
  }
  return false;
}
