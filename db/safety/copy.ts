/**
 * Save As: a consistent copy of a model, taken with the backup API while
 * the model stays open, written beside the target, checked, and renamed
 * into place so the target path never holds half a model.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { finishCopy } from './backup';
import { acquireLock } from './lock';

/**
 * Copies the model at `from` to `to`, replacing a file there (the caller
 * asked the user). Refuses a target another process is editing.
 */
export async function copyModel(
  from: string,
  to: string,
  options: { nativeBinding?: string } = {},
): Promise<void> {
  if (path.resolve(from) === path.resolve(to)) return;
  const lock = acquireLock(to);
  const temp = path.join(path.dirname(to), `.${path.basename(to)}.${randomUUID()}.copying`);
  const binding = options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding };
  try {
    const source = new Database(from, { readonly: true, fileMustExist: true, ...binding });
    try {
      await source.backup(temp);
    } finally {
      source.close();
    }
    finishCopy(temp, options.nativeBinding);
    // The copy carries no -wal; old side files of a replaced target must not be replayed into it.
    fs.rmSync(`${to}-wal`, { force: true });
    fs.rmSync(`${to}-shm`, { force: true });
    fs.renameSync(temp, to);
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${temp}${suffix}`, { force: true });
    lock.release();
  }
}
