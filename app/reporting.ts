/**
 * Pure rules about reporting lines.
 */

/**
 * Would making `roleId` report (solid) to `managerId` close a cycle?
 * `managers` maps each role to its current solid manager. Returns the chain
 * `[roleId, managerId, ..., roleId]` when it would, otherwise `null`.
 * The map may or may not already hold the new line: the walk starts at the
 * manager and stops when it reaches the role either way.
 */
export function findSolidCycle(
  managers: ReadonlyMap<string, string>,
  roleId: string,
  managerId: string,
): string[] | null {
  const chain = [roleId];
  let current: string | undefined = managerId;
  const seen = new Set<string>();
  while (current !== undefined) {
    chain.push(current);
    if (current === roleId) return chain;
    if (seen.has(current)) return null; // a cycle elsewhere; not ours to report
    seen.add(current);
    current = managers.get(current);
  }
  return null;
}

/** Roles under `roleId` (not including it), following solid lines. */
export function descendants(
  reports: ReadonlyMap<string, readonly string[]>,
  roleId: string,
): string[] {
  const out: string[] = [];
  const stack = [...(reports.get(roleId) ?? [])];
  const seen = new Set<string>([roleId]);
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    for (const child of reports.get(id) ?? []) stack.push(child);
  }
  return out;
}
