/**
 * Org-chart layout: a pure function from the solid-line forest to node
 * positions, in linear time, with nodes of any size. Dotted lines never
 * change the layout; {@link routeDottedLines} draws them around it.
 *
 * The tree is tidy (van der Ploeg's generalisation of Walker's algorithm,
 * see `tidy.ts`) and layered: every node of one depth starts at the same
 * line. In compact mode (the default) a manager's small reports (leaves, and
 * managers of leaves) stack in columns under it (a "block", see `stack.ts`),
 * each column hanging from a spine, so that wide levels do not make the
 * chart millions of pixels wide. Draw solid lines with {@link treeEdges}:
 * a stacked report is not reached by a straight line from its manager.
 */
import type { Stacks } from './stack';
import { planStacks } from './stack';
import { tidyX } from './tidy';

export { treeEdges } from './edges';
export type { Point, TreeEdge } from './edges';
export { routeDottedLines } from './dotted';
export type { DottedLine, DottedRoute } from './dotted';
export { layoutModel, layoutModelTree, routeModelDotted } from './model';
export type { ModelLayout, ModelLayoutInput, ModelLayoutOptions } from './model';

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

export interface LayoutOptions {
  /** `down`: managers above reports; `right`: managers left of reports. Default `down`. */
  direction?: 'down' | 'right';
  /** Gap between siblings, and between any two nodes side by side. Default 32. */
  siblingGap?: number;
  /** Gap between a manager's level and its reports' level. Default 72. */
  levelGap?: number;
  /** Gap between separate trees (several roots). Default twice `siblingGap`. */
  treeGap?: number;
  /** Roles whose reports are hidden. */
  collapsed?: ReadonlySet<string>;
  /** Stack a manager's leaf reports in columns. Default true. */
  compact?: boolean;
  /** A manager needs at least this many small reports for them to stack. Default 3. */
  stackMin?: number;
  /**
   * How deep a report's own subtree may be for it to stack: 1 stacks leaves
   * only, 2 also managers of leaves (drawn as an indented outline). Default 2.
   */
  stackDepth?: number;
  /** Boxes per column before another column is added. Default 8. */
  stackRows?: number;
  /** Columns before a block grows taller instead of wider (huge fans still grow to about √n / 2). Default 3. */
  stackColumns?: number;
  /** Gap between two stacked leaves. Default 12. */
  stackGap?: number;
  /** Room for the spine left of each column of stacked leaves. Default 24. */
  stackIndent?: number;
}

/** Every option resolved. */
export type LayoutSettings = Required<Omit<LayoutOptions, 'collapsed' | 'treeGap'>> & { treeGap?: number };

export const DEFAULT_LAYOUT: LayoutSettings = {
  direction: 'down',
  siblingGap: 32,
  levelGap: 72,
  compact: true,
  stackMin: 3,
  stackDepth: 2,
  stackRows: 8,
  stackColumns: 3,
  stackGap: 12,
  stackIndent: 24,
};

/** A laid-out node; `x`, `y` is its top-left corner. */
export interface Placed {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** 0 for a root, its manager's depth + 1 otherwise. */
  depth: number;
  /** The manager, when it is laid out too (absent for roots). */
  parentId?: string;
  /** A report stacked in a column under its manager, or in the outline under a stacked manager (compact mode). */
  stacked?: true;
  /**
   * For a stacked node: where the spine it hangs from runs, across the tree
   * (an `x` when the direction is `down`, a `y` when it is `right`): its
   * column's spine, or inside an outline a short spine from its manager's box.
   */
  spine?: number;
}

export interface Layout {
  /** In the order of the input nodes, without the hidden ones. */
  nodes: Placed[];
  width: number;
  height: number;
  direction: 'down' | 'right';
  /**
   * `channels[d]`: the middle of the gap above depth `d`, along the tree (a
   * `y` for `down`, an `x` for `right`). No node box crosses a channel
   * except a stacked column; tree edges run along them.
   */
  channels: number[];
  /** The gaps used, for routing around nodes. */
  siblingGap: number;
  levelGap: number;
}

/** The resolved options. */
function settings(options: LayoutOptions): LayoutSettings & { treeGap: number } {
  const s = { ...DEFAULT_LAYOUT, ...withoutUndefined(options) };
  return { ...s, treeGap: options.treeGap ?? 2 * s.siblingGap };
}

function withoutUndefined(options: LayoutOptions): Partial<LayoutSettings> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(options)) if (v !== undefined && k !== 'collapsed') out[k] = v;
  return out as Partial<LayoutSettings>;
}

/**
 * Lays out a forest. `managerOf` maps a role to its solid-line manager;
 * roots (no manager, or a manager not among `nodes`) sit side by side in
 * input order, and reports keep their input order. A cycle in `managerOf`
 * is cut where the walk in input order finds it. Repeated ids are ignored
 * after the first. The same input always gives the same output.
 */
export function layoutForest(
  nodes: readonly LayoutNode[],
  managerOf: ReadonlyMap<string, string>,
  options: LayoutOptions = DEFAULT_LAYOUT,
): Layout {
  const s = settings(options);
  const collapsed = options.collapsed;
  const down = s.direction === 'down';
  const n = nodes.length;
  const breadth = new Float64Array(n);
  const length = new Float64Array(n);
  const index = new Map<string, number>();
  const skip = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const node = nodes[i] as LayoutNode;
    if (index.has(node.id)) skip[i] = 1;
    else index.set(node.id, i);
    breadth[i] = Math.max(0, down ? node.width : node.height);
    length[i] = Math.max(0, down ? node.height : node.width);
  }

  const parent = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (skip[i]) continue;
    const m = managerOf.get((nodes[i] as LayoutNode).id);
    const p = m === undefined ? undefined : index.get(m);
    if (p !== undefined && p !== i) parent[i] = p;
  }
  cutCycles(parent, skip);

  // Reports in input order, as compressed lists.
  const kidCount = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    if (p >= 0) kidCount[p] = (kidCount[p] as number) + 1;
  }
  const kidStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) kidStart[i + 1] = (kidStart[i] as number) + (kidCount[i] as number);
  const kids = new Int32Array(kidStart[n] as number);
  const fill = kidStart.slice(0, n);
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    if (p >= 0) {
      kids[fill[p] as number] = i;
      fill[p] = (fill[p] as number) + 1;
    }
  }

  // Visible nodes in pre-order, with depths; reports of collapsed roles stay hidden.
  const depth = new Int32Array(n).fill(-1);
  const roots: number[] = [];
  const order: number[] = [];
  const stack: number[] = [];
  for (let i = 0; i < n; i++) {
    if (skip[i] || (parent[i] as number) >= 0) continue;
    roots.push(i);
    depth[i] = 0;
    stack.push(i);
    while (stack.length > 0) {
      const v = stack.pop() as number;
      order.push(v);
      if (collapsed !== undefined && collapsed.has((nodes[v] as LayoutNode).id)) continue;
      for (let k = (kidStart[v + 1] as number) - 1; k >= (kidStart[v] as number); k--) {
        const c = kids[k] as number;
        depth[c] = (depth[v] as number) + 1;
        stack.push(c);
      }
    }
  }
  const visible = (v: number) => (depth[v] as number) >= 0;
  const expanded = (v: number) =>
    (kidCount[v] as number) > 0 && (collapsed === undefined || !collapsed.has((nodes[v] as LayoutNode).id));

  const { stacked, blockOf, blocks }: Stacks = s.compact
    ? planStacks({ ...s, count: n, order, parent, kids, kidStart, expanded, depth, breadth, length })
    : { stacked: new Uint8Array(n), blockOf: new Int32Array(n).fill(-1), blocks: [] };

  // Level sizes from the nodes that sit on levels (not the stacked ones).
  let maxDepth = 0;
  const levelSize: number[] = [];
  for (let v = 0; v < n; v++) {
    if (!visible(v)) continue;
    const d = depth[v] as number;
    maxDepth = Math.max(maxDepth, d);
    if (!stacked[v]) levelSize[d] = Math.max(levelSize[d] ?? 0, length[v] as number);
  }
  const levelStart: number[] = [0];
  for (let d = 0; d <= maxDepth; d++)
    levelStart[d + 1] = (levelStart[d] as number) + (levelSize[d] ?? 0) + s.levelGap;
  const channels = levelStart.map((start) => start - s.levelGap / 2);

  // Tidy-tree nodes: visible unstacked nodes, then one per block.
  const alg = new Int32Array(n).fill(-1);
  let count = 0;
  for (let v = 0; v < n; v++) if (visible(v) && !stacked[v]) alg[v] = count++;
  const nodeCount = count;
  count += blocks.length;
  const w = new Float64Array(count);
  const y = new Float64Array(count);
  const h = new Float64Array(count);
  const childCount = new Int32Array(count);
  const childStart = new Int32Array(count);
  const children: number[] = [];
  for (let v = 0; v < n; v++) {
    const a = alg[v] as number;
    if (a < 0) continue;
    const d = depth[v] as number;
    w[a] = (breadth[v] as number) + s.siblingGap;
    y[a] = channels[d] as number;
    h[a] = (levelSize[d] ?? 0) + s.levelGap;
    childStart[a] = children.length;
    if (!expanded(v)) continue;
    let blockPlaced = false;
    for (let k = kidStart[v] as number; k < (kidStart[v + 1] as number); k++) {
      const c = kids[k] as number;
      if (!stacked[c]) children.push(alg[c] as number);
      else if (!blockPlaced) {
        children.push(nodeCount + (blockOf[v] as number));
        blockPlaced = true;
      }
    }
    childCount[a] = children.length - (childStart[a] as number);
  }
  blocks.forEach((b, i) => {
    const a = nodeCount + i;
    w[a] = b.breadth + s.siblingGap;
    y[a] = channels[(depth[b.owner] as number) + 1] as number;
    h[a] = b.length + s.levelGap;
    childStart[a] = children.length;
  });
  const x = tidyX({
    count,
    w,
    y,
    h,
    childStart,
    childCount,
    children: Int32Array.from(children),
    roots: roots.map((r) => alg[r] as number),
  });

  // Trees side by side: shift each tree so that it starts after the last.
  const shiftOf = treeShifts(
    x,
    w,
    childStart,
    childCount,
    children,
    roots.map((r) => alg[r] as number),
    s,
  );

  const across = new Float64Array(n);
  const along = new Float64Array(n);
  const spine = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const a = alg[v] as number;
    if (a < 0) continue;
    across[v] = (x[a] as number) + (shiftOf[a] as number);
    along[v] = levelStart[depth[v] as number] as number;
  }
  blocks.forEach((b, i) => {
    const a = nodeCount + i;
    const left = (x[a] as number) + (shiftOf[a] as number);
    const top = levelStart[(depth[b.owner] as number) + 1] as number;
    b.members.forEach((v, k) => {
      across[v] = left + (b.across[k] as number);
      along[v] = top + (b.along[k] as number);
      spine[v] = left + (b.spine[k] as number);
    });
  });

  const out: Placed[] = [];
  let width = 0;
  let height = 0;
  for (let v = 0; v < n; v++) {
    if (!visible(v)) continue;
    const node = nodes[v] as LayoutNode;
    const px = down ? (across[v] as number) : (along[v] as number);
    const py = down ? (along[v] as number) : (across[v] as number);
    const placed: Placed = {
      id: node.id,
      x: px,
      y: py,
      width: node.width,
      height: node.height,
      depth: depth[v] as number,
    };
    if ((parent[v] as number) >= 0) placed.parentId = (nodes[parent[v] as number] as LayoutNode).id;
    if (stacked[v]) {
      placed.stacked = true;
      placed.spine = spine[v] as number;
    }
    out.push(placed);
    width = Math.max(width, px + node.width);
    height = Math.max(height, py + node.height);
  }
  return {
    nodes: out,
    width,
    height,
    direction: s.direction,
    channels,
    siblingGap: s.siblingGap,
    levelGap: s.levelGap,
  };
}

/**
 * Makes `parent` a forest: walking up from each node in input order, a
 * walk that meets itself cuts the link it arrived by, making that node a
 * root.
 */
function cutCycles(parent: Int32Array, skip: Uint8Array): void {
  const state = new Uint8Array(parent.length); // 0 new, 1 on the current walk, 2 done
  const path: number[] = [];
  for (let i = 0; i < parent.length; i++) {
    if (skip[i] || state[i] === 2) continue;
    let v = i;
    while (v >= 0 && state[v] === 0) {
      state[v] = 1;
      path.push(v);
      const p = parent[v] as number;
      if (p >= 0 && state[p] === 1) {
        parent[v] = -1;
        break;
      }
      v = p;
    }
    for (const u of path) state[u] = 2;
    path.length = 0;
  }
}

/** Per tidy node, how far its tree moves so that trees sit side by side in root order. */
function treeShifts(
  x: Float64Array,
  w: Float64Array,
  childStart: Int32Array,
  childCount: Int32Array,
  children: readonly number[],
  roots: readonly number[],
  s: { siblingGap: number; treeGap: number },
): Float64Array {
  const shift = new Float64Array(x.length);
  const stack: number[] = [];
  const members: number[] = [];
  let cursor = 0;
  for (const root of roots) {
    let min = Infinity;
    let max = -Infinity;
    stack.push(root);
    while (stack.length > 0) {
      const v = stack.pop() as number;
      members.push(v);
      min = Math.min(min, x[v] as number);
      max = Math.max(max, (x[v] as number) + (w[v] as number) - s.siblingGap);
      for (let i = 0; i < (childCount[v] as number); i++)
        stack.push(children[(childStart[v] as number) + i] as number);
    }
    const by = cursor - min;
    for (const v of members) shift[v] = by;
    members.length = 0;
    cursor += max - min + s.treeGap;
  }
  return shift;
}
