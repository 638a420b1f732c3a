/**
 * Data safety around opening a model: one writer at a time (lock.ts),
 * quick_check before anything writes (integrity.ts), a verified backup of
 * the file as it is on disk before it opens, and so before any migration
 * can touch it (backup.ts).
 *
 * The backup API is asynchronous, so the safe open is too:
 *
 *   const prepared = await prepareOpen(path, options);
 *   try { handle = openModel(path, { ...options, readOnly: prepared.readOnly }); }
 *   catch (error) { prepared.release(); throw error; }
 *   return afterOpen(handle, prepared);
 *
 * which is what openSafely() does for any opener.
 */
import path from 'node:path';
import type { ErrorPayload } from '../../app/errors';
import { CharterError } from '../../app/errors';
import type { BackupFile } from './backup';
import { backupFile, listBackups } from './backup';
import { checkFile, hasContent } from './integrity';
import type { ModelLock } from './lock';
import { acquireLock } from './lock';

export { backupsDirFor, listBackups, takeBackup } from './backup';
export type { BackupFile } from './backup';
export { restoreBackup } from './restore';
export { copyModel } from './copy';
export { acquireLock } from './lock';

export interface SafetyOptions {
  readOnly?: boolean;
  nativeBinding?: string;
  /** Take the open-time backup (default true). */
  backup?: boolean;
  /**
   * The caller will replace the file (New over an existing file): it is
   * backed up if healthy, and a damaged one does not make the open read-only.
   */
  replace?: boolean;
}

export interface PreparedOpen {
  /** Open the model with this: true when asked for, or when the file is damaged. */
  readonly readOnly: boolean;
  /** Set when quick_check failed: the model opens read-only and the UI should offer a restore. */
  readonly damage: ErrorPayload | null;
  /** The backup taken just now, if any. */
  readonly backup: BackupFile | null;
  readonly lock: ModelLock | null;
  /** Releases the lock; call it when the open fails or the model closes. */
  release(): void;
}

/** The plain message for a damaged model, naming what the user can do. */
export function damageError(modelPath: string, problems: string[]): CharterError {
  const backups = listBackups(modelPath);
  const file = path.basename(modelPath);
  const offer =
    backups.length > 0
      ? `It opens read-only; restore it from one of its ${backups.length} backups (the newest is from ${new Date(backups[0]?.takenAt ?? 0).toISOString()}).`
      : 'It opens read-only; there is no backup of it to restore from.';
  return new CharterError('read_only', `"${file}" is damaged (SQLite's quick_check failed). ${offer}`, {
    damaged: true,
    problems,
    backups: backups.map((b) => ({ path: b.path, takenAt: new Date(b.takenAt).toISOString(), kind: b.kind })),
  });
}

/**
 * Everything that must happen before a model file is opened: take the
 * lock (unless read-only), quick_check the file, and back it up. A damaged
 * file is not backed up (it would push good backups out of retention) and
 * opens read-only, without the lock.
 * @throws CharterError('file_in_use') when another process edits the model.
 */
export async function prepareOpen(modelPath: string, options: SafetyOptions = {}): Promise<PreparedOpen> {
  const lock = options.readOnly === true ? null : acquireLock(modelPath);
  const release = () => lock?.release();
  try {
    let damage: ErrorPayload | null = null;
    let backup: BackupFile | null = null;
    if (hasContent(modelPath)) {
      const integrity = checkFile(modelPath, 'quick_check', options.nativeBinding);
      if (!integrity.ok) damage = damageError(modelPath, integrity.problems).toPayload();
      else if (lock !== null && options.backup !== false)
        backup = await backupFile(
          modelPath,
          options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding },
        );
    }
    if (options.replace === true) damage = null;
    if (damage !== null) release();
    const held = damage === null ? lock : null;
    return { readOnly: options.readOnly === true || damage !== null, damage, backup, lock: held, release };
  } catch (error) {
    release();
    throw error;
  }
}

/** An open model that releases its lock when it closes and says whether it is damaged. */
export type SafeHandle<H extends { close(): void }> = H & { readonly damage: ErrorPayload | null };

/** Ties the lock to the handle's close() and carries the damage report. */
export function afterOpen<H extends { close(): void }>(handle: H, prepared: PreparedOpen): SafeHandle<H> {
  const close = handle.close.bind(handle);
  return Object.assign(handle, {
    damage: prepared.damage,
    close() {
      try {
        close();
      } finally {
        prepared.release();
      }
    },
  });
}

/**
 * Opens (or creates) a model safely: `open(readOnly)` is the plain opener,
 * e.g. `(readOnly) => openModel(path, { ...options, readOnly })`.
 */
export async function openSafely<H extends { close(): void }>(
  modelPath: string,
  options: SafetyOptions,
  open: (readOnly: boolean) => H,
): Promise<SafeHandle<H>> {
  const prepared = await prepareOpen(modelPath, options);
  let handle: H;
  try {
    handle = open(prepared.readOnly);
  } catch (error) {
    prepared.release();
    throw error;
  }
  return afterOpen(handle, prepared);
}
