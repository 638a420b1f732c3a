/**
 * Compact mode: a manager's small reports (leaves, or subtrees at most
 * `stackDepth` levels deep) are not spread side by side but stacked in
 * columns under it, each column hanging from a spine. A stacked subtree is
 * drawn as an outline: each report on its own row, indented one step under
 * its manager, hanging from a short spine inside the manager's box.
 *
 * Works in abstract coordinates: `across` (siblings side by side) and
 * `along` (from a manager towards its reports).
 */

export interface StackInput {
  count: number;
  /** Visible nodes in pre-order. */
  order: readonly number[];
  /** Manager of each node, -1 for a root. */
  parent: Int32Array;
  kids: Int32Array;
  kidStart: Int32Array;
  /** Whether a node's reports are shown. */
  expanded: (v: number) => boolean;
  depth: Int32Array;
  breadth: Float64Array;
  length: Float64Array;
  stackMin: number;
  stackDepth: number;
  stackRows: number;
  stackColumns: number;
  stackGap: number;
  stackIndent: number;
  siblingGap: number;
}

/** The stacked reports of one manager, with offsets from the block's corner. */
export interface Block {
  owner: number;
  /** Every node in the block (the stacked reports and what they show under them). */
  members: number[];
  across: number[];
  along: number[];
  /** Where the spine each member hangs from runs, across. */
  spine: number[];
  breadth: number;
  length: number;
}

export interface Stacks {
  /** 1 for a node inside a block. */
  stacked: Uint8Array;
  /** Block number per owner, -1 for other nodes. */
  blockOf: Int32Array;
  blocks: Block[];
}

/** How many columns a block of `n` boxes gets. */
function columnsFor(n: number, rows: number, columns: number): number {
  if (n <= rows) return 1;
  return Math.min(Math.ceil(n / rows), Math.max(columns, Math.ceil(Math.sqrt(n) / 2)));
}

/**
 * Decides which managers stack which reports, and lays out each block.
 * Subtree heights are those of the whole forest, so collapsing a role never
 * moves it into or out of a stack.
 */
export function planStacks(input: StackInput): Stacks {
  const { count, order, kids, kidStart, expanded } = input;
  const stacked = new Uint8Array(count);
  const blockOf = new Int32Array(count).fill(-1);
  const blocks: Block[] = [];
  const acrossOf = new Float64Array(count); // scratch: a stacked node's offset across its block
  const height = subtreeHeights(count, input.parent, kids, kidStart);
  const small = (v: number) => (height[v] as number) < Math.max(1, input.stackDepth);

  for (const v of order) {
    if (stacked[v] || !expanded(v)) continue;
    const units: number[] = [];
    for (let k = kidStart[v] as number; k < (kidStart[v + 1] as number); k++)
      if (small(kids[k] as number)) units.push(kids[k] as number);
    if (units.length === 0 || units.length < input.stackMin) continue;
    blockOf[v] = blocks.length;
    blocks.push(layoutBlock(v, units, input, stacked, acrossOf));
  }
  return { stacked, blockOf, blocks };
}

/** Height of each node's subtree: 0 for a leaf. */
function subtreeHeights(
  count: number,
  parentOf: Int32Array,
  kids: Int32Array,
  kidStart: Int32Array,
): Int32Array {
  const height = new Int32Array(count);
  // Pre-order from the roots, then heights bottom-up in reverse.
  const order: number[] = [];
  const stack: number[] = [];
  for (let r = 0; r < count; r++) {
    if ((parentOf[r] as number) >= 0) continue;
    stack.push(r);
    while (stack.length > 0) {
      const v = stack.pop() as number;
      order.push(v);
      for (let k = kidStart[v] as number; k < (kidStart[v + 1] as number); k++) stack.push(kids[k] as number);
    }
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const v = order[i] as number;
    const p = parentOf[v] as number;
    if (p >= 0) height[p] = Math.max(height[p] as number, (height[v] as number) + 1);
  }
  return height;
}

/** Outlines each unit, then fills columns one after another to about equal length. */
function layoutBlock(
  owner: number,
  units: readonly number[],
  input: StackInput,
  stacked: Uint8Array,
  acrossOf: Float64Array,
): Block {
  const { kids, kidStart, expanded, depth, breadth, length, stackGap: gap, stackIndent: indent } = input;
  // Each unit as an outline: rows in pre-order, indented by relative depth.
  const outlines = units.map((u) => {
    const rows: number[] = [];
    const stack = [u];
    while (stack.length > 0) {
      const v = stack.pop() as number;
      rows.push(v);
      stacked[v] = 1;
      if (!expanded(v)) continue;
      for (let k = (kidStart[v + 1] as number) - 1; k >= (kidStart[v] as number); k--)
        stack.push(kids[k] as number);
    }
    let long = -gap;
    let broad = 0;
    for (const v of rows) {
      long += gap + (length[v] as number);
      broad = Math.max(
        broad,
        indent * ((depth[v] as number) - (depth[u] as number)) + (breadth[v] as number),
      );
    }
    return { rows, long, broad };
  });
  const boxes = outlines.reduce((sum, o) => sum + o.rows.length, 0);
  const columns = columnsFor(boxes, Math.max(1, input.stackRows), Math.max(1, input.stackColumns));
  const total = outlines.reduce((sum, o) => sum + o.long, 0) + gap * (outlines.length - 1);
  const target = total / columns;

  const block: Block = { owner, members: [], across: [], along: [], spine: [], breadth: 0, length: 0 };
  let left = 0;
  let widest = 0;
  let cursor = 0;
  let used = 1;
  for (const { rows, long, broad } of outlines) {
    if (cursor > 0 && cursor + long > target && used < columns) {
      left += indent + widest + input.siblingGap;
      widest = 0;
      cursor = 0;
      used++;
    }
    const unitLeft = left + indent;
    let along = cursor;
    for (const v of rows) {
      const rel = (depth[v] as number) - (depth[rows[0] as number] as number);
      const across = unitLeft + indent * rel;
      acrossOf[v] = across;
      block.members.push(v);
      block.across.push(across);
      block.along.push(along);
      block.spine.push(
        rel === 0 ? left + indent / 2 : (acrossOf[input.parent[v] as number] as number) + indent / 2,
      );
      along += (length[v] as number) + gap;
    }
    widest = Math.max(widest, broad);
    cursor += long + gap;
    block.length = Math.max(block.length, cursor - gap);
  }
  block.breadth = left + indent + widest;
  return block;
}
