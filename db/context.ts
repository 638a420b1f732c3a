/**
 * What every query and command gets: the open connection and who is acting.
 */
import type { Database } from 'better-sqlite3';
import { CharterError } from '../app/errors';
import { sqliteCode } from './open';

export interface Context {
  readonly db: Database;
  readonly path: string;
  readonly readOnly: boolean;
  /** Recorded as the actor of every audit event. */
  readonly actor: string;
}

function asCharterError(error: unknown): unknown {
  if (error instanceof CharterError) return error;
  const code = sqliteCode(error);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED')
    return new CharterError(
      'file_in_use',
      'The model file is busy in another window or program; try again in a moment.',
    );
  if (code === 'SQLITE_READONLY')
    return new CharterError(
      'read_only',
      'The model file cannot be written; it is open read-only or the disk refuses writes.',
    );
  if (code === 'SQLITE_FULL')
    return new CharterError('file_error', 'The disk is full; the change was not saved.');
  return error;
}

/**
 * Runs `fn` as one write transaction: all of it is saved, or none of it.
 * BEGIN IMMEDIATE takes the write lock first, so another process writing
 * the same file makes this wait (busy_timeout) instead of failing midway.
 */
export function write<T>(ctx: Context, fn: () => T): T {
  if (ctx.readOnly)
    throw new CharterError('read_only', `"${ctx.path}" is open read-only; open it for editing to change it.`);
  try {
    return ctx.db.transaction(fn).immediate();
  } catch (error) {
    throw asCharterError(error);
  }
}
