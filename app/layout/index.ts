/**
 * Org-chart layout: a pure function from the solid-line forest to node
 * positions. Dotted lines never change the layout.
 */

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

export interface LayoutOptions {
  /** `down`: managers above reports; `right`: managers left of reports. */
  direction: 'down' | 'right';
  /** Gap between siblings. */
  siblingGap: number;
  /** Gap between a manager and its reports. */
  levelGap: number;
  /** Roles whose reports are hidden. */
  collapsed?: ReadonlySet<string>;
}

export const DEFAULT_LAYOUT: LayoutOptions = { direction: 'down', siblingGap: 32, levelGap: 72 };

/** A laid-out node; `x`, `y` is its top-left corner. */
export interface Placed {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  depth: number;
}

export interface Layout {
  /** In the order of the input nodes, without the hidden ones. */
  nodes: Placed[];
  width: number;
  height: number;
}

/**
 * Lays out a forest. `managerOf` maps a role to its solid-line manager;
 * roots (no manager, or a manager not among `nodes`) sit side by side in
 * input order. Reports keep their input order.
 */
export function layoutForest(
  nodes: readonly LayoutNode[],
  managerOf: ReadonlyMap<string, string>,
  options: LayoutOptions = DEFAULT_LAYOUT,
): Layout {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const n of nodes) {
    const m = managerOf.get(n.id);
    if (m !== undefined && byId.has(m)) {
      const list = children.get(m);
      if (list) list.push(n.id);
      else children.set(m, [n.id]);
    } else roots.push(n.id);
  }
  const down = options.direction === 'down';
  const breadth = (n: LayoutNode) => (down ? n.width : n.height);
  const length = (n: LayoutNode) => (down ? n.height : n.width);

  // Each level's offset along the main axis is the sum of the tallest node per level.
  const placed = new Map<string, { across: number; depth: number }>();
  const levelSize: number[] = [];
  let cursor = 0;
  // Iterative post-order: leaves take the next slot, managers centre over their reports.
  for (const root of roots) {
    const stack: { id: string; depth: number; done: boolean }[] = [{ id: root, depth: 0, done: false }];
    while (stack.length > 0) {
      const top = stack.pop() as { id: string; depth: number; done: boolean };
      const node = byId.get(top.id) as LayoutNode;
      levelSize[top.depth] = Math.max(levelSize[top.depth] ?? 0, length(node));
      const kids = options.collapsed?.has(top.id) ? [] : (children.get(top.id) ?? []);
      if (!top.done && kids.length > 0) {
        stack.push({ ...top, done: true });
        for (let i = kids.length - 1; i >= 0; i--) stack.push({ id: kids[i] as string, depth: top.depth + 1, done: false });
        continue;
      }
      if (kids.length === 0) {
        placed.set(top.id, { across: cursor, depth: top.depth });
        cursor += breadth(node) + options.siblingGap;
      } else {
        const first = placed.get(kids[0] as string) as { across: number };
        const lastId = kids[kids.length - 1] as string;
        const last = placed.get(lastId) as { across: number };
        const lastNode = byId.get(lastId) as LayoutNode;
        const centre = (first.across + last.across + breadth(lastNode)) / 2;
        placed.set(top.id, { across: centre - breadth(node) / 2, depth: top.depth });
      }
    }
  }
  const levelStart: number[] = [];
  let offset = 0;
  for (let d = 0; d < levelSize.length; d++) {
    levelStart[d] = offset;
    offset += (levelSize[d] ?? 0) + options.levelGap;
  }
  let minAcross = 0;
  for (const p of placed.values()) minAcross = Math.min(minAcross, p.across);
  const out: Placed[] = [];
  let width = 0;
  let height = 0;
  for (const n of nodes) {
    const p = placed.get(n.id);
    if (!p) continue;
    const across = p.across - minAcross;
    const along = levelStart[p.depth] ?? 0;
    const x = down ? across : along;
    const y = down ? along : across;
    out.push({ id: n.id, x, y, width: n.width, height: n.height, depth: p.depth });
    width = Math.max(width, x + n.width);
    height = Math.max(height, y + n.height);
  }
  return { nodes: out, width, height };
}
