/**
 * How findings name things: subjects, roles and lists of roles, in the
 * words a person reading the Findings panel or a CI log would use.
 */
import type { CharterDocument } from '../document';
import type { Policy, ReportingLine, Role, SubjectType } from '../model';

/** `ISP-001 Information Security Policy`, or the title alone when there is no code. */
export function policyName(policy: Policy): string {
  return policy.code === '' ? policy.title : `${policy.code} ${policy.title}`;
}

/** A role in a list: its short name, or its title when it has none. */
export function roleLabel(role: Role | undefined, id: string): string {
  if (!role) return id;
  return role.shortName === '' ? role.title : role.shortName;
}

/** A role on its own: `"Chief Information Officer" (CIO)`. */
export function roleQuoted(role: Role | undefined, id: string): string {
  if (!role) return `"${id}"`;
  return role.shortName === '' ? `"${role.title}"` : `"${role.title}" (${role.shortName})`;
}

/** `CIO`, `CIO and CISO`, `CEO, CIO and CISO`; long lists end `and 7 more`. */
export function joinNames(names: readonly string[], max = 5): string {
  if (names.length > max) {
    const shown = names.slice(0, max - 1);
    return `${shown.join(', ')} and ${(names.length - shown.length).toLocaleString('en-US')} more`;
  }
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] as string}`;
}

/** The noun for a RACI subject: `policy`, `asset`, `responsibility area`. */
export function subjectNoun(type: SubjectType): string {
  return type === 'responsibility' ? 'responsibility area' : type;
}

/** The subject id of a reporting line: `roleId>managerRoleId` (`>` never occurs in ids). */
export function lineSubjectId(line: Pick<ReportingLine, 'roleId' | 'managerRoleId'>): string {
  return `${line.roleId}>${line.managerRoleId}`;
}

/** A subject of RACI assignments, with what rules need to name it. */
export interface RaciSubject {
  type: SubjectType;
  id: string;
  name: string;
}

/**
 * Every policy, asset and responsibility area, in document order. Retired
 * policies are left out: no rule judges a policy that is no longer in force.
 */
export function raciSubjects(doc: CharterDocument): RaciSubject[] {
  const out: RaciSubject[] = [];
  for (const p of doc.policies)
    if (p.status !== 'retired') out.push({ type: 'policy', id: p.id, name: policyName(p) });
  for (const a of doc.assets) out.push({ type: 'asset', id: a.id, name: a.name });
  for (const r of doc.responsibilityAreas) out.push({ type: 'responsibility', id: r.id, name: r.name });
  return out;
}
