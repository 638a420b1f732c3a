/**
 * Cutting a document down to the part an export covers: the whole chart,
 * or the subtree under one role.
 */
import type { CharterDocument } from '../document';
import { CharterError } from '../errors';
import { descendants } from '../reporting';

/** Each role's direct solid-line reports, in document order. */
export function solidReports(doc: CharterDocument): Map<string, string[]> {
  const reports = new Map<string, string[]>();
  for (const line of doc.reportingLines) {
    if (line.kind !== 'solid') continue;
    const list = reports.get(line.managerRoleId);
    if (list) list.push(line.roleId);
    else reports.set(line.managerRoleId, [line.roleId]);
  }
  return reports;
}

/**
 * The document restricted to `roleIds`: their lines (both ends kept),
 * holders and the people holding them, their RACI assignments, and the
 * policies, assets and responsibility areas those assignments name. A
 * policy's approver outside the set becomes `null` and its asset list keeps
 * only the assets included, so the result is again a valid document.
 */
export function restrictDocument(doc: CharterDocument, roleIds: ReadonlySet<string>): CharterDocument {
  const assignments = doc.assignments.filter((a) => roleIds.has(a.roleId));
  const named = { policy: new Set<string>(), asset: new Set<string>(), responsibility: new Set<string>() };
  for (const a of assignments) named[a.subjectType].add(a.subjectId);
  for (const p of doc.policies)
    if (p.approverRoleId !== null && roleIds.has(p.approverRoleId)) named.policy.add(p.id);
  const holders = doc.holders.filter((h) => roleIds.has(h.roleId));
  const people = new Set(holders.map((h) => h.personId));
  return {
    ...doc,
    roles: doc.roles.filter((r) => roleIds.has(r.id)),
    people: doc.people.filter((p) => people.has(p.id)),
    holders,
    reportingLines: doc.reportingLines.filter((l) => roleIds.has(l.roleId) && roleIds.has(l.managerRoleId)),
    responsibilityAreas: doc.responsibilityAreas.filter((a) => named.responsibility.has(a.id)),
    policies: doc.policies
      .filter((p) => named.policy.has(p.id))
      .map((p) => ({
        ...p,
        approverRoleId: p.approverRoleId !== null && roleIds.has(p.approverRoleId) ? p.approverRoleId : null,
        assetIds: p.assetIds.filter((id) => named.asset.has(id)),
      })),
    assets: doc.assets.filter((a) => named.asset.has(a.id)),
    assignments,
  };
}

/**
 * The subtree under `rootRoleId` (the role and everyone below it on solid
 * lines), or the whole document when `rootRoleId` is `null`.
 * @throws CharterError('not_found') when the role is not in the document.
 */
export function subsetDocument(doc: CharterDocument, rootRoleId: string | null): CharterDocument {
  if (rootRoleId === null) return doc;
  const root = doc.roles.find((r) => r.id === rootRoleId);
  if (!root) {
    throw new CharterError(
      'not_found',
      `There is no role with the id "${rootRoleId}" to export from. Check the id with the roles register.`,
      {
        roleId: rootRoleId,
      },
    );
  }
  const ids = new Set([rootRoleId, ...descendants(solidReports(doc), rootRoleId)]);
  return restrictDocument(doc, ids);
}
