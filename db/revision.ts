/**
 * A per-connection answer cache keyed by the model's revision, for the
 * whole-model queries every view asks for (the chart, the summary, the
 * findings): asked again with nothing changed, they answer at once.
 */
import type { Database } from 'better-sqlite3';
import { get } from './statements';

/**
 * Changes whenever the model may have: a write through this connection
 * (total_changes counts every row it inserted, updated or deleted) or a
 * commit by any other connection (data_version).
 */
export function revision(db: Database): string {
  const changes = get<{ n: number }>(db, 'SELECT total_changes() AS n')?.n;
  return `${String(db.pragma('data_version', { simple: true }))}:${changes}`;
}

/** One query's last answer on each connection, reused while the revision (and `key`) stay the same. */
export class RevisionCache<T> {
  private readonly last = new WeakMap<Database, { revision: string; key: string; value: T }>();

  get(db: Database, compute: () => T, key = ''): T {
    const current = revision(db);
    const last = this.last.get(db);
    if (last !== undefined && last.revision === current && last.key === key) return last.value;
    const value = compute();
    this.last.set(db, { revision: current, key, value });
    return value;
  }
}
