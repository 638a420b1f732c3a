/**
 * Restoring a model from one of its backups.
 *
 * The model must be closed first. The backup is checked, copied to a temp
 * file next to the model, checked again, and renamed over the model in one
 * atomic step, so at every moment the model path holds either the old file
 * or the whole restored one. The file it replaces is kept as a backup of
 * kind `replaced`, damaged or not, so a restore can itself be undone.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CharterError } from '../../app/errors';
import { backupName, backupsDirFor } from './backup';
import { checkFile, hasContent } from './integrity';
import { acquireLock } from './lock';

export interface RestoreResult {
  /** The backup the model now holds. */
  restoredFrom: string;
  /** Where the replaced model file was kept, if there was one. */
  replacedKeptAt: string | null;
}

function failIfDamaged(file: string, what: string, nativeBinding?: string): void {
  const integrity = checkFile(file, 'integrity_check', nativeBinding);
  if (!integrity.ok)
    throw new CharterError(
      'file_error',
      `${what} failed its integrity check, so nothing was restored: ${integrity.problems.join('; ')}`,
    );
}

/** Moves committed WAL content into the main file, so a plain copy of it is complete. Best effort: a damaged file may refuse. */
function checkpoint(modelPath: string, nativeBinding?: string): void {
  try {
    const db = new Database(modelPath, {
      fileMustExist: true,
      ...(nativeBinding === undefined ? {} : { nativeBinding }),
    });
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  } catch {
    // The -wal file is copied along with it below.
  }
}

/** Keeps the current model file (and its -wal, if any) in the backups folder, byte for byte. */
function keepReplaced(modelPath: string, now: number): string | null {
  if (!hasContent(modelPath)) return null;
  const dir = backupsDirFor(modelPath);
  fs.mkdirSync(dir, { recursive: true });
  const kept = path.join(dir, backupName(modelPath, now, 'replaced'));
  fs.copyFileSync(modelPath, kept);
  if (hasContent(`${modelPath}-wal`)) fs.copyFileSync(`${modelPath}-wal`, `${kept}-wal`);
  return kept;
}

/**
 * Replaces the (closed) model at `modelPath` with the backup at `backupPath`.
 * @throws CharterError('file_in_use') when another process has the model open for editing.
 */
export function restoreBackup(
  modelPath: string,
  backupPath: string,
  options: { nativeBinding?: string; now?: number } = {},
): RestoreResult {
  if (!fs.existsSync(backupPath))
    throw new CharterError('file_error', `There is no backup at "${backupPath}".`);
  const lock = acquireLock(modelPath);
  const temp = path.join(path.dirname(modelPath), `.${path.basename(modelPath)}.${randomUUID()}.restoring`);
  try {
    failIfDamaged(backupPath, `The backup "${path.basename(backupPath)}"`, options.nativeBinding);
    fs.copyFileSync(backupPath, temp);
    failIfDamaged(temp, 'The copy of the backup', options.nativeBinding);
    checkpoint(modelPath, options.nativeBinding);
    const replacedKeptAt = keepReplaced(modelPath, options.now ?? Date.now());
    // A -wal left beside the restored file would be replayed into it: remove both side files first.
    fs.rmSync(`${modelPath}-wal`, { force: true });
    fs.rmSync(`${modelPath}-shm`, { force: true });
    fs.renameSync(temp, modelPath);
    return { restoredFrom: backupPath, replacedKeptAt };
  } finally {
    fs.rmSync(temp, { force: true });
    lock.release();
  }
}
