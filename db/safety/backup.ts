/**
 * Backups of a model, taken with SQLite's online backup API (better-sqlite3's
 * `db.backup()`), so a consistent copy is made while the model stays usable.
 *
 * Where: a folder next to the model, `<model>.backups/` (for
 * `Acme.charter`, `Acme.charter.backups/`), so backups travel with the
 * model and a user can find them without knowing where Charter keeps its
 * settings. Each copy is a standalone SQLite file (rollback journal, no
 * `-wal`), checked with `integrity_check` before it counts: it is written as
 * `*.partial` and renamed only once it passes.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { CharterError } from '../../app/errors';
import { checkConnection } from './integrity';
import type { BackupEntry } from './retention';
import { planRetention } from './retention';

/** Why a backup was taken; part of its file name. */
export type BackupKind = 'open' | 'replaced';

export interface BackupFile extends BackupEntry {
  path: string;
  kind: BackupKind;
  bytes: number;
}

export function backupsDirFor(modelPath: string): string {
  return `${modelPath}.backups`;
}

/** `2026-11-27T01:23:32.123Z` -> `2026-11-27T01-23-32-123Z` (colons are not allowed in Windows names). */
function stamp(time: number): string {
  return new Date(time).toISOString().replace(/[:.]/g, '-');
}

const NAME = /^(.+)\.(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.(open|replaced)\.charter$/;

/** The file name of a backup of `modelPath` taken at `time`. */
export function backupName(modelPath: string, time: number, kind: BackupKind): string {
  return `${path.basename(modelPath, '.charter')}.${stamp(time)}.${kind}.charter`;
}

/** Reads a backup's time and kind back from its name; null for other files. */
export function parseBackupName(name: string): { takenAt: number; kind: BackupKind } | null {
  const match = NAME.exec(name);
  if (match === null) return null;
  const [date = '', time = ''] = (match[2] ?? '').split('T');
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  const takenAt = Date.parse(`${date}T${h}:${m}:${s}.${ms}Z`);
  return Number.isNaN(takenAt) ? null : { takenAt, kind: match[3] as BackupKind };
}

/** The model's backups, newest first. */
export function listBackups(modelPath: string): BackupFile[] {
  const dir = backupsDirFor(modelPath);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const files: BackupFile[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (parsed === null) continue;
    const file = path.join(dir, name);
    files.push({ name, path: file, ...parsed, bytes: fs.statSync(file).size });
  }
  return files.sort((a, b) => b.takenAt - a.takenAt);
}

/** Deletes a backup and any SQLite side files next to it. */
function removeBackup(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Applies the retention rule (planRetention) and removes leftovers of
 * backups that were interrupted (`*.partial`). Only the lock holder calls
 * this, so no other process is writing a backup here.
 */
export function pruneBackups(modelPath: string, now = Date.now()): string[] {
  const dir = backupsDirFor(modelPath);
  const removed: string[] = [];
  const { remove } = planRetention(listBackups(modelPath), now);
  for (const entry of remove) {
    removeBackup(path.join(dir, entry.name));
    removed.push(entry.name);
  }
  let names: string[] = [];
  try {
    names = fs.readdirSync(dir);
  } catch {
    // no folder: nothing left over
  }
  for (const name of names)
    if (/\.partial(-wal|-shm|-journal)?$/.test(name)) fs.rmSync(path.join(dir, name), { force: true });
  return removed;
}

/** Makes a copy standalone (no WAL) and checks it with integrity_check; deletes it when it fails. */
export function finishCopy(partial: string, nativeBinding?: string): void {
  let copy: Db | undefined;
  try {
    copy = new Database(partial, {
      fileMustExist: true,
      ...(nativeBinding === undefined ? {} : { nativeBinding }),
    });
    copy.pragma('journal_mode = DELETE');
    const integrity = checkConnection(copy, 'integrity_check');
    if (!integrity.ok) throw new Error(integrity.problems.join('; '));
  } catch (error) {
    copy?.close();
    copy = undefined;
    removeBackup(partial);
    throw new CharterError(
      'file_error',
      `The copy failed its integrity check, so it was not kept: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    copy?.close();
  }
}

export interface BackupOptions {
  kind?: BackupKind;
  nativeBinding?: string;
  /** The time to name the backup by (tests). */
  now?: number;
}

/**
 * Backs up the open connection `db` of the model at `modelPath`, checks the
 * copy with integrity_check, then prunes old backups.
 */
export async function takeBackup(
  db: Db,
  modelPath: string,
  options: BackupOptions = {},
): Promise<BackupFile> {
  const now = options.now ?? Date.now();
  const kind = options.kind ?? 'open';
  const dir = backupsDirFor(modelPath);
  fs.mkdirSync(dir, { recursive: true });
  const name = backupName(modelPath, now, kind);
  const file = path.join(dir, name);
  const partial = `${file}.partial`;
  removeBackup(partial);
  try {
    await db.backup(partial);
  } catch (error) {
    removeBackup(partial);
    throw new CharterError(
      'file_error',
      `Charter could not back up "${path.basename(modelPath)}": ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  finishCopy(partial, options.nativeBinding);
  fs.renameSync(partial, file);
  pruneBackups(modelPath, now);
  return { name, path: file, takenAt: now, kind, bytes: fs.statSync(file).size };
}

/** Backs up the model file at `modelPath` through a read-only connection of its own. */
export async function backupFile(modelPath: string, options: BackupOptions = {}): Promise<BackupFile> {
  const db = new Database(modelPath, {
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
  });
  try {
    return await takeBackup(db, modelPath, options);
  } finally {
    db.close();
  }
}
