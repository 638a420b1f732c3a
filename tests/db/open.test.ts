import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createModel, openModel } from '../../db';
import { LATEST_VERSION } from '../../db/migrations';
import { backupBeforeMigrating, openDatabase } from '../../db/open';
import { call, failure, newModel, tempPath, thrown, track } from './helpers';

describe('opening a model file', () => {
  it('sets WAL, synchronous=FULL, foreign keys, a busy timeout and trusted_schema=OFF', () => {
    const file = tempPath();
    newModel('empty', file).close();
    const db = openDatabase(file);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    } finally {
      db.close();
    }
  });

  it('refuses a file from a newer version, naming the file and both versions, and leaves it untouched', () => {
    const file = tempPath();
    newModel('empty', file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 10}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const bytes = fs.readFileSync(file);
    const error = thrown(() => openModel(file), 'future_version');
    expect(error.message).toContain(file);
    expect(error.message).toContain(String(LATEST_VERSION + 10));
    expect(error.message).toContain(String(LATEST_VERSION));
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file that is not a SQLite database', () => {
    const file = tempPath('notes.charter');
    fs.writeFileSync(file, 'These are my notes, not a database.\n'.repeat(200));
    const error = thrown(() => openModel(file), 'file_error');
    expect(error.message).toContain('not a Charter model');
  });

  it('refuses an empty file', () => {
    const file = tempPath('empty.charter');
    fs.writeFileSync(file, '');
    expect(thrown(() => openModel(file), 'file_error').message).toContain('not a Charter model');
  });

  it('refuses a SQLite database that is not a Charter model', () => {
    const file = tempPath('other.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE things (x)');
    raw.close();
    expect(thrown(() => openModel(file), 'file_error').message).toContain('not a Charter model');
  });

  it('refuses a missing file with a file error', () => {
    expect(thrown(() => openModel(tempPath('missing.charter')), 'file_error').message).toContain(
      'missing.charter',
    );
  });

  it('opens read-only when asked: queries work, commands are refused', () => {
    const file = tempPath();
    newModel('seed', file).close();
    const handle = track(openModel(file, { readOnly: true }));
    expect(handle.readOnly).toBe(true);
    expect(call(handle, 'model.info', {}).readOnly).toBe(true);
    expect(call(handle, 'model.summary', {}).roles).toBe(7);
    expect(failure(handle, 'model.rename', { name: 'Other' }).code).toBe('read_only');
    expect(failure(handle, 'history.undo', {}).code).toBe('read_only');
  });
});

describe('creating a model file', () => {
  it('refuses to overwrite an existing file', () => {
    const file = tempPath();
    fs.writeFileSync(file, 'keep me');
    thrown(() => createModel(file, { template: 'seed' }), 'conflict');
    expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('writes the template and the name, and reopens with the same content', () => {
    const file = tempPath();
    const handle = track(createModel(file, { template: 'seed', name: 'Acme' }));
    const before = call(handle, 'model.export', {});
    expect(before.name).toBe('Acme');
    expect(before.roles.map((r) => r.shortName)).toContain('CISO');
    handle.close();
    const again = track(openModel(file));
    expect(call(again, 'model.export', {})).toEqual(before);
    expect(call(again, 'model.info', {}).schemaVersion).toBe(LATEST_VERSION);
  });

  it('starts an empty model from the empty template', () => {
    const handle = newModel('empty');
    const summary = call(handle, 'model.summary', {});
    expect(summary.roles + summary.people + summary.policies + summary.assets).toBe(0);
  });

  it('does not make the template undoable, so undo cannot empty a new model', () => {
    const handle = newModel('seed');
    expect(call(handle, 'model.info', {}).undo).toBeNull();
    expect(failure(handle, 'history.undo', {}).code).toBe('nothing_to_undo');
    expect(call(handle, 'history.list', { limit: 10 }).map((e) => e.command)).toEqual(['model.create']);
  });
});

describe('before a migration', () => {
  it('keeps a consistent copy of the file as it was', () => {
    const file = tempPath();
    newModel('seed', file).close();
    const db = openDatabase(file);
    try {
      backupBeforeMigrating(db, file, 10);
    } finally {
      db.close();
    }
    const copy = track(openModel(`${file}.v10.backup`, { readOnly: true }));
    expect(call(copy, 'model.summary', {}).roles).toBe(7);
  });
});

describe('the native binding option', () => {
  it('is passed to better-sqlite3', () => {
    const binding = path.resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    const handle = track(createModel(tempPath(), { template: 'empty', nativeBinding: binding }));
    expect(call(handle, 'model.summary', {}).roles).toBe(0);
    const file = tempPath();
    const error = thrown(
      () => createModel(file, { template: 'empty', nativeBinding: '/nowhere/addon.node' }),
      'file_error',
    );
    expect(error.message).toContain('/nowhere/addon.node');
    expect(fs.existsSync(file)).toBe(false);
  });
});
