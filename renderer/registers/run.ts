import type { InputOf, Name, ResultOf } from '../../app/contract';
import type { RaciLetter, SubjectType } from '../../app/model';
import type { ChartRole } from '../../app/views';
import type { RegisterData } from './data';

/** Runs a command through the shell (which reports failures and refreshes); null when it failed. */
export type Run = <N extends Name>(name: N, input: InputOf<N>) => Promise<ResultOf<N> | null>;

/** `policy:pol-1`: one key per RACI subject. */
export const subjectKey = (type: SubjectType, id: string) => `${type}:${id}`;

/** Role titles by subject and letter, for the "Owner" columns. */
export function lettersBySubject(
  data: RegisterData,
  roles: readonly ChartRole[],
): Map<string, Partial<Record<RaciLetter, string[]>>> {
  const names = new Map(roles.map((r) => [r.id, r.shortName !== '' ? r.shortName : r.title]));
  const out = new Map<string, Partial<Record<RaciLetter, string[]>>>();
  for (const a of data.assignments) {
    const key = subjectKey(a.subjectType, a.subjectId);
    const entry = out.get(key) ?? {};
    (entry[a.letter] ??= []).push(names.get(a.roleId) ?? a.roleId);
    out.set(key, entry);
  }
  return out;
}

/** A role as a short label: its short name when it has one. */
export function roleName(role: Pick<ChartRole, 'title' | 'shortName'>): string {
  return role.shortName !== '' ? `${role.title} (${role.shortName})` : role.title;
}
