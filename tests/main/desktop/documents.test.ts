import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { invoke } from '../../../app/contract';
import { createModel } from '../../../db';
import { listBackups } from '../../../db/safety';
import { lockPathFor } from '../../../db/safety/lock';
import type { OpenedModel, Shell } from '../../../main/electron/documents';
import {
  DocumentSession,
  fileFromArgv,
  safeModelStore,
  secondInstanceFile,
  startupTarget,
  windowTitle,
  withModelExtension,
} from '../../../main/electron/documents';
import { damage } from '../../db/safety/damage';

describe('which model the app opens', () => {
  it('finds the model named on a command line, skipping the executable and switches', () => {
    expect(fileFromArgv(['/opt/Charter/charter', 'Acme.charter'], '/home/ana')).toBe(
      '/home/ana/Acme.charter',
    );
    expect(fileFromArgv(['electron', '.', '--inspect=0', '/tmp/B.CHARTER'], '/x')).toBe('/tmp/B.CHARTER');
    expect(fileFromArgv(['/opt/Charter/charter'], '/home/ana')).toBeNull();
    expect(fileFromArgv(['charter.charter'], '/')).toBeNull();
  });

  it('hands a second launch’s file to the first instance, resolved in the second’s folder', () => {
    const argv = [
      'C:\\Charter\\Charter.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=1',
      'Acme.charter',
    ];
    expect(secondInstanceFile(argv, '/work/docs')).toBe('/work/docs/Acme.charter');
    expect(secondInstanceFile(['C:\\Charter\\Charter.exe', '--flag'], '/work')).toBeNull();
  });

  it('prefers the OS’s file, then the command line’s, then the last model, then the default one', () => {
    const exists = (f: string) => f !== '/gone.charter' && f !== '/u/Default.charter';
    const facts = {
      openFileEvent: null,
      argvFile: null,
      lastModel: null,
      defaultModel: '/u/Default.charter',
      exists,
    };
    expect(startupTarget({ ...facts, openFileEvent: '/os.charter', argvFile: '/argv.charter' })).toEqual({
      path: '/os.charter',
      create: false,
    });
    expect(startupTarget({ ...facts, argvFile: '/argv.charter', lastModel: '/last.charter' })).toEqual({
      path: '/argv.charter',
      create: false,
    });
    expect(startupTarget({ ...facts, lastModel: '/last.charter' })).toEqual({
      path: '/last.charter',
      create: false,
    });
    expect(startupTarget({ ...facts, lastModel: '/gone.charter' })).toEqual({
      path: '/u/Default.charter',
      create: true,
    });
    expect(startupTarget({ ...facts, exists: () => true })).toEqual({
      path: '/u/Default.charter',
      create: false,
    });
  });

  it('titles the window with the model’s name and path', () => {
    expect(windowTitle('Acme Corp', '/home/ana/Acme.charter')).toBe('Acme Corp — /home/ana/Acme.charter');
    expect(windowTitle('Acme', '/a.charter', { readOnly: true })).toBe('Acme — /a.charter (read-only)');
    expect(windowTitle('Acme', '/a.charter', { readOnly: true, damaged: true })).toBe(
      'Acme — /a.charter (damaged, read-only)',
    );
    expect(withModelExtension('/a/Plan')).toBe('/a/Plan.charter');
    expect(withModelExtension('/a/Plan.Charter')).toBe('/a/Plan.Charter');
  });
});

/** A stand-in for Electron's dialogs and window (the binary is not available here). */
class FakeShell implements Shell {
  answers: (string | null)[] = [];
  restoreAnswer = true;
  errors: string[] = [];
  titles: string[] = [];
  recentList: string[] = [];
  closed = false;
  chooseModelToOpen = async () => this.answers.shift() ?? null;
  chooseModelToSave = async () => this.answers.shift() ?? null;
  chooseBackup = async () => this.answers.shift() ?? null;
  confirmRestore = async () => this.restoreAnswer;
  showError = (title: string, message: string) => void this.errors.push(`${title}: ${message}`);
  modelChanged = (_model: OpenedModel, title: string) => void this.titles.push(title);
  closeWindow = () => void (this.closed = true);
  recent = () => this.recentList;
  setRecent = (list: string[]) => void (this.recentList = list);
}

let dir: string;
let shell: FakeShell;
let session: DocumentSession;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charter-documents-'));
  shell = new FakeShell();
  session = new DocumentSession(safeModelStore({ actor: 'tester' }), shell);
});
afterEach(() => {
  session.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

function seedModel(name: string): string {
  const file = path.join(dir, name);
  createModel(file, { template: 'seed', actor: 'tester', name: name.replace('.charter', '') }).close();
  return file;
}

const roles = (model: OpenedModel | null) =>
  (
    invoke(model?.handlers ?? session.handlers(), 'model.summary', {}) as {
      ok: true;
      result: { roles: number };
    }
  ).result.roles;

describe('a document session', () => {
  it('opens a model locked and backed up, titles the window and remembers it', async () => {
    const acme = seedModel('Acme.charter');
    expect(await session.open(acme)).toBe(true);
    expect(shell.titles).toEqual([`Acme — ${acme}`]);
    expect(shell.recentList).toEqual([acme]);
    expect(fs.existsSync(lockPathFor(acme))).toBe(true);
    expect(listBackups(acme)).toHaveLength(1);
  });

  it('keeps the current model when another fails to open, and forgets a missing one', async () => {
    const acme = seedModel('Acme.charter');
    await session.open(acme);
    shell.recentList = [path.join(dir, 'Gone.charter'), acme];
    expect(await session.open(path.join(dir, 'Gone.charter'))).toBe(false);
    expect(session.current?.path).toBe(acme);
    expect(shell.errors[0]).toMatch(/^Charter could not open the model: There is no model file/);
    expect(shell.recentList).toEqual([acme]);
  });

  it('switches models, releasing the lock of the one it closes', async () => {
    const acme = seedModel('Acme.charter');
    const beta = seedModel('Beta.charter');
    await session.open(acme);
    await session.openChosen();
    expect(session.current?.path).toBe(acme);
    shell.answers = [beta];
    expect(await session.openChosen()).toBe(true);
    expect(session.current?.path).toBe(beta);
    expect(fs.existsSync(lockPathFor(acme))).toBe(false);
    expect(shell.recentList).toEqual([beta, acme]);
  });

  it('creates a new model from the seed template, adding the extension', async () => {
    shell.answers = [path.join(dir, 'Fresh')];
    expect(await session.createNew()).toBe(true);
    expect(session.current?.path).toBe(path.join(dir, 'Fresh.charter'));
    expect(roles(session.current)).toBeGreaterThan(0);
  });

  it('saves a copy under a new name and carries on in the copy', async () => {
    const acme = seedModel('Acme.charter');
    await session.open(acme);
    invoke(session.handlers(), 'role.create', { title: 'Chief Data Officer' });
    const count = roles(session.current);
    shell.answers = [path.join(dir, 'Copy.charter')];
    expect(await session.saveAs()).toBe(true);
    expect(session.current?.path).toBe(path.join(dir, 'Copy.charter'));
    expect(roles(session.current)).toBe(count);
    expect(fs.existsSync(lockPathFor(acme))).toBe(false);
  });

  it('restores a chosen backup and keeps the replaced state as a backup', async () => {
    const acme = seedModel('Acme.charter');
    await session.open(acme);
    const before = roles(session.current);
    invoke(session.handlers(), 'role.create', { title: 'Temporary' });
    shell.answers = [listBackups(acme)[0]?.path ?? null];
    expect(await session.restoreChosen()).toBe(true);
    expect(roles(session.current)).toBe(before);
    expect(listBackups(acme).map((b) => b.kind)).toContain('replaced');
  });

  it('offers to restore a damaged model and, if declined, leaves it open read-only', async () => {
    const acme = seedModel('Acme.charter');
    await session.open(acme);
    session.dispose();
    damage(acme);
    shell.restoreAnswer = false;
    await session.open(acme);
    expect(session.current?.readOnly).toBe(true);
    expect(session.current?.damage?.message).toMatch(/is damaged/);
    expect(shell.titles.at(-1)).toMatch(/\(damaged, read-only\)$/);
  });

  it('restores a damaged model from its newest backup when the user agrees', async () => {
    const acme = seedModel('Acme.charter');
    await session.open(acme);
    session.dispose();
    damage(acme);
    await session.open(acme);
    expect(session.current).toMatchObject({ readOnly: false, damage: null });
    expect(shell.titles.at(-1)).toBe(`Acme — ${acme}`);
  });

  it('closes the window on File > Close', () => {
    session.close();
    expect(shell.closed).toBe(true);
  });
});
