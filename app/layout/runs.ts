/**
 * The runs of the solid lines along the tree (vertical when the tree grows
 * down, horizontal when it grows right), merged per line, so that a dotted
 * route can ask, in O(log n) plus the runs on lines within 1 px, whether a
 * run of its own would lie on one.
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
  let count = 0;
  for (const edge of edges) count += Math.max(0, edge.points.length - 1);
  const line = new Float64Array(count);
  const start = new Float64Array(count);
  const end = new Float64Array(count);
  let m = 0;
  for (const edge of edges)
    for (let i = 1; i < edge.points.length; i++) {
      const p = edge.points[i - 1] as Point;
      const q = edge.points[i] as Point;
      const a = down ? p.x : p.y;
      const pl = down ? p.y : p.x;
      const ql = down ? q.y : q.x;
      if (a !== (down ? q.x : q.y) || pl === ql) continue;
      line[m] = a;
      start[m] = Math.min(pl, ql);
      end[m++] = Math.max(pl, ql);
    }
  const order = Uint32Array.from({ length: m }, (_, i) => i).sort(
    (i, j) => (line[i] as number) - (line[j] as number) || (start[i] as number) - (start[j] as number),
  );
  const across = new Float64Array(m);
  const from = new Float64Array(m);
  const to = new Float64Array(m);
  let k = -1;
  for (const i of order) {
    const x = line[i] as number;
    if (k >= 0 && across[k] === x && (start[i] as number) <= (to[k] as number))
      to[k] = Math.max(to[k] as number, end[i] as number);
    else {
      k++;
      across[k] = x;
      from[k] = start[i] as number;
      to[k] = end[i] as number;
    }
  }
  return { across: across.subarray(0, k + 1), from: from.subarray(0, k + 1), to: to.subarray(0, k + 1) };
}

/**
 * Does a run at `x` from `a` to `b` (along) come within 1 px across of a
 * solid run and share more than 1 px of it along?
 */
export function onSolid(runs: SolidRuns, x: number, a: number, b: number): boolean {
  const { across, from, to } = runs;
  const lo = Math.min(a, b) + 1;
  const hi = Math.max(a, b) - 1;
  const n = across.length;
  // The first run at or past x - 1, then each run up to x + 1.
  let first = 0;
  let last = n;
  while (first < last) {
    const mid = (first + last) >> 1;
    if ((across[mid] as number) < x - 1) first = mid + 1;
    else last = mid;
  }
  for (let i = first; i < n && (across[i] as number) <= x + 1; i++)
    if ((to[i] as number) > lo && (from[i] as number) < hi) return true;
  return false;
}
