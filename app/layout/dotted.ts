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
 *
 * No run of a route lies on a solid line: where one would, it moves a few
 * pixels across, within the gap it runs in. Routes that run along the same
 * lane at the same place take different tracks of it, a few pixels apart
 * (up to seven), so that one dotted line can be told from another.
 */
import type { Layout, Placed } from './index';
import type { Point, TreeEdge } from './edges';
import { simplify, treeEdges } from './edges';
import { onSolid, solidRuns } from './runs';

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

/** The stacked reports of one manager: across, along (`start` to `end`), and each column's right edge. */
interface Block extends Span {
  start: number;
  end: number;
  columns: Map<number, number>;
}

/**
 * Routes each dotted line in `lines` (same order), off the solid `edges`
 * (`treeEdges(layout)` unless given). Pure; about O(depth · log n) per line
 * after an O(n log n) set-up.
 */
export function routeDottedLines(
  layout: Layout,
  lines: readonly DottedLine[],
  edges?: readonly TreeEdge[],
): DottedRoute[] {
  if (lines.length === 0) return [];
  const router = makeRouter(layout, edges ?? treeEdges(layout));
  const plans = lines.map((line) => router.plan(line.roleId, line.managerRoleId));
  const tracks = assignTracks(plans, router.tracks);
  return lines.map((line, i) => {
    const plan = plans[i];
    return { ...line, points: plan ? router.finish(plan, (tracks[i] as number) * router.trackStep) : [] };
  });
}

/** A route before its lane's track is known: up from the role, back up from the manager, meeting on lane `meet`. */
interface Plan {
  up: Point[];
  back: Point[];
  meet: number;
  /** Where it runs along the lane, across: from `a` to `b`. */
  a: number;
  b: number;
}

/** Track offsets in steps, nearest the lane first; a layout keeps those that fit its gaps. */
const TRACKS = [0, -1, 1, -2, 2, -3, 3];

/**
 * A track per route (in steps off its lane): routes along the same lane
 * whose runs overlap get different tracks while there are tracks to give,
 * then the one whose last run ends first. Deterministic: by where the run
 * starts, then ends, then input order.
 */
function assignTracks(plans: readonly (Plan | null)[], offered: readonly number[]): number[] {
  const tracks = plans.map(() => 0);
  const byLane = new Map<number, number[]>();
  plans.forEach((plan, i) => {
    if (!plan) return;
    const lane = byLane.get(plan.meet);
    if (lane) lane.push(i);
    else byLane.set(plan.meet, [i]);
  });
  for (const routes of byLane.values()) {
    const span = (i: number) => {
      const { a, b } = plans[i] as Plan;
      return [Math.min(a, b), Math.max(a, b)] as const;
    };
    routes.sort((i, j) => span(i)[0] - span(j)[0] || span(i)[1] - span(j)[1] || i - j);
    const ends = offered.map(() => -Infinity);
    for (const i of routes) {
      const [from, to] = span(i);
      let t = ends.findIndex((end) => end < from);
      if (t < 0) t = ends.indexOf(Math.min(...ends));
      ends[t] = to;
      tracks[i] = offered[t] as number;
    }
  }
  return tracks;
}

function makeRouter(layout: Layout, edges: readonly TreeEdge[]) {
  const down = layout.direction === 'down';
  const gap = layout.siblingGap;
  const margin = gap / 4;
  // Tracks stay clear of the channel's solid lines (a step at least) and of the boxes below (the margin).
  const trackStep = layout.levelGap / 16;
  const room = layout.levelGap / 4;
  const tracks = TRACKS.filter((t) =>
    t < 0 ? -t * trackStep < room - trackStep : t * trackStep < room - margin,
  );
  const widest = Math.max(...tracks.map(Math.abs)) * trackStep;
  const nodes = layout.nodes;
  const n = nodes.length;
  const indexOf = new Map<string, number>();
  const across = new Float64Array(n);
  const along = new Float64Array(n);
  const breadth = new Float64Array(n);
  const length = new Float64Array(n);
  nodes.forEach((node, i) => {
    indexOf.set(node.id, i);
    across[i] = down ? node.x : node.y;
    along[i] = down ? node.y : node.x;
    breadth[i] = down ? node.width : node.height;
    length[i] = down ? node.height : node.width;
  });
  const parentOf = (i: number) => {
    const id = (nodes[i] as Placed).parentId;
    return id === undefined ? -1 : (indexOf.get(id) ?? -1);
  };
  // Where routes run: a quarter of the level gap below each channel.
  const lanes = layout.channels.map((c) => c + layout.levelGap / 4);
  const laneOf = (k: number) => lanes[Math.max(0, Math.min(k, lanes.length - 1))] as number;

  // Where each stacked node lives: the manager owning its block, its column
  // (by the column's spine) and the block's depth; -1 owner when not stacked.
  const owner = new Int32Array(n).fill(-1);
  const column = new Float64Array(n);
  const level = Int32Array.from(nodes, (node) => node.depth);
  const known = new Uint8Array(n);
  const chain: number[] = [];
  for (let i = 0; i < n; i++) {
    let at = i;
    while (!known[at] && (nodes[at] as Placed).stacked) {
      chain.push(at);
      const up = parentOf(at);
      if (up < 0) break;
      if (!(nodes[up] as Placed).stacked) {
        owner[at] = up;
        column[at] = (nodes[at] as Placed).spine ?? 0;
        known[at] = 1;
        break;
      }
      at = up;
    }
    for (const c of chain) {
      owner[c] = owner[at] as number;
      column[c] = column[at] as number;
      level[c] = known[at] ? (level[at] as number) : (level[c] as number);
      known[c] = 1;
    }
    chain.length = 0;
  }

  // Blocks of stacked nodes, by owner, each with its columns' right edges.
  const blocks = new Map<number, Block>();
  for (let i = 0; i < n; i++) {
    const o = owner[i] as number;
    if (o < 0) continue;
    const spine = (nodes[i] as Placed).spine ?? (across[i] as number);
    const right = (across[i] as number) + (breadth[i] as number);
    const top = along[i] as number;
    const bottom = top + (length[i] as number);
    let block = blocks.get(o);
    if (block === undefined) {
      block = {
        from: spine,
        to: right,
        top: level[i] as number,
        start: top,
        end: bottom,
        columns: new Map(),
      };
      blocks.set(o, block);
    } else {
      block.from = Math.min(block.from, spine);
      block.to = Math.max(block.to, right);
      block.start = Math.min(block.start, top);
      block.end = Math.max(block.end, bottom);
    }
    const c = column[i] as number;
    block.columns.set(c, Math.max(block.columns.get(c) ?? -Infinity, right));
  }

  // Obstacles per band k (between lanes k and k+1), and blocks crossing each lane.
  const bands: Span[][] = lanes.map(() => []);
  // Blocks near each lane, within the widest track: travel keeps those its own track crosses.
  const crossing: Block[][] = lanes.map(() => []);
  for (let i = 0; i < n; i++)
    if ((owner[i] as number) < 0) {
      const depth = (nodes[i] as Placed).depth;
      bands[depth]?.push({
        from: across[i] as number,
        to: (across[i] as number) + (breadth[i] as number),
        top: depth,
      });
    }
  for (const block of blocks.values()) {
    for (let k = block.top; k < lanes.length; k++) {
      const lane = lanes[k] as number;
      if (block.start > (lanes[k + 1] ?? Infinity)) continue;
      if (block.end < lane - margin) break;
      bands[k]?.push(block);
      if (block.start - margin - widest < lane && lane < block.end + margin + widest)
        crossing[k]?.push(block);
    }
  }
  for (const list of [...bands, ...crossing]) list.sort((a, b) => a.from - b.from);

  /** The obstacle of `list` within `clearance` of `x`, if any. */
  const hit = (list: readonly Span[], x: number, clearance = margin): Span | undefined => {
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as Span).from - clearance <= x) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const span = list[found];
    return span !== undefined && x <= span.to + clearance ? span : undefined;
  };

  // Solid runs along the tree, and how far a dotted run may move off one.
  const runs = solidRuns(edges, down);
  const nudges = [0, gap / 4, -gap / 4, gap / 8, -gap / 8, (3 * gap) / 8, (-3 * gap) / 8];
  const rightwards = [0, gap / 4, gap / 8, (3 * gap) / 8];
  const leftwards = rightwards.map((d) => -d);
  /** The first of `x` plus `offsets` that is clear of solid runs from `a` to `b` and `fits`. */
  const settle = (x: number, a: number, b: number, offsets: number[], fits: (x: number) => boolean) => {
    for (const d of offsets) if (!onSolid(runs, x + d, a, b) && fits(x + d)) return x + d;
    return x;
  };
  const anywhere = () => true;

  const pt = (across: number, along: number): Point =>
    down ? { x: across, y: along } : { x: along, y: across };

  /** From the side of node `i` facing `toward` up to the lane above depth `to`. */
  const climb = (i: number, toward: number, to: number): Point[] => {
    const left = across[i] as number;
    const right = left + (breadth[i] as number);
    const middle = (along[i] as number) + (length[i] as number) / 2;
    const o = owner[i] as number;
    let side: number;
    let x: number;
    if (o >= 0) {
      // Stacked: out to the right, into the gap after the column.
      side = right;
      x = (blocks.get(o)?.columns.get(column[i] as number) ?? right) + gap / 2;
    } else if (toward >= (left + right) / 2) {
      side = right;
      x = right + gap / 2;
    } else {
      side = left;
      x = left - gap / 2;
    }
    let k = level[i] as number;
    // Within the gap beside the box (or its column), at least `gap` wide.
    x = settle(x, middle, laneOf(k), nudges, anywhere);
    const path = [pt(side, middle), pt(x, middle), pt(x, laneOf(k))];
    while (k > to) {
      k--;
      const blocker = hit(bands[k] ?? [], x);
      if (blocker !== undefined) {
        x = x - blocker.from < blocker.to - x ? blocker.from - gap / 2 : blocker.to + gap / 2;
        path.push(pt(x, laneOf(k + 1)));
      }
      const band = bands[k] ?? [];
      const clear = settle(x, laneOf(k + 1), laneOf(k), nudges, (c) => hit(band, c, gap / 8) === undefined);
      if (clear !== x) path.push(pt((x = clear), laneOf(k + 1)));
      path.push(pt(x, laneOf(k)));
    }
    return path;
  };

  /** Along lane `k` (on the track `shift` off it) from across `a` to `b`, stepping over crossing blocks. */
  const travel = (k: number, a: number, b: number, shift: number): Point[] => {
    const lane = laneOf(k) + shift;
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    // Blocks crossing one lane never overlap across: sorted by `from`, they are sorted by `to` too.
    const list = crossing[k] ?? [];
    const over: Block[] = [];
    for (let i = firstEndingAfter(list, lo - margin); i < list.length; i++) {
      const s = list[i] as Block;
      if (s.from - margin >= hi) break;
      if (s.start - margin < lane && lane < s.end + margin) over.push(s);
    }
    if (a > b) over.reverse();
    const path: Point[] = [];
    for (const s of over) {
      const above = laneOf(s.top);
      // Nudged off solid runs, if need be, towards the block.
      const [before, after] =
        a <= b ? [s.from - gap / 2, s.to + gap / 2] : [s.to + gap / 2, s.from - gap / 2];
      const near = settle(before, lane, above, a <= b ? rightwards : leftwards, anywhere);
      const far = settle(after, lane, above, a <= b ? leftwards : rightwards, anywhere);
      path.push(pt(near, lane), pt(near, above), pt(far, above), pt(far, lane));
    }
    return path;
  };

  const centre = (i: number) => (across[i] as number) + (breadth[i] as number) / 2;
  /** The route's climbs from both ends, or null when it cannot be drawn. */
  const plan = (fromId: string, toId: string): Plan | null => {
    const source = indexOf.get(fromId);
    const target = indexOf.get(toId);
    if (source === undefined || target === undefined || source === target) return null;
    const meet = Math.min(level[source] as number, level[target] as number);
    const up = climb(source, centre(target), meet);
    const back = climb(target, centre(source), meet);
    const a = acrossOf(up[up.length - 1] as Point, down);
    const b = acrossOf(back[back.length - 1] as Point, down);
    return { up, back, meet, a, b };
  };
  /** The whole route, along its lane on the track `shift` off it. */
  const finish = ({ up, back, meet, a, b }: Plan, shift: number): Point[] => {
    const onTrack = (path: Point[]) => {
      const last = path[path.length - 1] as Point;
      return [
        ...path.slice(0, -1),
        down ? { x: last.x, y: last.y + shift } : { x: last.x + shift, y: last.y },
      ];
    };
    return simplify([...onTrack(up), ...travel(meet, a, b, shift), ...onTrack(back).reverse()]);
  };
  return { plan, finish, trackStep, tracks };
}

const acrossOf = (p: Point, down: boolean) => (down ? p.x : p.y);

/** The index of the first of `list` (sorted by `to`) whose `to` is past `x`; the length if none. */
function firstEndingAfter(list: readonly Span[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Span).to > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
