/**
 * The model as the rules read it: lookups built once per evaluation so that
 * every rule runs in time linear in the size of the model.
 */
import type { CharterDocument } from '../document';
import type { Assignment, Holder, Policy, Role, SubjectType } from '../model';
import { raciSubjects } from './subjects';
import type { RaciSubject } from './subjects';

/**
 * What rules may ask of the model. {@link buildIndex} answers from maps;
 * the benchmark answers the same questions by scanning, to show the gain.
 */
export interface ModelIndex {
  readonly doc: CharterDocument;
  /** The day the model is checked on, `YYYY-MM-DD`. */
  readonly today: string;
  /** Every policy in force, asset and responsibility area (see {@link raciSubjects}). */
  readonly subjects: readonly RaciSubject[];
  role(id: string): Role | undefined;
  /** RACI assignments of one subject. */
  assignmentsOf(subjectType: SubjectType, subjectId: string): readonly Assignment[];
  holdersOfRole(roleId: string): readonly Holder[];
  /** The roles a person holds. */
  rolesOfPerson(personId: string): readonly Holder[];
  /** The role's solid-line manager, if any. */
  solidManager(roleId: string): string | undefined;
  /** Policies whose asset list includes the asset (any status). */
  policiesGoverning(assetId: string): readonly Policy[];
  /** Roles whose short name, trimmed and lower-cased, is `key`. */
  rolesByShortName(key: string): readonly Role[];
}

/** The key {@link ModelIndex.rolesByShortName} matches on. */
export function shortNameKey(shortName: string): string {
  return shortName.trim().toLowerCase();
}

const NONE: readonly never[] = Object.freeze([]);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of list) map.set(item.id, item);
  return map;
}

/** Indexes a document in one pass over each of its lists. */
export function buildIndex(doc: CharterDocument, today: string): ModelIndex {
  const roles = byId(doc.roles);
  const bySubject: Record<SubjectType, Map<string, Assignment[]>> = {
    policy: new Map(),
    asset: new Map(),
    responsibility: new Map(),
  };
  for (const a of doc.assignments) {
    push(bySubject[a.subjectType], a.subjectId, a);
  }
  const holdersByRole = new Map<string, Holder[]>();
  const holdersByPerson = new Map<string, Holder[]>();
  for (const h of doc.holders) {
    push(holdersByRole, h.roleId, h);
    push(holdersByPerson, h.personId, h);
  }
  const managers = new Map<string, string>();
  for (const line of doc.reportingLines)
    if (line.kind === 'solid') managers.set(line.roleId, line.managerRoleId);
  const governing = new Map<string, Policy[]>();
  for (const p of doc.policies) for (const assetId of p.assetIds) push(governing, assetId, p);
  const shortNames = new Map<string, Role[]>();
  for (const r of doc.roles) push(shortNames, shortNameKey(r.shortName), r);

  return {
    doc,
    today,
    subjects: raciSubjects(doc),
    role: (id) => roles.get(id),
    assignmentsOf: (type, id) => bySubject[type].get(id) ?? NONE,
    holdersOfRole: (id) => holdersByRole.get(id) ?? NONE,
    rolesOfPerson: (id) => holdersByPerson.get(id) ?? NONE,
    solidManager: (id) => managers.get(id),
    policiesGoverning: (id) => governing.get(id) ?? NONE,
    rolesByShortName: (key) => shortNames.get(key) ?? NONE,
  };
}
