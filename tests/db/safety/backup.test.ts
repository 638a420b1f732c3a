import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupsDirFor,
  backupName,
  listBackups,
  parseBackupName,
  takeBackup,
} from '../../../db/safety/backup';
import { checkFile } from '../../../db/safety/integrity';
import { copyModel } from '../../../db/safety/copy';
import { restoreBackup } from '../../../db/safety/restore';
import { lockPathFor } from '../../../db/safety/lock';
import { damage } from './damage';

let dir: string;
let model: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charter-backup-'));
  model = path.join(dir, 'Acme.charter');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A WAL-mode SQLite file with one table of `rows` rows. */
function makeModel(file: string, rows: number): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE roles (id INTEGER PRIMARY KEY, title TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO roles (title) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < rows; i += 1) insert.run(`Role ${i}`);
  })();
  return db;
}

function count(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM roles').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('backups', () => {
  it('names each backup by its time and kind and reads the name back', () => {
    const time = Date.parse('2026-11-27T01:23:32.123Z');
    const name = backupName(model, time, 'open');
    expect(name).toBe('Acme.2026-11-27T01-23-32-123Z.open.charter');
    expect(parseBackupName(name)).toEqual({ takenAt: time, kind: 'open' });
    expect(parseBackupName('notes.txt')).toBeNull();
    expect(parseBackupName(`${name}.partial`)).toBeNull();
  });

  it('copies an open model, WAL content included, into a checked standalone file next to it', async () => {
    const db = makeModel(model, 500);
    const backup = await takeBackup(db, model);
    db.close();
    expect(path.dirname(backup.path)).toBe(backupsDirFor(model));
    expect(backupsDirFor(model)).toBe(`${model}.backups`);
    expect(count(backup.path)).toBe(500);
    expect(checkFile(backup.path, 'integrity_check')).toEqual({ ok: true });
    expect(fs.readdirSync(backupsDirFor(model))).toEqual([backup.name]);
  });

  it('keeps the last ten and one a day for a week, and clears interrupted copies', async () => {
    const db = makeModel(model, 10);
    const now = Date.parse('2026-11-27T12:00:00.000Z');
    fs.mkdirSync(backupsDirFor(model));
    fs.writeFileSync(path.join(backupsDirFor(model), 'Acme.x.open.charter.partial'), 'half');
    for (let day = 9; day >= 1; day -= 1) await takeBackup(db, model, { now: now - day * 86_400_000 });
    for (let i = 12; i >= 0; i -= 1) await takeBackup(db, model, { now: now - i * 1000 });
    db.close();
    const backups = listBackups(model);
    expect(backups).toHaveLength(10 + 6);
    expect(backups[0]?.takenAt).toBe(now);
    expect(fs.readdirSync(backupsDirFor(model)).some((n) => n.endsWith('.partial'))).toBe(false);
  });
});

describe('restoring a backup', () => {
  it('puts the backup in place atomically and keeps the replaced file as a backup', async () => {
    const db = makeModel(model, 100);
    const backup = await takeBackup(db, model);
    db.exec("DELETE FROM roles WHERE id > 10; INSERT INTO roles (title) VALUES ('after the backup')");
    db.close();
    expect(count(model)).toBe(11);

    const result = restoreBackup(model, backup.path);
    expect(count(model)).toBe(100);
    expect(result.replacedKeptAt).not.toBeNull();
    expect(count(result.replacedKeptAt ?? '')).toBe(11);
    expect(
      listBackups(model)
        .map((b) => b.kind)
        .sort(),
    ).toEqual(['open', 'replaced']);
    expect(fs.existsSync(`${model}-wal`)).toBe(false);
    expect(fs.existsSync(lockPathFor(model))).toBe(false);
    expect(fs.readdirSync(dir).filter((n) => n.includes('restoring'))).toEqual([]);
  });

  it('refuses a damaged backup and leaves the model as it was', async () => {
    const db = makeModel(model, 2000);
    const backup = await takeBackup(db, model);
    db.close();
    damage(backup.path);
    expect(() => restoreBackup(model, backup.path)).toThrow(/integrity check, so nothing was restored/);
    expect(count(model)).toBe(2000);
  });

  it('refuses while another process edits the model', async () => {
    const db = makeModel(model, 10);
    const backup = await takeBackup(db, model);
    db.close();
    fs.writeFileSync(
      lockPathFor(model),
      JSON.stringify({
        pid: process.pid,
        host: os.hostname(),
        boot: Date.now() - os.uptime() * 1000,
        since: 'now',
        nonce: 'x',
      }),
    );
    expect(() => restoreBackup(model, backup.path)).toThrow(/is in use/);
  });
});

describe('copying a model (Save As)', () => {
  it('writes a checked copy of an open model, WAL content included, over an existing target', async () => {
    const db = makeModel(model, 300);
    const target = path.join(dir, 'Copy.charter');
    fs.writeFileSync(target, 'an older file the user agreed to replace');
    fs.writeFileSync(`${target}-wal`, 'stale');
    await copyModel(model, target);
    db.close();
    expect(count(target)).toBe(300);
    expect(fs.existsSync(`${target}-wal`)).toBe(false);
    expect(fs.readdirSync(dir).filter((n) => n.includes('copying') || n.endsWith('.lock'))).toEqual([]);
  });

  it('refuses a target another process is editing', async () => {
    makeModel(model, 1).close();
    const target = path.join(dir, 'Busy.charter');
    fs.writeFileSync(
      lockPathFor(target),
      JSON.stringify({
        pid: process.pid,
        host: os.hostname(),
        boot: Date.now() - os.uptime() * 1000,
        since: 'now',
        nonce: 'x',
      }),
    );
    await expect(copyModel(model, target)).rejects.toMatchObject({ code: 'file_in_use' });
    expect(fs.existsSync(target)).toBe(false);
  });
});
