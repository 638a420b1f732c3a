/**
 * One writer per model file, across processes.
 *
 * SQLite's own locks are no help here: in WAL mode two processes can both
 * write, and each would later overwrite the other's view of the model. So
 * an opener for editing takes `<model>.lock`, a small JSON file naming its
 * owner (pid, host, boot time). The file is created atomically (hard link
 * of a fully written temp file, or an exclusive create where the file
 * system has no hard links), so a reader never sees half a lock.
 *
 * A lock left by a process that died (same host, pid gone, or the machine
 * rebooted since) is stale and is taken over. A lock from another host is
 * never taken over: that owner cannot be checked from here, and a shared
 * folder is exactly where two people open the same model. Read-only
 * openers take no lock.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CharterError } from '../../app/errors';

export interface LockOwner {
  pid: number;
  host: string;
  /** When the owner's machine booted (ms since epoch, rounded): a pid only means something within one boot. */
  boot: number;
  /** When the lock was taken (ISO time). */
  since: string;
  /** Unique per lock: tells our lock from a newer one at the same path. */
  nonce: string;
}

export interface ModelLock {
  readonly path: string;
  readonly owner: LockOwner;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void;
}

/** The lock file that guards `modelPath`. */
export function lockPathFor(modelPath: string): string {
  return `${modelPath}.lock`;
}

/** Boot times closer than this are the same boot (uptime and clock are read at slightly different moments). */
const BOOT_TOLERANCE_MS = 60_000;

function currentBoot(): number {
  return Math.round(Date.now() - os.uptime() * 1000);
}

export function describeOwner(): LockOwner {
  return {
    pid: process.pid,
    host: os.hostname(),
    boot: currentBoot(),
    since: new Date().toISOString(),
    nonce: randomUUID(),
  };
}

/** Reads a lock file's owner; null when the text is not a lock (e.g. damaged). */
export function parseOwner(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner> | null;
    if (
      value !== null &&
      typeof value === 'object' &&
      typeof value.pid === 'number' &&
      typeof value.host === 'string' &&
      typeof value.boot === 'number' &&
      typeof value.since === 'string' &&
      typeof value.nonce === 'string'
    )
      return { pid: value.pid, host: value.host, boot: value.boot, since: value.since, nonce: value.nonce };
  } catch {
    // not JSON: handled below as a damaged lock
  }
  return null;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a lock's owner is certainly gone. Pure apart from the `alive`
 * probe, so the rules can be tested without real processes.
 */
export function isStale(
  owner: LockOwner,
  here: { host: string; boot: number },
  alive: (pid: number) => boolean,
): boolean {
  if (owner.host !== here.host) return false;
  if (Math.abs(owner.boot - here.boot) > BOOT_TOLERANCE_MS) return true;
  return !alive(owner.pid);
}

/** The plain message a second opener sees. */
export function inUseMessage(modelPath: string, owner: LockOwner | null): string {
  const file = path.basename(modelPath);
  if (owner === null)
    return `"${file}" is in use: another Charter window or program has it open for editing. Close it there, or open this one read-only.`;
  const where = owner.host === os.hostname() ? 'on this computer' : `on the computer "${owner.host}"`;
  return `"${file}" is in use: Charter ${where} (process ${owner.pid}) has had it open for editing since ${owner.since}. Close it there, or open this one read-only.`;
}

function readOwner(lockPath: string): { owner: LockOwner | null; mtimeMs: number } | 'gone' {
  try {
    const text = fs.readFileSync(lockPath, 'utf8');
    const { mtimeMs } = fs.statSync(lockPath);
    return { owner: parseOwner(text), mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
}

/** Creates the lock file with its full content in one step; false if it exists. */
function createAtomically(lockPath: string, owner: LockOwner): boolean {
  const text = `${JSON.stringify(owner)}\n`;
  const temp = `${lockPath}.${owner.nonce}.tmp`;
  fs.writeFileSync(temp, text);
  try {
    fs.linkSync(temp, lockPath);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    // No hard links on this file system (FAT, some shares): exclusive create.
    try {
      fs.writeFileSync(lockPath, text, { flag: 'wx' });
      return true;
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw inner;
    }
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * Moves a stale lock aside and deletes it, but only if it is still the
 * stale one we judged: another opener may have replaced it meanwhile, and
 * then its fresh lock is put back.
 */
function removeStale(lockPath: string, stale: LockOwner | null, staleMtime: number): void {
  const aside = `${lockPath}.${randomUUID()}.stale`;
  try {
    fs.renameSync(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readOwner(aside);
  const same =
    moved !== 'gone' &&
    (stale === null
      ? moved.owner === null && moved.mtimeMs === staleMtime
      : moved.owner?.nonce === stale.nonce);
  if (!same) {
    try {
      fs.linkSync(aside, lockPath);
    } catch {
      // A third opener took the path meanwhile; its lock stands.
    }
  }
  fs.rmSync(aside, { force: true });
}

/** A lock file that cannot be read as one is stale once it is this old (a writer was killed mid-way). */
const DAMAGED_LOCK_GRACE_MS = 10_000;

/**
 * Takes the lock for editing `modelPath`, taking over a stale one.
 * @throws CharterError('file_in_use') when another live process holds it.
 */
export function acquireLock(modelPath: string): ModelLock {
  const lockPath = lockPathFor(modelPath);
  const owner = describeOwner();
  const here = { host: owner.host, boot: owner.boot };
  for (let attempt = 0; attempt < 10; attempt += 1) {
    if (createAtomically(lockPath, owner)) return heldLock(lockPath, owner);
    const found = readOwner(lockPath);
    if (found === 'gone') continue;
    const stale =
      found.owner === null
        ? Date.now() - found.mtimeMs > DAMAGED_LOCK_GRACE_MS
        : isStale(found.owner, here, processAlive);
    if (!stale)
      throw new CharterError('file_in_use', inUseMessage(modelPath, found.owner), {
        lockFile: lockPath,
        ...(found.owner === null
          ? {}
          : { pid: found.owner.pid, host: found.owner.host, since: found.owner.since }),
      });
    removeStale(lockPath, found.owner, found.mtimeMs);
  }
  throw new CharterError('file_in_use', inUseMessage(modelPath, null), { lockFile: lockPath });
}

function heldLock(lockPath: string, owner: LockOwner): ModelLock {
  let held = true;
  return {
    path: lockPath,
    owner,
    release() {
      if (!held) return;
      held = false;
      const found = readOwner(lockPath);
      if (found !== 'gone' && found.owner?.nonce === owner.nonce) fs.rmSync(lockPath, { force: true });
    },
  };
}
