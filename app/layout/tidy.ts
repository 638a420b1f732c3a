/**
 * The tidy-tree core: A. van der Ploeg, "Drawing non-layered tidy trees in
 * linear time" (Software: Practice and Experience, 2014), which extends
 * Walker's algorithm as made linear by Buchheim, Jünger and Leipert to
 * nodes of any width and height. Written without recursion (explicit
 * pre-order arrays) so that a 50,000-deep chain cannot overflow the stack,
 * and on typed arrays indexed by node number for speed.
 *
 * Coordinates here are abstract: `x` runs across the tree (siblings side by
 * side), `y` along it (from a node towards its children). Spacing is the
 * caller's: it pads `w` and `h`, and two nodes whose vertical extents
 * `[y, y + h)` overlap never get overlapping `[x, x + w)`.
 */

/** The input: a forest of `count` nodes in compressed child lists. */
export interface TidyForest {
  count: number;
  /** Padded width (across) of each node. */
  w: Float64Array;
  /** Top (along) of each node, fixed by the caller. */
  y: Float64Array;
  /** Padded height (along) of each node. */
  h: Float64Array;
  /** Node `v`'s children are `children[childStart[v] .. childStart[v] + childCount[v])`, left to right. */
  childStart: Int32Array;
  childCount: Int32Array;
  children: Int32Array;
  /** One tree per root, laid out independently. */
  roots: readonly number[];
}

/** Siblings' lowest y and index, newest first (the paper's `IYL`). */
interface Iyl {
  lowY: number;
  index: number;
  next: Iyl | null;
}

/**
 * Lays out each tree of the forest; returns the left `x` of every node,
 * each tree with its root's left edge at 0. Nodes not reachable from a root
 * keep `x = 0`.
 */
export function tidyX(f: TidyForest): Float64Array {
  const { count, w, y, h, childStart, childCount, children } = f;
  const prelim = new Float64Array(count);
  const mod = new Float64Array(count);
  const shift = new Float64Array(count);
  const change = new Float64Array(count);
  const msel = new Float64Array(count);
  const mser = new Float64Array(count);
  const tl = new Int32Array(count).fill(-1);
  const tr = new Int32Array(count).fill(-1);
  const el = new Int32Array(count);
  const er = new Int32Array(count);
  const x = new Float64Array(count);

  const bottom = (v: number) => (y[v] as number) + (h[v] as number);
  const child = (v: number, i: number) => children[(childStart[v] as number) + i] as number;
  const cs = (v: number) => childCount[v] as number;
  const nextLeft = (v: number) => (cs(v) === 0 ? (tl[v] as number) : child(v, 0));
  const nextRight = (v: number) => (cs(v) === 0 ? (tr[v] as number) : child(v, cs(v) - 1));

  const moveSubtree = (t: number, i: number, si: number, dist: number) => {
    const c = child(t, i);
    mod[c] = (mod[c] as number) + dist;
    msel[c] = (msel[c] as number) + dist;
    mser[c] = (mser[c] as number) + dist;
    // Spread the move over the siblings in between (Walker's "apportion").
    if (si !== i - 1) {
      const nr = i - si;
      const first = child(t, si + 1);
      shift[first] = (shift[first] as number) + dist / nr;
      shift[c] = (shift[c] as number) - dist / nr;
      change[c] = (change[c] as number) - (dist - dist / nr);
    }
  };

  const setLeftThread = (t: number, i: number, cl: number, modsumcl: number) => {
    const first = child(t, 0);
    const li = el[first] as number;
    tl[li] = cl;
    const diff = modsumcl - (mod[cl] as number) - (msel[first] as number);
    mod[li] = (mod[li] as number) + diff;
    prelim[li] = (prelim[li] as number) - diff;
    const ci = child(t, i);
    el[first] = el[ci] as number;
    msel[first] = msel[ci] as number;
  };

  const setRightThread = (t: number, i: number, sr: number, modsumsr: number) => {
    const ci = child(t, i);
    const ri = er[ci] as number;
    tr[ri] = sr;
    const diff = modsumsr - (mod[sr] as number) - (mser[ci] as number);
    mod[ri] = (mod[ri] as number) + diff;
    prelim[ri] = (prelim[ri] as number) - diff;
    const prev = child(t, i - 1);
    er[ci] = er[prev] as number;
    mser[ci] = mser[prev] as number;
  };

  const separate = (t: number, i: number, start: Iyl) => {
    let ih = start;
    let sr = child(t, i - 1);
    let mssr = mod[sr] as number;
    let cl = child(t, i);
    let mscl = mod[cl] as number;
    while (sr >= 0 && cl >= 0) {
      while (ih.next !== null && bottom(sr) > ih.lowY) ih = ih.next;
      const dist = mssr + (prelim[sr] as number) + (w[sr] as number) - (mscl + (prelim[cl] as number));
      if (dist > 0) {
        mscl += dist;
        moveSubtree(t, i, ih.index, dist);
      }
      const sy = bottom(sr);
      const cy = bottom(cl);
      if (sy <= cy) {
        sr = nextRight(sr);
        if (sr >= 0) mssr += mod[sr] as number;
      }
      if (sy >= cy) {
        cl = nextLeft(cl);
        if (cl >= 0) mscl += mod[cl] as number;
      }
    }
    if (sr < 0 && cl >= 0) setLeftThread(t, i, cl, mscl);
    else if (sr >= 0 && cl < 0) setRightThread(t, i, sr, mssr);
  };

  const firstWalk = (t: number) => {
    const n = cs(t);
    if (n === 0) {
      el[t] = t;
      er[t] = t;
      msel[t] = 0;
      mser[t] = 0;
      return;
    }
    const first = child(t, 0);
    let ih: Iyl = { lowY: bottom(el[first] as number), index: 0, next: null };
    for (let i = 1; i < n; i++) {
      const ci = child(t, i);
      const minY = bottom(er[ci] as number);
      separate(t, i, ih);
      let rest: Iyl | null = ih;
      while (rest !== null && minY >= rest.lowY) rest = rest.next;
      ih = { lowY: minY, index: i, next: rest };
    }
    const last = child(t, n - 1);
    prelim[t] =
      ((prelim[first] as number) +
        (mod[first] as number) +
        (mod[last] as number) +
        (prelim[last] as number) +
        (w[last] as number)) /
        2 -
      (w[t] as number) / 2;
    el[t] = el[first] as number;
    msel[t] = msel[first] as number;
    er[t] = er[last] as number;
    mser[t] = mser[last] as number;
  };

  const order = new Int32Array(count);
  // Sum of the ancestors' modifiers, filled in top-down by the second walk.
  const above = new Float64Array(count);
  const stack: number[] = [];
  for (const root of f.roots) {
    // Pre-order of this tree: every node before its descendants.
    let size = 0;
    stack.push(root);
    while (stack.length > 0) {
      const v = stack.pop() as number;
      order[size++] = v;
      for (let i = cs(v) - 1; i >= 0; i--) stack.push(child(v, i));
    }
    // First walk bottom-up: reverse pre-order visits a node after all of its descendants.
    for (let k = size - 1; k >= 0; k--) firstWalk(order[k] as number);
    // Second walk top-down: absolute x, and the shifts spread over siblings become modifiers.
    mod[root] = (mod[root] as number) - (prelim[root] as number);
    for (let k = 0; k < size; k++) {
      const v = order[k] as number;
      const sum = (above[v] as number) + (mod[v] as number);
      x[v] = (prelim[v] as number) + sum;
      let d = 0;
      let delta = 0;
      for (let i = 0; i < cs(v); i++) {
        const c = child(v, i);
        d += shift[c] as number;
        delta += d + (change[c] as number);
        mod[c] = (mod[c] as number) + delta;
        above[c] = sum;
      }
    }
  }
  return x;
}
