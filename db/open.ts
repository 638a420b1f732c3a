/**
 * Opens a model file: checks that it is a Charter model this build can
 * read, sets the connection's pragmas and applies pending migrations
 * (after a backup copy of the file). Nothing is written to a file that is
 * refused.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { CharterError } from '../app/errors';
import { APPLICATION_ID, applicationId, migrate, pendingMigrations, userVersion } from './migrate';
import { LATEST_VERSION } from './migrations';

export interface ConnectOptions {
  readOnly?: boolean;
  nativeBinding?: string;
  /** Create a new file (it must not exist yet). */
  create?: boolean;
}

/** The SQLite error code of `error`, if it is one. */
export function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function refuse(db: Db, error: unknown, path: string): never {
  db.close();
  if (error instanceof CharterError) throw error;
  const code = sqliteCode(error);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT')
    throw new CharterError('file_error', `"${path}" is not a Charter model: it is not a SQLite database.`);
  if (code === 'SQLITE_BUSY')
    throw new CharterError('file_in_use', `"${path}" is busy in another program; try again in a moment.`);
  throw new CharterError('file_error', `Charter could not open "${path}": ${reason(error)}`);
}

/** Checks the file is a Charter model no newer than this build. */
function checkVersion(db: Db, path: string): number {
  const version = userVersion(db);
  if (applicationId(db) !== APPLICATION_ID)
    throw new CharterError('file_error', `"${path}" is not a Charter model.`);
  if (version > LATEST_VERSION)
    throw new CharterError(
      'future_version',
      `"${path}" was saved by a newer version of Charter (schema version ${version}); this version understands schema version ${LATEST_VERSION} at most. Update Charter to open it.`,
      { fileVersion: version, supportedVersion: LATEST_VERSION },
    );
  return version;
}

/** Copies the file next to itself before a migration changes it. */
export function backupBeforeMigrating(db: Db, path: string, version: number): void {
  const target = `${path}.v${version}.backup`;
  if (fs.existsSync(target)) return; // an earlier upgrade already kept this version
  db.prepare('VACUUM INTO ?').run(target);
}

export function openDatabase(path: string, options: ConnectOptions = {}): Db {
  const readOnly = options.readOnly === true && options.create !== true;
  if (options.create !== true && !fs.existsSync(path))
    throw new CharterError('file_error', `There is no model file at "${path}".`);
  let db: Db;
  try {
    db = new Database(path, {
      readonly: readOnly,
      fileMustExist: options.create !== true,
      timeout: 5000,
      ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    });
  } catch (error) {
    throw new CharterError('file_error', `Charter could not open "${path}": ${reason(error)}`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('trusted_schema = OFF');
    db.pragma('foreign_keys = ON');
    const version = options.create === true ? 0 : checkVersion(db, path);
    if (!readOnly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    if (pendingMigrations(version).length > 0) {
      if (readOnly)
        throw new CharterError(
          'read_only',
          `"${path}" was saved by an older version of Charter and must be upgraded; open it once for editing.`,
        );
      if (version > 0) backupBeforeMigrating(db, path, version);
      migrate(db);
    }
    return db;
  } catch (error) {
    refuse(db, error, path);
  }
}
