/**
 * Writes an HR import into an open model: one transaction, one audit
 * event, undoable like any command. The plan is computed inside the same
 * transaction against the model as it is, so what is checked (unknown
 * managers, cycles through existing roles) is exactly what is written.
 *
 * Re-importing updates people by external id (their name and email, their
 * role's title, function and solid manager) instead of adding them again.
 */
import type { Database } from 'better-sqlite3';
import { CharterError } from '../app/errors';
import type { ImportApplyInput, ImportPreviewInput, ImportResult } from '../app/import/contract-types';
import { count } from '../app/import/limits';
import { type ExistingModel, type ImportPlan, planImport } from '../app/import/plan';
import { type ImportPreview, summarizePlan } from '../app/import/summary';
import type { ImportTable } from '../app/import/table';
import { type Context, write } from './context';
import { appendEvent, recordUndoable } from './history';
import type { LineRow, PersonRow, RoleRow, TableName } from './rows';
import { all, BULK_CACHE_MIB, withForeignKeysCheckedInCode, withPageCache } from './statements';
import { Tracker, type Value } from './tracker';

export interface HrImportInput {
  /** Names the file in messages and in the audit log. */
  source: string;
  table: ImportTable;
  /** Field name -> column header, overriding detection. */
  mapping?: Readonly<Record<string, string>>;
  /** Write the valid rows even when other rows have errors. */
  acceptValid?: boolean;
}

/** Rows written so far, of all rows to write. */
export type Progress = (done: number, total: number) => void;

export interface HrImportOutcome {
  plan: ImportPlan;
  /** The audit event of the write. */
  eventId: number;
}

interface ModelState {
  existing: ExistingModel;
  people: Map<string, PersonRow>;
  roles: Map<string, RoleRow>;
  solid: Map<string, LineRow>;
  personIds: Set<string>;
}

/** What the plan needs to know about the model, and the rows the write updates. */
function readState(db: Database): ModelState {
  const roles = new Map(all<RoleRow>(db, 'SELECT * FROM roles').map((r) => [r.id, r]));
  const solid = new Map(
    all<LineRow>(db, "SELECT * FROM reporting_lines WHERE kind = 'solid'").map((l) => [l.role_id, l]),
  );
  const people = new Map<string, PersonRow>();
  const personIds = new Set<string>();
  const byExternalId = new Map<string, { personId: string; roleId: string | null }>();
  const rows = all<PersonRow & { role_id: string | null }>(
    db,
    `SELECT p.*, (SELECT h.role_id FROM role_holders h WHERE h.person_id = p.id ORDER BY h.acting, h.seq LIMIT 1) AS role_id
     FROM people p ORDER BY p.seq`,
  );
  for (const { role_id, ...person } of rows) {
    personIds.add(person.id);
    if (person.external_id === '' || byExternalId.has(person.external_id)) continue;
    people.set(person.id, person);
    byExternalId.set(person.external_id, { personId: person.id, roleId: role_id });
  }
  const managers = new Map([...solid.values()].map((l) => [l.role_id, l.manager_role_id]));
  const titles = new Map([...roles.values()].map((r) => [r.id, r.short_name || r.title]));
  return { existing: { byExternalId, managers, titles }, people, roles, solid, personIds };
}

/** Computes what importing `input` would do, writing nothing. */
export function previewHrImport(ctx: Context, input: Omit<HrImportInput, 'acceptValid'>): ImportPlan {
  return planImport(input.table, {
    source: input.source,
    ...(input.mapping === undefined ? {} : { mapping: input.mapping }),
    existing: readState(ctx.db).existing,
  });
}

const PLAIN_ID = /^[A-Za-z0-9_.:-]{1,40}$/;

/** `person-hr-e1024`, unique among `taken` (which it joins), always a valid id. */
function freshId(prefix: string, employeeId: string, taken: Set<string>): string {
  const slug = PLAIN_ID.test(employeeId)
    ? employeeId.toLowerCase()
    : employeeId
        .toLowerCase()
        .replace(/[^a-z0-9_.:-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40);
  const base = `${prefix}-${slug === '' ? 'x' : slug}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Refuses a plan with bad rows unless the valid ones were accepted. */
function refuseUnlessAccepted(plan: ImportPlan, acceptValid: boolean): void {
  if (plan.total === 0)
    throw new CharterError('invalid_input', `"${plan.source}" has no data rows to import.`);
  const noun = plan.rowNoun;
  if (plan.invalidRows > 0 && !acceptValid)
    throw new CharterError(
      'invalid_input',
      `${count(plan.invalidRows)} of ${count(plan.total)} ${noun}s in "${plan.source}" cannot be imported, so nothing was written. Fix them, or import only the ${count(plan.valid.length)} valid ${noun}s (--accept-valid).`,
      { invalidRows: plan.invalidRows, total: plan.total, errors: plan.errors.slice(0, 20) },
    );
  if (plan.valid.length === 0)
    throw new CharterError(
      'invalid_input',
      `None of the ${count(plan.total)} ${noun}s in "${plan.source}" can be imported; nothing was written.`,
    );
}

/**
 * Imports HR rows in one transaction. Without `acceptValid`, any bad row
 * makes the whole import fail and nothing is written.
 * @throws CharterError('invalid_input') when rows are refused; the model is unchanged.
 */
export function applyHrImport(ctx: Context, input: HrImportInput, onProgress?: Progress): HrImportOutcome {
  return withPageCache(ctx.db, BULK_CACHE_MIB, () =>
    withForeignKeysCheckedInCode(ctx.db, () => writeImport(ctx, input, onProgress)),
  );
}

function writeImport(ctx: Context, input: HrImportInput, onProgress?: Progress): HrImportOutcome {
  return write(ctx, () => {
    const state = readState(ctx.db);
    const plan = planImport(input.table, {
      source: input.source,
      ...(input.mapping === undefined ? {} : { mapping: input.mapping }),
      existing: state.existing,
    });
    refuseUnlessAccepted(plan, input.acceptValid === true);
    const tracker = new Tracker(ctx.db);
    const { roleOf, roleIds } = writePeopleAndRoles(tracker, plan, state, onProgress);
    writeLines(tracker, plan, roleOf, roleIds, state);
    onProgress?.(plan.valid.length, plan.valid.length);
    const summary = `Imported "${plan.source}": ${count(plan.creates)} people added, ${count(plan.updates)} updated${plan.invalidRows > 0 ? `, ${count(plan.invalidRows)} ${plan.rowNoun}s skipped` : ''}`;
    const eventId = appendEvent(ctx, {
      command: 'import.apply',
      entityType: 'model',
      entityId: null,
      summary,
      before: null,
      after: { source: plan.source, added: plan.creates, updated: plan.updates, skipped: plan.invalidRows },
      reverts: null,
      changes: tracker.changes,
    });
    if (tracker.changes.length > 0) recordUndoable(ctx.db, eventId);
    return { plan, eventId };
  });
}

/** Rows written per statement, and how often progress is reported. */
const CHUNK = 2000;

/** Rows for {@link Tracker.insertMany}: `[seq, ...values]`, seqs counted up from the table's next. */
class BulkRows {
  readonly rows: Value[][] = [];
  private seq: number;

  constructor(
    private readonly t: Tracker,
    private readonly table: TableName,
  ) {
    this.seq = t.nextSeq(table);
  }

  add(...values: Value[]): void {
    this.rows.push([this.seq++, ...values]);
  }

  /** Writes the rows added since the last flush. */
  flush(): void {
    this.t.insertMany(this.table, this.rows.splice(0));
  }
}

/**
 * The import writes with SQLite's foreign-key enforcement off
 * ({@link withForeignKeysCheckedInCode}), so every reference it writes is
 * checked here first, against every id the model has (read in the same
 * transaction) plus the ids the import adds. A failure is a bug: it
 * throws, and the transaction writes nothing.
 */
function mustExist(ids: ReadonlySet<string>, id: string, table: TableName): string {
  if (!ids.has(id)) throw new Error(`HR import: no ${table} row has id "${id}"; nothing was written.`);
  return id;
}

/**
 * Creates or updates each row's person, role and holding; returns
 * employee id -> role id, and the ids of every role in the model. A value whose column the file does not have
 * (email, department) is left as the model has it. New rows are written
 * a chunk at a time (people, then roles, then holders), as bulk changes.
 */
function writePeopleAndRoles(
  t: Tracker,
  { valid: rows, columns }: ImportPlan,
  state: ModelState,
  onProgress: Progress | undefined,
): { roleOf: Map<string, string>; roleIds: Set<string> } {
  const people = new BulkRows(t, 'people');
  const roles = new BulkRows(t, 'roles');
  const holders = new BulkRows(t, 'role_holders');
  const roleIds = new Set(state.roles.keys());
  const roleOf = new Map<string, string>();
  for (let start = 0; start < rows.length; start += CHUNK) {
    onProgress?.(start, rows.length);
    for (const r of rows.slice(start, start + CHUNK)) {
      let personId = r.personId;
      if (personId === null) {
        personId = freshId('person-hr', r.employeeId, state.personIds);
        people.add(personId, r.name, r.email, r.employeeId);
      } else {
        const person = state.people.get(personId) as PersonRow;
        const email = columns.email === undefined ? person.email : r.email;
        if (person.name !== r.name || person.email !== email)
          t.update('people', person.seq, { name: r.name, email });
      }
      let roleId = r.roleId;
      if (roleId === null) {
        roleId = freshId('role-hr', r.employeeId, roleIds);
        roles.add(roleId, r.title, '', r.department, '');
        holders.add(mustExist(roleIds, roleId, 'roles'), mustExist(state.personIds, personId, 'people'), 0);
      } else {
        const role = state.roles.get(roleId) as RoleRow;
        const department = columns.department === undefined ? role.function : r.department;
        if (role.title !== r.title || role.function !== department)
          t.update('roles', role.seq, { title: r.title, function: department });
      }
      roleOf.set(r.employeeId, roleId);
    }
    people.flush();
    roles.flush();
    holders.flush();
  }
  return { roleOf, roleIds };
}

/**
 * Sets each row's solid line to its manager's role (or removes it for a
 * top-level row). A file without a manager column leaves existing lines alone.
 */
function writeLines(
  t: Tracker,
  { valid: rows, columns }: ImportPlan,
  roleOf: Map<string, string>,
  roleIds: ReadonlySet<string>,
  state: ModelState,
): void {
  const lines = new BulkRows(t, 'reporting_lines');
  for (const r of rows) {
    if (columns.managerId === undefined && r.roleId !== null) continue;
    const roleId = mustExist(roleIds, roleOf.get(r.employeeId) as string, 'roles');
    const manager =
      r.manager.kind === 'row'
        ? (roleOf.get(r.manager.employeeId) as string)
        : r.manager.kind === 'existing'
          ? r.manager.roleId
          : null;
    if (manager !== null) mustExist(roleIds, manager, 'roles');
    const line = r.roleId === null ? undefined : state.solid.get(roleId);
    if (line === undefined) {
      if (manager !== null) lines.add(roleId, manager, 'solid');
    } else if (manager === null) t.delete('reporting_lines', line.seq);
    else if (line.manager_role_id !== manager)
      t.update('reporting_lines', line.seq, { manager_role_id: manager });
  }
  lines.flush();
}

/** The `import.preview` endpoint. */
export function importPreview(ctx: Context, input: ImportPreviewInput): ImportPreview {
  return summarizePlan(previewHrImport(ctx, input));
}

/** The `import.apply` endpoint. */
export function importApply(ctx: Context, input: ImportApplyInput): ImportResult {
  const { plan, eventId } = applyHrImport(ctx, input);
  return { ...summarizePlan(plan), eventId, written: plan.valid.length };
}
