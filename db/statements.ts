/**
 * Prepared statements, cached per connection and keyed by their SQL text,
 * so a hot query is compiled once per open file.
 */
import type { Database, Statement } from 'better-sqlite3';

const caches = new WeakMap<Database, Map<string, Statement>>();

export function stmt(db: Database, sql: string): Statement {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (statement === undefined) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

/** All rows of `sql`, typed by the caller (rows match db/rows.ts). */
export function all<T>(db: Database, sql: string, ...params: unknown[]): T[] {
  return stmt(db, sql).all(...params) as T[];
}

/** The first row of `sql`, or undefined. */
export function get<T>(db: Database, sql: string, ...params: unknown[]): T | undefined {
  return stmt(db, sql).get(...params) as T | undefined;
}

/** Page cache for bulk writes (imports); see {@link withPageCache}. */
export const BULK_CACHE_MIB = 64;

/**
 * Runs `fn` with a page cache of `mebibytes` MiB, then gives the connection
 * back its own size (which frees the extra pages). Bulk writes need this:
 * SQLite's default cache (2 MiB) is far smaller than the pages a
 * 100,000-row import dirties (about 50 MiB with its indexes and audit
 * event), so once the cache is full SQLite spills dirty pages to the WAL in
 * the middle of the transaction and reads them back for the next index
 * insert. The cache only grows as pages are used.
 */
export function withPageCache<T>(db: Database, mebibytes: number, fn: () => T): T {
  const own = db.pragma('cache_size', { simple: true }) as number;
  db.pragma(`cache_size = ${-Math.round(mebibytes * 1024)}`);
  try {
    return fn();
  } finally {
    db.pragma(`cache_size = ${own}`);
  }
}

/**
 * Runs `fn` with SQLite's foreign-key enforcement off, for a bulk write
 * whose every reference the caller checks in code before writing it (a set
 * lookup per reference, instead of an index probe per reference inside
 * SQLite). The pragma cannot change inside a transaction, so `fn` must open
 * its own; called inside one, enforcement simply stays as it was.
 */
export function withForeignKeysCheckedInCode<T>(db: Database, fn: () => T): T {
  const own = db.pragma('foreign_keys', { simple: true }) as number;
  db.pragma('foreign_keys = OFF');
  try {
    return fn();
  } finally {
    db.pragma(`foreign_keys = ${own}`);
  }
}
