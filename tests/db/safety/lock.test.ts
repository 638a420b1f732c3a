import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CharterError } from '../../../app/errors';
import type { LockOwner } from '../../../db/safety/lock';
import { acquireLock, describeOwner, isStale, lockPathFor, parseOwner } from '../../../db/safety/lock';

let dir: string;
let model: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charter-lock-'));
  model = path.join(dir, 'Acme.charter');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A pid that certainly belongs to no running process: one that just exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

function writeLock(owner: Partial<LockOwner>): void {
  fs.writeFileSync(lockPathFor(model), JSON.stringify({ ...describeOwner(), ...owner }));
}

function inUse(work: () => unknown): CharterError {
  try {
    work();
  } catch (error) {
    if (error instanceof CharterError) return error;
    throw error;
  }
  throw new Error('expected the model to be in use');
}

describe('the model lock', () => {
  it('is taken by the first opener and refused to the second with a plain message', () => {
    const first = acquireLock(model);
    const error = inUse(() => acquireLock(model));
    expect(error.code).toBe('file_in_use');
    expect(error.message).toMatch(/^"Acme\.charter" is in use: Charter on this computer \(process \d+\)/);
    expect(error.message).toContain('open this one read-only');
    first.release();
    acquireLock(model).release();
  });

  it('writes the owner into the lock file and removes it on release', () => {
    const lock = acquireLock(model);
    const owner = parseOwner(fs.readFileSync(lockPathFor(model), 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, host: os.hostname(), nonce: lock.owner.nonce });
    lock.release();
    lock.release();
    expect(fs.existsSync(lockPathFor(model))).toBe(false);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('takes over a lock left by a process that died', () => {
    writeLock({ pid: deadPid() });
    const lock = acquireLock(model);
    expect(parseOwner(fs.readFileSync(lockPathFor(model), 'utf8'))?.nonce).toBe(lock.owner.nonce);
    lock.release();
  });

  it('takes over a lock from before the machine last booted', () => {
    writeLock({ pid: process.pid, boot: describeOwner().boot - 3 * 24 * 60 * 60 * 1000 });
    acquireLock(model).release();
  });

  it('never takes over a lock held from another computer', () => {
    writeLock({ host: 'laptop-of-someone-else', pid: deadPid() });
    const error = inUse(() => acquireLock(model));
    expect(error.message).toContain('on the computer "laptop-of-someone-else"');
  });

  it('does not remove a lock that is no longer its own on release', () => {
    const lock = acquireLock(model);
    writeLock({ nonce: 'someone-else' });
    lock.release();
    expect(parseOwner(fs.readFileSync(lockPathFor(model), 'utf8'))?.nonce).toBe('someone-else');
  });

  it('treats a fresh unreadable lock file as in use and an old one as stale', () => {
    fs.writeFileSync(lockPathFor(model), '');
    expect(inUse(() => acquireLock(model)).code).toBe('file_in_use');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockPathFor(model), old, old);
    acquireLock(model).release();
  });
});

describe('stale lock rules', () => {
  const here = { host: 'h', boot: 1_000_000 };
  const owner = (o: Partial<LockOwner>): LockOwner => ({
    pid: 42,
    host: 'h',
    boot: 1_000_000,
    since: '',
    nonce: 'n',
    ...o,
  });

  it('calls a lock stale only when its owner is certainly gone', () => {
    expect(isStale(owner({}), here, () => true)).toBe(false);
    expect(isStale(owner({}), here, () => false)).toBe(true);
    expect(isStale(owner({ boot: 1_000_000 + 30_000 }), here, () => true)).toBe(false);
    expect(isStale(owner({ boot: 1_000_000 - 10 * 60_000 }), here, () => true)).toBe(true);
    expect(isStale(owner({ host: 'other' }), here, () => false)).toBe(false);
  });

  it('reads only well-formed lock files', () => {
    expect(parseOwner('not json')).toBeNull();
    expect(parseOwner('{"pid":"1"}')).toBeNull();
    expect(parseOwner(JSON.stringify(owner({})))).toEqual(owner({}));
  });
});
