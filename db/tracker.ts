/**
 * Tracked writes: every insert, update and delete a command makes goes
 * through a {@link Tracker}, which records the row before and after. Undo
 * replays the records backwards, redo forwards ({@link applyChange}).
 */
import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { CharterError } from '../app/errors';
import type { NewRow, TableName, TrackedRows } from './rows';
import { COLUMNS } from './rows';
import { get, stmt } from './statements';

/** One stored value. */
export type Value = string | number | null;

/** A stored row image: column name to value, `seq` included. */
export type RowImage = Record<string, Value>;

/** One row-level change. `before` is null for an insert, `after` for a delete. */
export interface RowChange {
  table: TableName;
  seq: number;
  before: RowImage | null;
  after: RowImage | null;
}

/**
 * Many rows of one table added (`insert`) or removed (`delete`) in one
 * step, kept by value: the rows a model import deleted, the rows an undo
 * of a {@link RangeChange} deleted, and bulk inserts as versions before
 * {@link RangeChange} stored them. The rows are kept as the JSON text
 * `[[seq, ...values], ...]`, values in `columns` order: no column name
 * repeated per row, and SQLite reads the rows straight from the text
 * (json_each), so 100,000 rows are replayed with a few statements instead
 * of one per row.
 */
export interface BulkChange {
  table: TableName;
  bulk: 'insert' | 'delete';
  columns: readonly string[];
  rows: string;
}

/**
 * Rows a bulk insert added, recorded by reference instead of by value:
 * every seq from `seqFrom` to `seqTo` of `table`, and a digest of the rows
 * as they were written ({@link digestOf}). An import of 100,000 rows then
 * stores a few numbers instead of 20+ MB of copies. Undo deletes the range
 * (refusing when any row is missing or its values differ from the digest)
 * and records the rows it deleted, by value, in its own event; redo
 * re-inserts them from that event ({@link applyRange}).
 */
export interface RangeChange {
  table: TableName;
  bulk: 'insert' | 'delete';
  seqFrom: number;
  seqTo: number;
  digest: string;
}

/** What an audit event records and undo/redo replays. */
export type Change = RowChange | BulkChange | RangeChange;

export const isRange = (change: Change): change is RangeChange => 'seqFrom' in change;
export const isBulk = (change: Change): change is BulkChange => 'bulk' in change && !isRange(change);

function columnsOf(table: TableName): readonly string[] {
  return COLUMNS[table];
}

function readRow(db: Database, table: TableName, seq: number): RowImage | undefined {
  return stmt(db, `SELECT * FROM ${table} WHERE seq = ?`).get(seq) as RowImage | undefined;
}

function insertRow(db: Database, table: TableName, row: RowImage, withSeq: boolean): RowImage {
  const columns = withSeq ? ['seq', ...columnsOf(table)] : [...columnsOf(table)];
  const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) RETURNING *`;
  return stmt(db, sql).get(...columns.map((c) => row[c] ?? null)) as RowImage;
}

function updateRow(db: Database, table: TableName, seq: number, values: RowImage): RowImage {
  const columns = columnsOf(table).filter((c) => c in values);
  const sql = `UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE seq = ? RETURNING *`;
  return stmt(db, sql).get(...columns.map((c) => values[c] ?? null), seq) as RowImage;
}

function deleteRow(db: Database, table: TableName, seq: number): void {
  stmt(db, `DELETE FROM ${table} WHERE seq = ?`).run(seq);
}

export class Tracker {
  readonly changes: Change[] = [];

  constructor(private readonly db: Database) {}

  insert<T extends TableName>(table: T, row: NewRow<T>): TrackedRows[T] {
    const after = insertRow(this.db, table, row as unknown as RowImage, false);
    this.changes.push({ table, seq: after.seq as number, before: null, after });
    return after as unknown as TrackedRows[T];
  }

  /** Sets the given columns; records nothing when no value changes. */
  update<T extends TableName>(table: T, seq: number, patch: Partial<NewRow<T>>): TrackedRows[T] {
    const before = readRow(this.db, table, seq);
    if (before === undefined) throw new Error(`${table} has no row ${seq}`);
    const values = patch as RowImage;
    const changed = Object.keys(values).some((c) => values[c] !== undefined && values[c] !== before[c]);
    if (!changed) return before as unknown as TrackedRows[T];
    const defined = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
    const after = updateRow(this.db, table, seq, defined);
    this.changes.push({ table, seq, before, after });
    return after as unknown as TrackedRows[T];
  }

  delete(table: TableName, seq: number): void {
    const before = readRow(this.db, table, seq);
    if (before === undefined) return;
    deleteRow(this.db, table, seq);
    this.changes.push({ table, seq, before, after: null });
  }

  /** The seq the next row inserted into `table` gets, as SQLite would choose it. */
  nextSeq(table: TableName): number {
    return (
      get<{ next: number }>(this.db, `SELECT coalesce(max(seq), 0) + 1 AS next FROM ${table}`) as {
        next: number;
      }
    ).next;
  }

  /**
   * Inserts rows given as `[seq, ...values in COLUMNS[table] order]`, the
   * seqs counted up from {@link nextSeq} one by one, and records them by
   * reference ({@link RangeChange}).
   */
  insertMany(table: TableName, rows: readonly (readonly Value[])[]): void {
    if (rows.length === 0) return;
    const seqFrom = rows[0]?.[0] as number;
    if (rows.some((row, i) => row[0] !== seqFrom + i) || seqFrom !== this.nextSeq(table))
      throw new Error(`insertMany into ${table}: the seqs must count up from the table's next seq`);
    insertBulk(this.db, { table, bulk: 'insert', columns: columnsOf(table), rows: JSON.stringify(rows) });
    this.recordInserted(table, seqFrom, seqFrom + rows.length - 1);
  }

  /**
   * Records that this command inserted every row of `table` from `seqFrom`
   * to `seqTo` (written by the caller, e.g. with INSERT ... SELECT), as one
   * {@link RangeChange}. Call it once the rows hold their final values.
   */
  recordInserted(table: TableName, seqFrom: number, seqTo: number): void {
    if (seqTo < seqFrom) return;
    const { rows, n } = rangeImage(this.db, table, seqFrom, seqTo);
    if (n !== seqTo - seqFrom + 1) throw new Error(`${table} lacks rows between seq ${seqFrom} and ${seqTo}`);
    this.changes.push({ table, bulk: 'insert', seqFrom, seqTo, digest: digestOf(rows) });
  }

  /** Deletes every row of `table`, recorded as one {@link BulkChange}. */
  deleteAll(table: TableName): void {
    const columns = columnsOf(table);
    const image = get<{ rows: string; n: number }>(
      this.db,
      `SELECT json_group_array(json_array(seq, ${columns.join(', ')})) AS rows, count(*) AS n FROM ${table}`,
    );
    if (image === undefined || image.n === 0) return;
    stmt(this.db, `DELETE FROM ${table}`).run();
    this.changes.push({ table, bulk: 'delete', columns, rows: image.rows });
  }

  /** {@link insertMany} for rows given as objects. */
  insertAll<T extends TableName>(table: T, rows: readonly NewRow<T>[]): void {
    const columns = columnsOf(table);
    let seq = this.nextSeq(table);
    this.insertMany(
      table,
      rows.map((row) => {
        const image = row as unknown as RowImage;
        const values: Value[] = [seq++];
        for (const column of columns) values.push(image[column] ?? null);
        return values;
      }),
    );
  }
}

/**
 * The rows of `table` with seqs `seqFrom`..`seqTo` as {@link BulkChange}
 * rows JSON, UTF-8 encoded (a blob: a 20 MB image is hashed without being
 * turned into a JavaScript string and back), and how many there are.
 */
function rangeImage(
  db: Database,
  table: TableName,
  seqFrom: number,
  seqTo: number,
): { rows: Buffer; n: number } {
  const columns = columnsOf(table);
  return get<{ rows: Buffer; n: number }>(
    db,
    `SELECT CAST(json_group_array(json_array(seq, ${columns.join(', ')}) ORDER BY seq) AS BLOB) AS rows, count(*) AS n
     FROM ${table} WHERE seq BETWEEN ? AND ?`,
    seqFrom,
    seqTo,
  ) as { rows: Buffer; n: number };
}

/**
 * A digest of rows as {@link rangeImage} renders them: SQLite renders the
 * same values as the same text, so undo can tell whether the rows a
 * {@link RangeChange} refers to still hold what was written. It guards
 * against changes made outside the history, not against tampering (whoever
 * can write the file can rewrite its history too), so a fast hash suffices.
 */
function digestOf(rows: Buffer): string {
  return createHash('sha1').update(rows).digest('hex');
}

/** Changes as the JSON an audit event stores (bulk rows as arrays, not as a string). */
export function serializeChanges(changes: readonly Change[]): string {
  const parts = changes.map((change) =>
    isBulk(change)
      ? `{"table":${JSON.stringify(change.table)},"bulk":${JSON.stringify(change.bulk)},"columns":${JSON.stringify(change.columns)},"rows":${change.rows}}`
      : JSON.stringify(change),
  );
  return `[${parts.join(',')}]`;
}

type StoredChange = RowChange | RangeChange | (Omit<BulkChange, 'rows'> & { rows: unknown[] });

/** The changes an audit event stores, as {@link serializeChanges} wrote them (older files included). */
export function parseChanges(text: string): Change[] {
  return (JSON.parse(text) as StoredChange[]).map((change) =>
    'rows' in change && 'bulk' in change ? { ...change, rows: JSON.stringify(change.rows) } : change,
  );
}

/** `value->>1, value->>2, ...`: the values of each json_each row. */
const jsonValues = (columns: readonly string[]) => columns.map((_, i) => `value->>${i + 1}`).join(', ');

/** Inserts the rows of `change`; returns how many. */
function insertBulk(db: Database, change: BulkChange): number {
  const { table, columns } = change;
  return stmt(
    db,
    `INSERT INTO ${table} (seq, ${columns.join(', ')}) SELECT value->>0, ${jsonValues(columns)} FROM json_each(?)`,
  ).run(change.rows).changes;
}

function conflict(table: TableName, seq: number | undefined): CharterError {
  return new CharterError(
    'conflict',
    'The model changed in a way the history does not know about, so this step cannot be replayed.',
    seq === undefined ? { table } : { table, seq },
  );
}

/** Refuses a change whose table or columns this schema does not have (a damaged or foreign history). */
function checkNames(table: string, columns: readonly string[]): void {
  const known = (COLUMNS as Record<string, readonly string[] | undefined>)[table];
  if (known === undefined || !columns.every((c) => known.includes(c)))
    throw conflict(table as TableName, undefined);
}

/**
 * Replays a bulk change, refusing (as {@link applyChange} does) when the
 * rows are not in the state it starts from: for an insert, none of its
 * seqs may be taken; for a delete, every row must hold exactly its values.
 */
export function applyBulk(db: Database, change: BulkChange): void {
  const { table, columns } = change;
  checkNames(table, columns);
  const { rows } = change;
  if (change.bulk === 'insert') {
    const taken = get<{ n: number }>(
      db,
      `SELECT count(*) AS n FROM json_each(?) AS j JOIN ${table} AS t ON t.seq = j.value->>0`,
      rows,
    );
    if (taken?.n !== 0) throw conflict(table, undefined);
    insertBulk(db, change);
    return;
  }
  const same = columns.map((c, i) => `t.${c} IS j.value->>${i + 1}`).join(' AND ');
  const check = get<{ total: number; matching: number }>(
    db,
    `SELECT json_array_length(?) AS total,
       (SELECT count(*) FROM json_each(?) AS j JOIN ${table} AS t ON t.seq = j.value->>0 WHERE ${same}) AS matching`,
    rows,
    rows,
  );
  if (check === undefined || check.matching !== check.total) throw conflict(table, undefined);
  stmt(db, `DELETE FROM ${table} WHERE seq IN (SELECT value->>0 FROM json_each(?))`).run(rows);
}

/**
 * The rows the newest undo of event `eventId` deleted for its change at
 * `index` (undo records its changes in reverse order), with their columns,
 * read by SQLite so that a 20 MB event is not parsed in JavaScript.
 */
function undoneRows(
  db: Database,
  eventId: number,
  index: number,
): { table: string; bulk: string; rows: string; columns: string } | undefined {
  const at = (key: string) => `$[${index}].${key}`;
  return get<{ table: string; bulk: string; rows: string; columns: string }>(
    db,
    `SELECT changes_json ->> ? AS "table", changes_json ->> ? AS bulk, changes_json -> ? AS rows, changes_json -> ? AS columns
     FROM audit_events
     WHERE id = (SELECT id FROM audit_events WHERE reverts = ? AND command = 'history.undo' ORDER BY id DESC LIMIT 1)`,
    at('table'),
    at('bulk'),
    at('rows'),
    at('columns'),
    eventId,
  );
}

/**
 * Replays an insert recorded by reference, change `index` of event
 * `eventId`'s `count` changes. Undo (`delete`) refuses unless every seq of
 * the range is there with the values that were written, deletes the range,
 * and returns the rows it deleted as a {@link BulkChange} for its own event.
 * Redo (`insert`) re-inserts the rows the newest undo recorded, refusing
 * when any seq of the range is taken or those rows are not exactly the
 * range, and returns the reference itself.
 */
export function applyRange(
  db: Database,
  change: RangeChange,
  source: { eventId: number; index: number; count: number },
): Change {
  const { table, seqFrom, seqTo } = change;
  checkNames(table, []);
  const between = `FROM ${table} WHERE seq BETWEEN ? AND ?`;
  const size = seqTo - seqFrom + 1;
  if (change.bulk === 'delete') {
    const image = rangeImage(db, table, seqFrom, seqTo);
    if (image.n !== size || digestOf(image.rows) !== change.digest) throw conflict(table, undefined);
    stmt(db, `DELETE ${between}`).run(seqFrom, seqTo);
    return { table, bulk: 'delete', columns: columnsOf(table), rows: image.rows.toString('utf8') };
  }
  const undone = undoneRows(db, source.eventId, source.count - 1 - source.index);
  const taken = get<{ n: number }>(db, `SELECT count(*) AS n ${between}`, seqFrom, seqTo);
  if (undone?.table !== table || undone.bulk !== 'delete' || taken?.n !== 0) throw conflict(table, undefined);
  const columns = JSON.parse(undone.columns) as string[];
  checkNames(table, columns);
  const inserted = insertBulk(db, { table, bulk: 'insert', columns, rows: undone.rows });
  // Every row inserted, and each into the range: the rows were exactly the range (else the step is rolled back).
  const now = get<{ n: number }>(db, `SELECT count(*) AS n ${between}`, seqFrom, seqTo);
  if (inserted !== size || now?.n !== size) throw conflict(table, undefined);
  return change;
}

/** The same change played the other way: an insert becomes a delete, before and after swap. */
export function reverse(change: Change): Change {
  if (isRange(change)) return { ...change, bulk: change.bulk === 'insert' ? 'delete' : 'insert' };
  return isBulk(change)
    ? { ...change, bulk: change.bulk === 'insert' ? 'delete' : 'insert' }
    : { ...change, before: change.after, after: change.before };
}

/**
 * Moves one row from state `from` to state `to` (either may be null:
 * absent). Refuses when the row is not in state `from`, which would mean
 * the model changed outside the history and replaying is unsafe.
 */
export function applyChange(
  db: Database,
  change: Pick<RowChange, 'table' | 'seq'>,
  from: RowImage | null,
  to: RowImage | null,
): void {
  checkNames(change.table, []);
  const current = readRow(db, change.table, change.seq) ?? null;
  if (!isDeepStrictEqual(current, from)) throw conflict(change.table, change.seq);
  if (to === null) deleteRow(db, change.table, change.seq);
  else if (from === null) insertRow(db, change.table, to, true);
  else updateRow(db, change.table, change.seq, to);
}
