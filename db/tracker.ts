/**
 * Tracked writes: every insert, update and delete a command makes goes
 * through a {@link Tracker}, which records the row before and after. Undo
 * replays the records backwards, redo forwards ({@link applyChange}).
 */
import type { Database } from 'better-sqlite3';
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
 * step, as imports make them. The rows are kept as the JSON text
 * `[[seq, ...values], ...]`, values in `columns` order: no column name
 * repeated per row, no object per row kept alive until the audit event is
 * written, and SQLite reads the rows straight from the text (json_each),
 * so a 100,000-row import is written and replayed with a few statements
 * instead of one per row.
 */
export interface BulkChange {
  table: TableName;
  bulk: 'insert' | 'delete';
  columns: readonly string[];
  rows: string;
}

/** What an audit event records and undo/redo replays. */
export type Change = RowChange | BulkChange;

export const isBulk = (change: Change): change is BulkChange => 'bulk' in change;

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
   * seqs counted up from {@link nextSeq}, and records them as one
   * {@link BulkChange}.
   */
  insertMany(table: TableName, rows: readonly (readonly Value[])[]): void {
    if (rows.length === 0) return;
    const change: BulkChange = {
      table,
      bulk: 'insert',
      columns: columnsOf(table),
      rows: JSON.stringify(rows),
    };
    insertBulk(this.db, change);
    this.changes.push(change);
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

/** Changes as the JSON an audit event stores (bulk rows as arrays, not as a string). */
export function serializeChanges(changes: readonly Change[]): string {
  const parts = changes.map((change) =>
    isBulk(change)
      ? `{"table":${JSON.stringify(change.table)},"bulk":${JSON.stringify(change.bulk)},"columns":${JSON.stringify(change.columns)},"rows":${change.rows}}`
      : JSON.stringify(change),
  );
  return `[${parts.join(',')}]`;
}

type StoredChange = RowChange | (Omit<BulkChange, 'rows'> & { rows: unknown[] });

/** The changes an audit event stores, as {@link serializeChanges} wrote them. */
export function parseChanges(text: string): Change[] {
  return (JSON.parse(text) as StoredChange[]).map((change) =>
    'bulk' in change ? { ...change, rows: JSON.stringify(change.rows) } : change,
  );
}

/** `value->>1, value->>2, ...`: the values of each json_each row. */
const jsonValues = (columns: readonly string[]) => columns.map((_, i) => `value->>${i + 1}`).join(', ');

function insertBulk(db: Database, change: BulkChange): void {
  const { table, columns } = change;
  stmt(
    db,
    `INSERT INTO ${table} (seq, ${columns.join(', ')}) SELECT value->>0, ${jsonValues(columns)} FROM json_each(?)`,
  ).run(change.rows);
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

/** The same change played the other way: an insert becomes a delete, before and after swap. */
export function reverse(change: Change): Change {
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
