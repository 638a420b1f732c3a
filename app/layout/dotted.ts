/**
 * Dotted (secondary) reporting lines as orthogonal polylines routed around
 * the boxes of a layout; they never change the layout.
 *
 * A route leaves the role from its side, climbs through the gutters beside
 * boxes to the channel above the shallower of the two ends, runs along that
 * channel (stepping over any column of stacked leaves that crosses it), and
 * comes down to the manager the same way. The layout guarantees the room:
 * any two boxes whose bands overlap are at least `siblingGap` apart across,
 * and channels are crossed by nothing but columns of stacked leaves.
 */
import type { Layout, Placed } from './index';
import type { Point } from './edges';
import { simplify } from './edges';

export interface DottedLine {
  roleId: string;
  managerRoleId: string;
}

/** A routed dotted line; `points` run from the role to its dotted-line manager. */
export interface DottedRoute extends DottedLine {
  /** Empty when either end is not in the layout (hidden under a collapsed role). */
  points: Point[];
}

/** A box across the tree: `[from, to]`. */
interface Span {
  from: number;
  to: number;
  /** For a column block: the depth whose channel its top sits on. */
  top: number;
}

/** Where a stacked node sits: the manager owning its block, its column's spine, the block's depth. */
interface Home {
  owner: string;
  column: number;
  level: number;
}

interface Box {
  node: Placed;
  across: number;
  along: number;
  breadth: number;
  length: number;
}

/**
 * Routes each dotted line in `lines` (same order). Pure; about
 * O(depth · log n) per line after a linear set-up.
 */
export function routeDottedLines(layout: Layout, lines: readonly DottedLine[]): DottedRoute[] {
  const router = makeRouter(layout);
  return lines.map((line) => ({ ...line, points: router(line.roleId, line.managerRoleId) }));
}

function makeRouter(layout: Layout): (from: string, to: string) => Point[] {
  const down = layout.direction === 'down';
  const gap = layout.siblingGap;
  const margin = gap / 4;
  const boxes = new Map<string, Box>();
  for (const node of layout.nodes)
    boxes.set(node.id, {
      node,
      across: down ? node.x : node.y,
      along: down ? node.y : node.x,
      breadth: down ? node.width : node.height,
      length: down ? node.height : node.width,
    });
  // Where routes run: a quarter of the level gap below each channel.
  const lanes = layout.channels.map((c) => c + layout.levelGap / 4);
  const laneOf = (k: number) => lanes[Math.max(0, Math.min(k, lanes.length - 1))] as number;

  // Where each stacked node lives: its block's owner, its column (by spine) and the block's level.
  const homes = new Map<string, Home>();
  const homeOf = (node: Placed): Home | undefined => {
    const chain: Placed[] = [];
    let at: Placed | undefined = node;
    let home: Home | undefined;
    while (at !== undefined && at.stacked && at.parentId !== undefined) {
      home = homes.get(at.id);
      if (home !== undefined) break;
      chain.push(at);
      const up: Placed | undefined = boxes.get(at.parentId)?.node;
      if (up === undefined || !up.stacked) {
        home = { owner: at.parentId, column: at.spine ?? 0, level: at.depth };
        break;
      }
      at = up;
    }
    if (home !== undefined) for (const c of chain) homes.set(c.id, home);
    return home;
  };
  const levelOf = (node: Placed) => (node.stacked ? (homeOf(node)?.level ?? node.depth) : node.depth);

  // Blocks of stacked nodes, by owner, and each column's right edge.
  const blocks = new Map<string, Span & { start: number; end: number }>();
  const columnRight = new Map<string, number>();
  for (const b of boxes.values()) {
    const { node } = b;
    const home = homeOf(node);
    if (home === undefined || node.spine === undefined) continue;
    const key = `${home.owner}\u0000${home.column}`;
    columnRight.set(key, Math.max(columnRight.get(key) ?? -Infinity, b.across + b.breadth));
    const block = blocks.get(home.owner);
    if (block === undefined)
      blocks.set(home.owner, {
        from: node.spine,
        to: b.across + b.breadth,
        top: home.level,
        start: b.along,
        end: b.along + b.length,
      });
    else {
      block.from = Math.min(block.from, node.spine);
      block.to = Math.max(block.to, b.across + b.breadth);
      block.start = Math.min(block.start, b.along);
      block.end = Math.max(block.end, b.along + b.length);
    }
  }

  // Obstacles per band k (between lanes k and k+1), and blocks crossing each lane.
  const bands: Span[][] = lanes.map(() => []);
  const crossing: Span[][] = lanes.map(() => []);
  for (const b of boxes.values())
    if (!b.node.stacked)
      bands[b.node.depth]?.push({ from: b.across, to: b.across + b.breadth, top: b.node.depth });
  for (const block of blocks.values()) {
    for (let k = block.top; k < lanes.length; k++) {
      const lane = lanes[k] as number;
      if (block.start > (lanes[k + 1] ?? Infinity)) continue;
      if (block.end < lane - margin) break;
      bands[k]?.push(block);
      if (block.start - margin < lane && lane < block.end + margin) crossing[k]?.push(block);
    }
  }
  for (const list of [...bands, ...crossing]) list.sort((a, b) => a.from - b.from);

  /** The obstacle of `list` within `margin` of `x`, if any. */
  const hit = (list: readonly Span[], x: number): Span | undefined => {
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as Span).from - margin <= x) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const span = list[found];
    return span !== undefined && x <= span.to + margin ? span : undefined;
  };

  const pt = (across: number, along: number): Point =>
    down ? { x: across, y: along } : { x: along, y: across };

  /**
   * From the side of `b` facing `toward` up to the lane above depth `to`;
   * returns the points (across, along) and the depth reached.
   */
  const climb = (b: Box, toward: number, to: number): Point[] => {
    const centre = b.across + b.breadth / 2;
    const middle = b.along + b.length / 2;
    let side: number;
    let x: number;
    const home = homeOf(b.node);
    if (home !== undefined) {
      side = b.across + b.breadth;
      x = (columnRight.get(`${home.owner}\u0000${home.column}`) ?? side) + gap / 2;
    } else if (toward >= centre) {
      side = b.across + b.breadth;
      x = side + gap / 2;
    } else {
      side = b.across;
      x = side - gap / 2;
    }
    const path = [pt(side, middle), pt(x, middle)];
    let k = levelOf(b.node);
    path.push(pt(x, laneOf(k)));
    while (k > to) {
      k--;
      const blocker = hit(bands[k] ?? [], x);
      if (blocker !== undefined) {
        x = x - blocker.from < blocker.to - x ? blocker.from - gap / 2 : blocker.to + gap / 2;
        path.push(pt(x, laneOf(k + 1)));
      }
      path.push(pt(x, laneOf(k)));
    }
    return path;
  };

  /** Along lane `k` from across `a` to `b`, stepping over crossing blocks. */
  const travel = (k: number, a: number, b: number): Point[] => {
    const lane = laneOf(k);
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const over = (crossing[k] ?? []).filter((s) => s.to + margin > lo && s.from - margin < hi);
    if (a > b) over.reverse();
    const path: Point[] = [];
    for (const s of over) {
      const near = a <= b ? s.from - gap / 2 : s.to + gap / 2;
      const far = a <= b ? s.to + gap / 2 : s.from - gap / 2;
      const above = laneOf(s.top);
      path.push(pt(near, lane), pt(near, above), pt(far, above), pt(far, lane));
    }
    return path;
  };

  return (fromId, toId) => {
    const source = boxes.get(fromId);
    const target = boxes.get(toId);
    if (source === undefined || target === undefined || source === target) return [];
    const meet = Math.min(levelOf(source.node), levelOf(target.node));
    const up = climb(source, target.across + target.breadth / 2, meet);
    const back = climb(target, source.across + source.breadth / 2, meet);
    const a = acrossOf(up[up.length - 1] as Point, down);
    const b = acrossOf(back[back.length - 1] as Point, down);
    return simplify([...up, ...travel(meet, a, b), ...back.reverse()]);
  };
}

const acrossOf = (p: Point, down: boolean) => (down ? p.x : p.y);
