/**
 * The solid reporting lines of a layout, as orthogonal polylines: from the
 * manager's far side to the channel above the reports, along it, and into
 * the report; a stacked report is reached along its column's spine (or,
 * inside a stack, a short spine hanging from its manager's box) and entered
 * from the side.
 */
import type { Layout, Placed } from './index';

export interface Point {
  x: number;
  y: number;
}

/** One solid line: `points` run from the manager (`from`) to the report (`to`). */
export interface TreeEdge {
  from: string;
  to: string;
  points: Point[];
}

/**
 * Every manager-to-report edge of a layout, in the order of the layout's
 * nodes. Pure; linear in the number of nodes.
 */
export function treeEdges(layout: Layout): TreeEdge[] {
  const byId = new Map<string, Placed>();
  for (const p of layout.nodes) byId.set(p.id, p);
  const down = layout.direction === 'down';
  // Work across/along, then turn into x/y.
  const pt = (across: number, along: number): Point =>
    down ? { x: across, y: along } : { x: along, y: across };
  const acrossOf = (p: Placed) => (down ? p.x : p.y);
  const alongOf = (p: Placed) => (down ? p.y : p.x);
  const breadthOf = (p: Placed) => (down ? p.width : p.height);
  const lengthOf = (p: Placed) => (down ? p.height : p.width);

  const edges: TreeEdge[] = [];
  for (const node of layout.nodes) {
    if (node.parentId === undefined) continue;
    const manager = byId.get(node.parentId);
    if (manager === undefined) continue;
    let points: Point[];
    if (manager.stacked && node.spine !== undefined) {
      // Inside a stack: down a short spine from the manager's box.
      const middle = alongOf(node) + lengthOf(node) / 2;
      points = [
        pt(node.spine, alongOf(manager) + lengthOf(manager)),
        pt(node.spine, middle),
        pt(acrossOf(node), middle),
      ];
    } else {
      const channel = layout.channels[node.depth] ?? alongOf(node) - layout.levelGap / 2;
      const start = acrossOf(manager) + breadthOf(manager) / 2;
      const end =
        node.stacked && node.spine !== undefined ? node.spine : acrossOf(node) + breadthOf(node) / 2;
      points = [pt(start, alongOf(manager) + lengthOf(manager))];
      if (end !== start) points.push(pt(start, channel), pt(end, channel));
      if (node.stacked && node.spine !== undefined) {
        const middle = alongOf(node) + lengthOf(node) / 2;
        points.push(pt(end, middle), pt(acrossOf(node), middle));
      } else points.push(pt(end, alongOf(node)));
    }
    edges.push({ from: manager.id, to: node.id, points });
  }
  return edges;
}

/** Drops repeated points and the middle of three collinear ones. */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last !== undefined && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (
      last !== undefined &&
      before !== undefined &&
      ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))
    ) {
      // Collinear: only drop the middle when it does not turn back.
      const forward = (last.x - before.x) * (p.x - last.x) >= 0 && (last.y - before.y) * (p.y - last.y) >= 0;
      if (forward) {
        out[out.length - 1] = p;
        continue;
      }
    }
    out.push(p);
  }
  return out;
}
