/**
 * The solid-line tree of a chart as lookups: managers, reports, peers and
 * chains to the root. Pure, so keyboard navigation and highlighting are
 * tested without a browser.
 */
import type { ChartModel } from '../../app/views';

export interface Tree {
  managerOf: ReadonlyMap<string, string>;
  /** Reports of each manager, in the chart's role order. */
  reportsOf: ReadonlyMap<string, readonly string[]>;
  /** Top-level roles, in role order. */
  roots: readonly string[];
}

export function chartTree(chart: Pick<ChartModel, 'roles' | 'lines'>): Tree {
  const ids = new Set(chart.roles.map((r) => r.id));
  const managerOf = new Map<string, string>();
  for (const l of chart.lines)
    if (l.kind === 'solid' && ids.has(l.managerRoleId) && !managerOf.has(l.roleId))
      managerOf.set(l.roleId, l.managerRoleId);
  const reportsOf = new Map<string, string[]>();
  const roots: string[] = [];
  for (const r of chart.roles) {
    const m = managerOf.get(r.id);
    if (m === undefined) roots.push(r.id);
    else {
      const list = reportsOf.get(m) ?? [];
      list.push(r.id);
      reportsOf.set(m, list);
    }
  }
  return { managerOf, reportsOf, roots };
}

/** The role and its managers up to the root, nearest first; stops at a cycle. */
export function chainToRoot(tree: Tree, id: string): string[] {
  const chain = [id];
  const seen = new Set(chain);
  for (let m = tree.managerOf.get(id); m !== undefined && !seen.has(m); m = tree.managerOf.get(m)) {
    chain.push(m);
    seen.add(m);
  }
  return chain;
}

/** The role and everyone under it (solid lines), for counting what a collapse hides. */
export function subtreeSize(tree: Tree, id: string): number {
  let count = 0;
  const stack = [id];
  const seen = new Set<string>();
  while (stack.length > 0) {
    const at = stack.pop() as string;
    if (seen.has(at)) continue;
    seen.add(at);
    count++;
    for (const r of tree.reportsOf.get(at) ?? []) stack.push(r);
  }
  return count;
}

export type Step = 'manager' | 'report' | 'previous' | 'next';

/** The arrow keys' meaning when managers are above their reports (left of them for `right`). */
export function stepForKey(key: string, direction: 'down' | 'right'): Step | null {
  const down = direction === 'down';
  switch (key) {
    case 'ArrowUp':
      return down ? 'manager' : 'previous';
    case 'ArrowDown':
      return down ? 'report' : 'next';
    case 'ArrowLeft':
      return down ? 'previous' : 'manager';
    case 'ArrowRight':
      return down ? 'next' : 'report';
    default:
      return null;
  }
}

/**
 * Where a step leads from `id`: its manager, its first report (unless
 * `hidden` says its reports are collapsed), or the peer before or after it.
 * Null when there is nowhere to go.
 */
export function stepFrom(tree: Tree, id: string, step: Step, hidden?: ReadonlySet<string>): string | null {
  if (step === 'manager') return tree.managerOf.get(id) ?? null;
  if (step === 'report') return hidden?.has(id) ? null : (tree.reportsOf.get(id)?.[0] ?? null);
  const manager = tree.managerOf.get(id);
  const peers = manager === undefined ? tree.roots : (tree.reportsOf.get(manager) ?? []);
  const at = peers.indexOf(id);
  return peers[step === 'next' ? at + 1 : at - 1] ?? null;
}
