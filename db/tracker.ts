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
import { stmt } from './statements';

/** A stored row image: column name to value, `seq` included. */
export type RowImage = Record<string, string | number | null>;

/** One row-level change. `before` is null for an insert, `after` for a delete. */
export interface RowChange {
  table: TableName;
  seq: number;
  before: RowImage | null;
  after: RowImage | null;
}

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
  readonly changes: RowChange[] = [];

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
  const current = readRow(db, change.table, change.seq) ?? null;
  if (!isDeepStrictEqual(current, from))
    throw new CharterError(
      'conflict',
      'The model changed in a way the history does not know about, so this step cannot be replayed.',
      { table: change.table, seq: change.seq },
    );
  if (to === null) deleteRow(db, change.table, change.seq);
  else if (from === null) insertRow(db, change.table, to, true);
  else updateRow(db, change.table, change.seq, to);
}
