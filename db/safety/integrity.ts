/**
 * Integrity checks: `quick_check` when a model opens (fast, catches a
 * damaged file before anything writes to it) and the full
 * `integrity_check` on every backup copy.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';

export type Integrity = { ok: true } | { ok: false; problems: string[] };

/** At most this many problem lines are kept: a badly damaged file reports thousands. */
const MAX_PROBLEMS = 10;

function fromRows(rows: unknown[]): Integrity {
  const lines = rows.map((row) => String(Object.values(row as Record<string, unknown>)[0]));
  return lines.length === 1 && lines[0] === 'ok'
    ? { ok: true }
    : { ok: false, problems: lines.slice(0, MAX_PROBLEMS) };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs `PRAGMA integrity_check` (or `quick_check`) on an open connection. */
export function checkConnection(
  db: Db,
  kind: 'integrity_check' | 'quick_check' = 'integrity_check',
): Integrity {
  try {
    return fromRows(db.pragma(kind) as unknown[]);
  } catch (error) {
    return { ok: false, problems: [describe(error)] };
  }
}

/**
 * Checks a file on disk through its own read-only connection. A file that
 * SQLite cannot even read as a database counts as damaged.
 */
export function checkFile(
  path: string,
  kind: 'integrity_check' | 'quick_check',
  nativeBinding?: string,
): Integrity {
  let db: Db;
  try {
    db = new Database(path, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding === undefined ? {} : { nativeBinding }),
    });
  } catch (error) {
    return { ok: false, problems: [describe(error)] };
  }
  try {
    return checkConnection(db, kind);
  } finally {
    db.close();
  }
}

/** True when `path` exists and is not empty (a new model has nothing to check yet). */
export function hasContent(path: string): boolean {
  try {
    return fs.statSync(path).size > 0;
  } catch {
    return false;
  }
}
