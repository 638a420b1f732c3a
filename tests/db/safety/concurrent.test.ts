import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModel } from '../../../db';
import { describeOwner, lockPathFor } from '../../../db/safety/lock';
import { bundleScript, childEnv } from './fixtures/bundle';

interface Said {
  opened?: boolean;
  readOnly?: boolean;
  summary?: { roles: number } | null;
  error?: { code: string; message: string };
  wrote?: string;
  closed?: boolean;
}

/** One opener process and the JSON lines it has said so far. */
class Opener {
  readonly child: ChildProcess;
  readonly said: Said[] = [];
  private buffer = '';
  private waiters: (() => void)[] = [];
  readonly exited: Promise<number | null>;

  constructor(script: string, model: string, mode: 'edit' | 'read', writes = 0) {
    this.child = spawn(process.execPath, [script, model, mode, String(writes)], {
      env: childEnv(),
      stdio: 'pipe',
    });
    this.child.stdout?.on('data', (chunk: Buffer) => {
      this.buffer += chunk.toString('utf8');
      const lines = this.buffer.split('\n');
      this.buffer = lines.pop() ?? '';
      for (const line of lines) this.said.push(JSON.parse(line) as Said);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.exited = new Promise((resolve) => this.child.once('close', (code) => resolve(code)));
  }

  /** Waits until the child has said something matching `test`. */
  async until(test: (said: Said) => boolean): Promise<Said> {
    for (;;) {
      const found = this.said.find(test);
      if (found !== undefined) return found;
      const next = new Promise<void>((resolve) => this.waiters.push(resolve));
      const code = await Promise.race([next.then(() => 'more' as const), this.exited]);
      if (code !== 'more' && this.said.find(test) === undefined)
        throw new Error(`opener exited (${code}) without saying it`);
    }
  }

  outcome(): Promise<Said> {
    return this.until((s) => s.opened !== undefined);
  }

  /** Ends stdin: the child closes its model and exits. */
  async finish(): Promise<void> {
    this.child.stdin?.end();
    await this.exited;
  }
}

let script: { file: string; dir: string };
let dir: string;
beforeAll(async () => {
  script = await bundleScript('opener.ts');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charter-concurrent-'));
});
afterAll(() => {
  fs.rmSync(script.dir, { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
});

function newModelFile(name: string): string {
  const model = path.join(dir, name);
  createModel(model, { template: 'seed', actor: 'tester' }).close();
  return model;
}

function check(model: string): { integrity: string; roleIds: Set<string> } {
  const db = new Database(model, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    return {
      integrity,
      roleIds: new Set((db.prepare('SELECT id FROM roles').all() as { id: string }[]).map((r) => r.id)),
    };
  } finally {
    db.close();
  }
}

describe('two processes opening the same model', () => {
  it('tells the second one plainly that the file is in use, and lets it read', async () => {
    const model = newModelFile('Acme.charter');
    const first = new Opener(script.file, model, 'edit', 5);
    expect(await first.outcome()).toMatchObject({ opened: true, readOnly: false });
    await first.until((s) => s.wrote !== undefined && first.said.filter((t) => t.wrote).length === 5);

    const second = new Opener(script.file, model, 'edit');
    const refused = await second.outcome();
    expect(refused.opened).toBe(false);
    expect(refused.error?.code).toBe('file_in_use');
    expect(refused.error?.message).toBe(
      `"Acme.charter" is in use: Charter on this computer (process ${first.child.pid}) has had it open for editing since ${
        JSON.parse(fs.readFileSync(lockPathFor(model), 'utf8')).since
      }. Close it there, or open this one read-only.`,
    );
    expect(await second.exited).toBe(0);

    const reader = new Opener(script.file, model, 'read');
    const read = await reader.outcome();
    expect(read).toMatchObject({ opened: true, readOnly: true });
    expect(read.summary?.roles).toBe(check(model).roleIds.size);
    await reader.finish();

    await first.finish();
    const third = new Opener(script.file, model, 'edit');
    expect(await third.outcome()).toMatchObject({ opened: true });
    await third.finish();
    expect(check(model).integrity).toBe('ok');
  });

  it('lets exactly one of several racing openers edit, even over a stale lock, and never corrupts the file', async () => {
    const model = newModelFile('Race.charter');
    for (const round of [0, 1, 2]) {
      if (round === 2) {
        const dead = Number(
          spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
            encoding: 'utf8',
          }).stdout,
        );
        fs.writeFileSync(lockPathFor(model), JSON.stringify({ ...describeOwner(), pid: dead }));
      }
      const openers = Array.from({ length: 4 }, () => new Opener(script.file, model, 'edit', 10));
      const outcomes = await Promise.all(openers.map((o) => o.outcome()));
      const winners = openers.filter((_, i) => outcomes[i]?.opened === true);
      expect(winners, `winners of round ${round}`).toHaveLength(1);
      for (const outcome of outcomes.filter((o) => o.opened === false))
        expect(outcome.error?.code).toBe('file_in_use');
      const winner = winners[0] as Opener;
      await winner.until(() => winner.said.filter((s) => s.wrote).length === 10);
      await Promise.all(openers.map((o) => o.finish()));
      const state = check(model);
      expect(state.integrity).toBe('ok');
      for (const said of winner.said)
        if (said.wrote !== undefined) expect(state.roleIds.has(said.wrote)).toBe(true);
      expect(fs.existsSync(lockPathFor(model))).toBe(false);
    }
  }, 60_000);
});
