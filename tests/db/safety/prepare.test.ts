import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups, openSafely, prepareOpen } from '../../../db/safety';
import { lockPathFor } from '../../../db/safety/lock';
import { damage } from './damage';

let dir: string;
let model: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charter-prepare-'));
  model = path.join(dir, 'Acme.charter');
  const db = new Database(model);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE roles (id INTEGER PRIMARY KEY, title TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO roles (title) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 3000; i += 1) insert.run(`Role ${i} `.repeat(5));
  })();
  db.close();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The plain opener, standing in for db/openModel: it only needs close(). */
function opener(readOnly: boolean) {
  const db = new Database(model, { readonly: readOnly, fileMustExist: true });
  return { db, readOnly, close: () => db.close() };
}

describe('opening a model safely', () => {
  it('locks the model, backs it up and releases the lock on close', async () => {
    const handle = await openSafely(model, {}, opener);
    expect(handle.readOnly).toBe(false);
    expect(handle.damage).toBeNull();
    expect(fs.existsSync(lockPathFor(model))).toBe(true);
    expect(listBackups(model)).toHaveLength(1);
    await expect(openSafely(model, {}, opener)).rejects.toMatchObject({ code: 'file_in_use' });
    handle.close();
    expect(fs.existsSync(lockPathFor(model))).toBe(false);
  });

  it('lets a read-only opener in beside the editor, without lock or backup', async () => {
    const editor = await openSafely(model, {}, opener);
    const reader = await openSafely(model, { readOnly: true }, opener);
    expect(reader.readOnly).toBe(true);
    expect(listBackups(model)).toHaveLength(1);
    reader.close();
    expect(fs.existsSync(lockPathFor(model))).toBe(true);
    editor.close();
  });

  it('opens a damaged model read-only, unlocked and not backed up, with an offer to restore', async () => {
    (await openSafely(model, {}, opener)).close();
    damage(model);
    const prepared = await prepareOpen(model);
    expect(prepared.readOnly).toBe(true);
    expect(prepared.lock).toBeNull();
    expect(fs.existsSync(lockPathFor(model))).toBe(false);
    expect(listBackups(model)).toHaveLength(1);
    expect(prepared.damage).toMatchObject({ code: 'read_only', details: { damaged: true } });
    expect(prepared.damage?.message).toMatch(
      /^"Acme\.charter" is damaged .* restore it from one of its 1 backups/,
    );
  });

  it('releases the lock when the plain open fails', async () => {
    await expect(
      openSafely(model, {}, () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(fs.existsSync(lockPathFor(model))).toBe(false);
  });

  it('only locks a model that does not exist yet, so it can be created', async () => {
    const fresh = path.join(dir, 'New.charter');
    const prepared = await prepareOpen(fresh);
    expect(prepared).toMatchObject({ readOnly: false, damage: null, backup: null });
    expect(fs.existsSync(lockPathFor(fresh))).toBe(true);
    prepared.release();
  });
});

describe('opening a model to replace it', () => {
  it('keeps the lock and ignores damage, backing up only a healthy file', async () => {
    damage(model);
    const prepared = await prepareOpen(model, { replace: true });
    expect(prepared).toMatchObject({ readOnly: false, damage: null, backup: null });
    expect(fs.existsSync(lockPathFor(model))).toBe(true);
    prepared.release();
  });
});
