/**
 * Finding rows by domain id, with not-found errors that name the kind and
 * the id, and fresh ids for new entities.
 */
import type { Database } from 'better-sqlite3';
import { CharterError } from '../app/errors';
import type { SubjectType } from '../app/model';
import type { AreaRow, AssetRow, LineRow, PersonRow, PolicyRow, RoleRow } from './rows';
import { all, get } from './statements';

interface Kinds {
  roles: RoleRow;
  people: PersonRow;
  responsibility_areas: AreaRow;
  policies: PolicyRow;
  assets: AssetRow;
}
type Kind = keyof Kinds;

const KIND_NAMES: Record<Kind, string> = {
  roles: 'role',
  people: 'person',
  responsibility_areas: 'responsibility area',
  policies: 'policy',
  assets: 'asset',
};

export const SUBJECT_TABLES: Record<SubjectType, 'policies' | 'assets' | 'responsibility_areas'> = {
  policy: 'policies',
  asset: 'assets',
  responsibility: 'responsibility_areas',
};

export function find<K extends Kind>(db: Database, table: K, id: string): Kinds[K] | undefined {
  return get<Kinds[K]>(db, `SELECT * FROM ${table} WHERE id = ?`, id);
}

export function mustFind<K extends Kind>(db: Database, table: K, id: string): Kinds[K] {
  const row = find(db, table, id);
  if (row === undefined)
    throw new CharterError('not_found', `There is no ${KIND_NAMES[table]} with the id "${id}".`, {
      kind: KIND_NAMES[table],
      id,
    });
  return row;
}

/** How a role is named in messages: its short name, else its title. */
export const roleLabel = (role: Pick<RoleRow, 'short_name' | 'title'>): string =>
  role.short_name !== '' ? role.short_name : role.title;

export function roleLabels(db: Database, ids: readonly string[]): string[] {
  return ids.map((id) => {
    const role = find(db, 'roles', id);
    return role === undefined ? id : roleLabel(role);
  });
}

/** The role's solid line to its manager, if it has one. */
export function solidLineOf(db: Database, roleId: string): LineRow | undefined {
  return get<LineRow>(db, "SELECT * FROM reporting_lines WHERE role_id = ? AND kind = 'solid'", roleId);
}

/** Every role's solid manager. */
export function solidManagers(db: Database): Map<string, string> {
  const rows = all<Pick<LineRow, 'role_id' | 'manager_role_id'>>(
    db,
    "SELECT role_id, manager_role_id FROM reporting_lines WHERE kind = 'solid'",
  );
  return new Map(rows.map((r) => [r.role_id, r.manager_role_id]));
}

/** A readable unused id such as `role-cfo` or `role-cfo-2`. */
export function newId(db: Database, table: Kind, prefix: string, label: string): string {
  const slug = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const base = `${prefix}-${slug === '' ? '1' : slug}`;
  let id = base;
  for (let n = 2; find(db, table, id) !== undefined; n++) id = `${base}-${n}`;
  return id;
}
