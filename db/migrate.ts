/**
 * Applies pending migrations: all of them in one transaction, then
 * `user_version` set to the last one's version. A failure leaves the file
 * exactly as it was.
 */
import type { Database } from 'better-sqlite3';
import type { Migration } from './migrations';
import { MIGRATIONS } from './migrations';

/** Marks a SQLite file as a Charter model ("CHRT"). */
export const APPLICATION_ID = 0x43485254;

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function applicationId(db: Database): number {
  return db.pragma('application_id', { simple: true }) as number;
}

/** The migrations a file at `version` still needs. */
export function pendingMigrations(
  version: number,
  migrations: readonly Migration[] = MIGRATIONS,
): Migration[] {
  return migrations.filter((m) => m.version > version);
}

/** Runs every pending migration in one transaction; returns the versions applied. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const from = userVersion(db);
  const pending = pendingMigrations(from, migrations);
  if (pending.length === 0) return [];
  db.transaction(() => {
    if (from === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const migration of pending) migration.up(db);
    db.pragma(`user_version = ${pending[pending.length - 1]?.version ?? from}`);
  })();
  return pending.map((m) => m.version);
}
