/**
 * Writes an HR import into an open model: one transaction, one audit
 * event, undoable like any command. The plan is computed inside the same
 * transaction against the model as it is, so what is checked (unknown
 * managers, cycles through existing roles) is exactly what is written.
 *
 * Re-importing updates people by external id (their name and email, their
 * role's title, function and solid manager) instead of adding them again.
 */
import type { Database, Statement } from 'better-sqlite3';
import { CharterError } from '../app/errors';
import type { ImportApplyInput, ImportPreviewInput, ImportResult } from '../app/import/contract-types';
import { count } from '../app/import/limits';
import { type ExistingModel, type ImportPlan, type PlannedRow, planImport } from '../app/import/plan';
import { type ImportPreview, summarizePlan } from '../app/import/summary';
import type { ImportTable } from '../app/import/table';
import { type Context, write } from './context';
import { appendEvent, recordUndoable } from './history';
import type { LineRow, PersonRow, RoleRow, TableName } from './rows';
import { all, BULK_CACHE_MIB, stmt, withForeignKeysCheckedInCode, withPageCache } from './statements';
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

/** `e1024` for employee id `E1024`: the employee id as it appears in the ids the import makes. */
function slugOf(employeeId: string): string {
  const slug = PLAIN_ID.test(employeeId)
    ? employeeId.toLowerCase()
    : employeeId
        .toLowerCase()
        .replace(/[^a-z0-9_.:-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 40);
  return slug === '' ? 'x' : slug;
}

/** `person-hr-e1024` for prefix `person-hr` and slug `e1024`, unique among `taken` (which it joins), always a valid id. */
function freshId(prefix: string, slug: string, taken: Set<string>): string {
  const base = `${prefix}-${slug}`;
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
    writeRows(tracker, ctx.db, plan, state, onProgress);
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

/** Rows staged and written per step, and how often progress is reported. */
const CHUNK = 5000;
/** Rows per staging INSERT: one statement call per this many rows, not one per row (the call is most of the cost). */
const STAGE_BATCH = 100;

/** A row that adds a role (and a person, unless it updates one), as staged. */
interface StagedRow {
  /** Null when the row's person is already in the model. */
  personSeq: number | null;
  personId: string;
  name: string;
  email: string;
  externalId: string;
  roleSeq: number;
  roleId: string;
  title: string;
  department: string;
  /** Both null when the role reports to no one. */
  lineSeq: number | null;
  managerRoleId: string | null;
}

const STAGE_COLUMNS = [
  'person_seq',
  'person_id',
  'name',
  'email',
  'external_id',
  'role_seq',
  'role_id',
  'title',
  'function',
  'line_seq',
  'manager_role_id',
];
const WIDTH = STAGE_COLUMNS.length;

/**
 * The rows the import adds cross from JavaScript to SQLite once, into a
 * temporary table, a batch of rows per statement; SQLite then writes
 * people, roles, holders and reporting lines from it with INSERT ...
 * SELECT. Every seq is decided here (counted up from each table's next),
 * so what the import adds is exactly one seq range per table, recorded by
 * reference ({@link Tracker.recordInserted}).
 */
class Stage {
  private readonly batch: Value[] = new Array<Value>(STAGE_BATCH * WIDTH);
  private filled = 0;
  private readonly insertBatch: Statement;

  /**
   * @param holderSeqOffset each row's holder seq minus its role seq: both
   * count up by one per staged row, so the holder seq is not staged.
   */
  constructor(
    private readonly db: Database,
    private readonly holderSeqOffset: number,
  ) {
    db.exec(`CREATE TEMP TABLE import_stage (${STAGE_COLUMNS.join(', ')})`);
    this.insertBatch = this.db.prepare(this.insertSql(STAGE_BATCH));
  }

  private insertSql(rows: number): string {
    const one = `(${Array(WIDTH).fill('?').join(', ')})`;
    return `INSERT INTO temp.import_stage VALUES ${Array(rows).fill(one).join(', ')}`;
  }

  add(r: StagedRow): void {
    const b = this.batch;
    let k = this.filled;
    b[k++] = r.personSeq;
    b[k++] = r.personId;
    b[k++] = r.name;
    b[k++] = r.email;
    b[k++] = r.externalId;
    b[k++] = r.roleSeq;
    b[k++] = r.roleId;
    b[k++] = r.title;
    b[k++] = r.department;
    b[k++] = r.lineSeq;
    b[k++] = r.managerRoleId;
    this.filled = k;
    if (k === b.length) this.stage();
  }

  private stage(): void {
    if (this.filled === this.batch.length) this.insertBatch.run(this.batch);
    else if (this.filled > 0)
      this.db.prepare(this.insertSql(this.filled / WIDTH)).run(this.batch.slice(0, this.filled));
    this.filled = 0;
  }

  /**
   * Writes the rows staged since the last write into the model's tables,
   * then empties the stage: it stays within the temporary database's small
   * page cache instead of spilling to a temporary file.
   */
  write(): void {
    this.stage();
    const from = (where: string) => `FROM temp.import_stage${where}`;
    stmt(
      this.db,
      `INSERT INTO people (seq, id, name, email, external_id)
       SELECT person_seq, person_id, name, email, external_id ${from(' WHERE person_seq IS NOT NULL')}`,
    ).run();
    stmt(
      this.db,
      `INSERT INTO roles (seq, id, title, short_name, function, description)
       SELECT role_seq, role_id, title, '', function, '' ${from('')}`,
    ).run();
    stmt(
      this.db,
      `INSERT INTO role_holders (seq, role_id, person_id, acting) SELECT role_seq + ?, role_id, person_id, 0 ${from('')}`,
    ).run(this.holderSeqOffset);
    stmt(
      this.db,
      `INSERT INTO reporting_lines (seq, role_id, manager_role_id, kind)
       SELECT line_seq, role_id, manager_role_id, 'solid' ${from(' WHERE line_seq IS NOT NULL')}`,
    ).run();
    stmt(this.db, 'DELETE FROM temp.import_stage').run();
  }

  drop(): void {
    this.db.exec('DROP TABLE temp.import_stage');
  }
}

/** Seqs counted up from a table's next, remembering the range handed out. */
class Seqs {
  readonly first: number;
  private next: number;

  constructor(
    t: Tracker,
    readonly table: TableName,
  ) {
    this.first = this.next = t.nextSeq(table);
  }

  take(): number {
    return this.next++;
  }

  /** Records the seqs handed out as one insert by reference. */
  record(t: Tracker): void {
    t.recordInserted(this.table, this.first, this.next - 1);
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
 * Creates or updates each row's person, role, holding and solid line. A
 * value whose column the file does not have (email, department) is left as
 * the model has it, and a file without a manager column leaves existing
 * roles' lines alone. Rows that update the model are written one by one as
 * tracked updates; rows that add a role are staged ({@link Stage}) and
 * written a chunk at a time, reporting progress after each chunk.
 */
function writeRows(
  t: Tracker,
  db: Database,
  { valid: rows, columns }: ImportPlan,
  state: ModelState,
  onProgress: Progress | undefined,
): void {
  const roleIds = new Set(state.roles.keys());
  const roleOf = new Map<string, string>();
  const personOf: string[] = [];
  // Ids first: a row may report to a row further down the file.
  for (const r of rows) {
    const slug = r.personId === null || r.roleId === null ? slugOf(r.employeeId) : '';
    let personId = r.personId;
    if (personId === null) personId = freshId('person-hr', slug, state.personIds);
    else {
      const person = state.people.get(personId) as PersonRow;
      const email = columns.email === undefined ? person.email : r.email;
      if (person.name !== r.name || person.email !== email)
        t.update('people', person.seq, { name: r.name, email });
    }
    personOf.push(personId);
    let roleId = r.roleId;
    if (roleId === null) roleId = freshId('role-hr', slug, roleIds);
    else {
      const role = state.roles.get(roleId) as RoleRow;
      const department = columns.department === undefined ? role.function : r.department;
      if (role.title !== r.title || role.function !== department)
        t.update('roles', role.seq, { title: r.title, function: department });
    }
    roleOf.set(r.employeeId, roleId);
  }
  const managerOf = (r: PlannedRow): string | null => {
    const manager =
      r.manager.kind === 'row'
        ? (roleOf.get(r.manager.employeeId) as string)
        : r.manager.kind === 'existing'
          ? r.manager.roleId
          : null;
    return manager === null ? null : mustExist(roleIds, manager, 'roles');
  };

  const seqs = {
    people: new Seqs(t, 'people'),
    roles: new Seqs(t, 'roles'),
    holders: new Seqs(t, 'role_holders'),
    lines: new Seqs(t, 'reporting_lines'),
  };
  const stage = new Stage(db, seqs.holders.first - seqs.roles.first);
  /** Lines of roles the model already has: set one by one, after the new rows. */
  const existingRoleRows: PlannedRow[] = [];
  onProgress?.(0, rows.length);
  rows.forEach((r, i) => {
    if (r.roleId !== null) existingRoleRows.push(r);
    else {
      const personId = mustExist(state.personIds, personOf[i] as string, 'people');
      const roleId = mustExist(roleIds, roleOf.get(r.employeeId) as string, 'roles');
      const manager = managerOf(r);
      seqs.holders.take(); // the holder's seq, which Stage derives from the role's
      stage.add({
        personSeq: r.personId === null ? seqs.people.take() : null,
        personId,
        name: r.name,
        email: r.email,
        externalId: r.employeeId,
        roleSeq: seqs.roles.take(),
        roleId,
        title: r.title,
        department: r.department,
        lineSeq: manager === null ? null : seqs.lines.take(),
        managerRoleId: manager,
      });
    }
    if ((i + 1) % CHUNK === 0) {
      stage.write();
      onProgress?.(i + 1, rows.length);
    }
  });
  stage.write();
  stage.drop();
  seqs.people.record(t);
  seqs.roles.record(t);
  seqs.holders.record(t);
  seqs.lines.record(t);
  if (columns.managerId === undefined) return;
  for (const r of existingRoleRows) {
    const roleId = r.roleId as string;
    const manager = managerOf(r);
    const line = state.solid.get(roleId);
    if (line === undefined) {
      if (manager !== null)
        t.insert('reporting_lines', { role_id: roleId, manager_role_id: manager, kind: 'solid' });
    } else if (manager === null) t.delete('reporting_lines', line.seq);
    else if (line.manager_role_id !== manager)
      t.update('reporting_lines', line.seq, { manager_role_id: manager });
  }
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
