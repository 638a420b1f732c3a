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
  /** Ids of the roles Accountable (A) for one subject, in assignment order. */
  accountableOf(subjectType: SubjectType, subjectId: string): readonly string[];
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

/** A value computed on first use, so that rules switched off cost nothing. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

type BySubject<T> = Record<SubjectType, Map<string, T[]>>;
const bySubject = <T>(): BySubject<T> => ({ policy: new Map(), asset: new Map(), responsibility: new Map() });

/**
 * Indexes a document: each lookup is built on first use, in one pass over
 * the list it comes from, and then answers in constant time.
 */
export function buildIndex(doc: CharterDocument, today: string): ModelIndex {
  const roles = lazy(() => byId(doc.roles));
  const raci = lazy(() => {
    const all = bySubject<Assignment>();
    const accountable = bySubject<string>();
    for (const a of doc.assignments) {
      push(all[a.subjectType], a.subjectId, a);
      if (a.letter === 'A') push(accountable[a.subjectType], a.subjectId, a.roleId);
    }
    return { all, accountable };
  });
  const holders = lazy(() => {
    const byRole = new Map<string, Holder[]>();
    const byPerson = new Map<string, Holder[]>();
    for (const h of doc.holders) {
      push(byRole, h.roleId, h);
      push(byPerson, h.personId, h);
    }
    return { byRole, byPerson };
  });
  const managers = lazy(() => {
    const map = new Map<string, string>();
    for (const line of doc.reportingLines)
      if (line.kind === 'solid') map.set(line.roleId, line.managerRoleId);
    return map;
  });
  const governing = lazy(() => {
    const map = new Map<string, Policy[]>();
    for (const p of doc.policies) for (const assetId of p.assetIds) push(map, assetId, p);
    return map;
  });
  const shortNames = lazy(() => {
    const map = new Map<string, Role[]>();
    for (const r of doc.roles) push(map, shortNameKey(r.shortName), r);
    return map;
  });

  return {
    doc,
    today,
    subjects: raciSubjects(doc),
    role: (id) => roles().get(id),
    assignmentsOf: (type, id) => raci().all[type].get(id) ?? NONE,
    accountableOf: (type, id) => raci().accountable[type].get(id) ?? NONE,
    holdersOfRole: (id) => holders().byRole.get(id) ?? NONE,
    rolesOfPerson: (id) => holders().byPerson.get(id) ?? NONE,
    solidManager: (id) => managers().get(id),
    policiesGoverning: (id) => governing().get(id) ?? NONE,
    rolesByShortName: (key) => shortNames().get(key) ?? NONE,
  };
}
