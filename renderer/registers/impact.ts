/**
 * What deleting register entries takes with it, said in one sentence
 * before the person confirms ("removes it from 2 policies and removes
 * 3 RACI assignments"). Mirrors what the db's delete commands remove.
 */
import type { Assignment, SubjectType } from '../../app/model';
import type { RegisterData } from './data';

export type RegisterKind = SubjectType | 'person';

export const KIND_NOUNS: Record<RegisterKind, [string, string]> = {
  policy: ['policy', 'policies'],
  asset: ['asset', 'assets'],
  responsibility: ['responsibility area', 'responsibility areas'],
  person: ['person', 'people'],
};

/** `1 policy`, `3 policies`. */
export function count(n: number, [one, many]: readonly [string, string]): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

function assignmentsOf(
  assignments: readonly Assignment[],
  kind: SubjectType,
  ids: ReadonlySet<string>,
): number {
  let n = 0;
  for (const a of assignments) if (a.subjectType === kind && ids.has(a.subjectId)) n++;
  return n;
}

/** The consequences of deleting `ids` of `kind`, as clauses joined into one sentence. */
export function deletionImpact(kind: RegisterKind, ids: readonly string[], data: RegisterData): string {
  const set = new Set(ids);
  const subject =
    ids.length === 1 ? `this ${KIND_NOUNS[kind][0]}` : `these ${count(ids.length, KIND_NOUNS[kind])}`;
  const it = ids.length === 1 && kind !== 'person' ? 'it' : 'them';
  const clauses: string[] = [];
  const raci = kind === 'person' ? 0 : assignmentsOf(data.assignments, kind, set);
  if (kind === 'policy') {
    const links = data.policies.filter((p) => set.has(p.id)).reduce((n, p) => n + p.assetIds.length, 0);
    if (links > 0) clauses.push(`unlinks ${count(links, ['governed asset', 'governed assets'])}`);
  } else if (kind === 'asset') {
    const links = data.assets.filter((a) => set.has(a.id)).reduce((n, a) => n + a.policyIds.length, 0);
    if (links > 0) clauses.push(`removes ${it} from ${count(links, KIND_NOUNS.policy)}`);
  } else if (kind === 'person') {
    const held = data.people.filter((p) => set.has(p.id)).reduce((n, p) => n + p.roles.length, 0);
    if (held > 0)
      clauses.push(
        `takes ${it} out of ${count(held, ['role', 'roles'])} (the roles stay, vacant if nobody else holds them)`,
      );
  }
  if (raci > 0) clauses.push(`removes ${count(raci, ['RACI assignment', 'RACI assignments'])}`);
  const verb = `Deleting ${subject}`;
  if (clauses.length === 0) return `${verb} affects nothing else.`;
  const last = clauses.pop() as string;
  return `${verb} ${clauses.length > 0 ? `${clauses.join(', ')} and ${last}` : last}.`;
}
