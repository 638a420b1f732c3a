/**
 * The model as a charter document: export in a stable order (the order
 * things were added), and the tracked writes that import one.
 */
import type { Database } from 'better-sqlite3';
import type { CharterDocument } from '../app/document';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION } from '../app/document';
import { CharterError } from '../app/errors';
import type {
  Asset,
  Assignment,
  Holder,
  Person,
  Policy,
  ReportingLine,
  ResponsibilityArea,
  Role,
} from '../app/model';
import type { MetaRow, PolicyAssetRow, TableName } from './rows';
import {
  fromArea,
  fromAsset,
  fromAssignment,
  fromHolder,
  fromLine,
  fromPerson,
  fromPolicy,
  fromRole,
} from './rows';
import { readGovernanceSettings } from './settings';
import { all, get } from './statements';
import type { Tracker } from './tracker';

export function modelName(db: Database): string {
  return get<MetaRow>(db, 'SELECT * FROM meta WHERE seq = 1')?.name ?? '';
}

/** Every policy's asset ids, in the order they were linked. */
export function assetIdsByPolicy(db: Database): Map<string, string[]> {
  const byPolicy = new Map<string, string[]>();
  for (const link of all<PolicyAssetRow>(db, 'SELECT * FROM policy_assets ORDER BY seq')) {
    const list = byPolicy.get(link.policy_id);
    if (list === undefined) byPolicy.set(link.policy_id, [link.asset_id]);
    else list.push(link.asset_id);
  }
  return byPolicy;
}

/*
 * The export reads rows straight into the document's shapes (columns
 * renamed in SQL, in the key order of rows.ts's converters) instead of
 * reading rows and converting each: a 100,000-assignment model makes one
 * object per row, not two.
 */
const ROLES = 'SELECT id, title, short_name AS shortName, function, description FROM roles ORDER BY seq';
const PEOPLE = 'SELECT id, name, email, external_id AS externalId FROM people ORDER BY seq';
const HOLDERS = 'SELECT role_id AS roleId, person_id AS personId, acting FROM role_holders ORDER BY seq';
const LINES =
  'SELECT role_id AS roleId, manager_role_id AS managerRoleId, kind FROM reporting_lines ORDER BY seq';
const AREAS = 'SELECT id, name, description FROM responsibility_areas ORDER BY seq';
const POLICIES = `SELECT id, code, title, category, status, version, approver_role_id AS approverRoleId,
  review_interval_months AS reviewIntervalMonths, last_reviewed_on AS lastReviewedOn, document_url AS documentUrl
  FROM policies ORDER BY seq`;
const ASSETS = 'SELECT id, name, type, criticality, classification, description FROM assets ORDER BY seq';
const ASSIGNMENTS =
  'SELECT subject_type AS subjectType, subject_id AS subjectId, role_id AS roleId, letter FROM assignments ORDER BY seq';

export function exportDocument(db: Database): CharterDocument {
  const assetIds = assetIdsByPolicy(db);
  const holders = all<Omit<Holder, 'acting'> & { acting: number | boolean }>(db, HOLDERS);
  for (const holder of holders) holder.acting = holder.acting === 1;
  const policies = all<Policy>(db, POLICIES);
  for (const policy of policies) policy.assetIds = assetIds.get(policy.id) ?? [];
  return {
    format: DOCUMENT_FORMAT,
    version: DOCUMENT_VERSION,
    name: modelName(db),
    roles: all<Role>(db, ROLES),
    people: all<Person>(db, PEOPLE),
    holders: holders as Holder[],
    reportingLines: all<ReportingLine>(db, LINES),
    responsibilityAreas: all<ResponsibilityArea>(db, AREAS),
    policies,
    assets: all<Asset>(db, ASSETS),
    assignments: all<Assignment>(db, ASSIGNMENTS),
    governance: readGovernanceSettings(db),
  };
}

/** Dependents first, so no foreign key is ever left dangling. */
const CLEAR_ORDER: readonly TableName[] = [
  'assignments',
  'policy_assets',
  'role_holders',
  'reporting_lines',
  'policies',
  'assets',
  'responsibility_areas',
  'people',
  'roles',
];

/**
 * Deletes every entity of the model (tracked, so undo brings it back).
 * `db` is the tracker's own connection, kept in the signature for callers.
 */
export function clearModel(_db: Database, t: Tracker): void {
  for (const table of CLEAR_ORDER) t.deleteAll(table);
}

const ID_TABLES = [
  ['roles', 'roles', 'role'],
  ['people', 'people', 'person'],
  ['responsibilityAreas', 'responsibility_areas', 'responsibility area'],
  ['policies', 'policies', 'policy'],
  ['assets', 'assets', 'asset'],
] as const;

/** Refuses a document that reuses an id the model already has, naming the first. */
export function refuseClashes(db: Database, doc: CharterDocument): void {
  for (const [key, table, kind] of ID_TABLES) {
    const items: ReadonlyArray<{ id: string }> = doc[key];
    for (const [i, item] of items.entries()) {
      if (get(db, `SELECT 1 FROM ${table} WHERE id = ?`, item.id) !== undefined)
        throw new CharterError(
          'conflict',
          `The document's ${key}[${i}] has the id "${item.id}", but this model already has a ${kind} with that id. Import it with "replace" to replace the model, or change the id.`,
          { path: `${key}[${i}].id`, id: item.id },
        );
    }
  }
}

/** Inserts every item of a checked document, parents before dependents. */
export function writeDocument(t: Tracker, doc: CharterDocument): void {
  t.insertAll('roles', doc.roles.map(fromRole));
  t.insertAll('people', doc.people.map(fromPerson));
  t.insertAll('role_holders', doc.holders.map(fromHolder));
  t.insertAll('reporting_lines', doc.reportingLines.map(fromLine));
  t.insertAll('responsibility_areas', doc.responsibilityAreas.map(fromArea));
  t.insertAll('assets', doc.assets.map(fromAsset));
  t.insertAll('policies', doc.policies.map(fromPolicy));
  t.insertAll(
    'policy_assets',
    doc.policies.flatMap((p) => p.assetIds.map((assetId) => ({ policy_id: p.id, asset_id: assetId }))),
  );
  t.insertAll('assignments', doc.assignments.map(fromAssignment));
}

/** Counts for an import's audit event (the rows themselves are in its changes). */
export function documentCounts(doc: CharterDocument): Record<string, number> {
  return {
    roles: doc.roles.length,
    people: doc.people.length,
    holders: doc.holders.length,
    reportingLines: doc.reportingLines.length,
    responsibilityAreas: doc.responsibilityAreas.length,
    policies: doc.policies.length,
    assets: doc.assets.length,
    assignments: doc.assignments.length,
  };
}
