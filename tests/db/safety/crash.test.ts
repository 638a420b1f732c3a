import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModel } from '../../../db';
import { listBackups } from '../../../db/safety';
import { KEEP_DAYS, KEEP_LATEST } from '../../../db/safety/retention';
import { bundleScript, childEnv } from './fixtures/bundle';

const KILLS = 200;
/** Independent models written and killed side by side: the children spend most of their life starting up and waiting on fsync. */
const LANES = 4;

let writer: { file: string; dir: string };
let dir: string;
beforeAll(async () => {
  writer = await bundleScript('writer.ts');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charter-crash-'));
});
afterAll(() => {
  fs.rmSync(writer.dir, { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

interface Run {
  acknowledged: { eventId: number; roleId: string }[];
  stderr: string;
}

/**
 * Starts the writer and kills it with SIGKILL: mostly 5-50 ms after its
 * first acknowledged write, and every eighth run at a random moment of its
 * start-up (while it locks, checks and backs up the model).
 */
async function runAndKill(model: string, label: string, duringStartup: boolean): Promise<Run> {
  const child: ChildProcess = spawn(process.execPath, [writer.file, model, label], {
    env: childEnv(),
    stdio: 'pipe',
  });
  let stdout = '';
  let stderr = '';
  let writing: () => void = () => undefined;
  const isWriting = new Promise<void>((resolve) => (writing = resolve));
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    if (/^ready\n.+\n/.test(stdout)) writing();
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  if (duringStartup) await sleep(between(0, 120));
  else await Promise.race([isWriting.then(() => sleep(between(5, 50))), exited]);
  child.kill('SIGKILL');
  await exited;
  // A line counts only when complete: the kill may cut the last one.
  const lines = stdout.split('\n').slice(0, -1);
  const acknowledged = lines
    .filter((line) => line !== 'ready')
    .map((line) => {
      const [eventId = '', roleId = ''] = line.split(' ');
      return { eventId: Number(eventId), roleId };
    });
  return { acknowledged, stderr };
}

/**
 * Reads the model read-only, as a second process would: nothing is
 * checkpointed, so the next writer starts from the WAL its killed
 * predecessor left behind.
 */
function inspect(model: string): { integrity: string; roleIds: Set<string>; eventIds: Set<number> } {
  const db = new Database(model, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    const roleIds = new Set((db.prepare('SELECT id FROM roles').all() as { id: string }[]).map((r) => r.id));
    const eventIds = new Set(
      (db.prepare('SELECT id FROM audit_events').all() as { id: number }[]).map((r) => r.id),
    );
    return { integrity, roleIds, eventIds };
  } finally {
    db.close();
  }
}

/** Creates a model, then writes to it and kills the writer `kills` times, checking the file after each kill. */
async function lane(
  model: string,
  kills: number,
): Promise<{ acknowledged: number; killedWhileWriting: number }> {
  createModel(model, { template: 'empty', actor: 'crash-test' }).close();
  let acknowledged = 0;
  let killedWhileWriting = 0;
  for (let run = 0; run < kills; run += 1) {
    const result = await runAndKill(model, String(run), run % 8 === 7);
    expect(result.stderr).toBe('');
    const state = inspect(model);
    expect(state.integrity, `integrity of ${path.basename(model)} after kill ${run}`).toBe('ok');
    for (const write of result.acknowledged) {
      expect(state.roleIds.has(write.roleId), `role ${write.roleId} of kill ${run}`).toBe(true);
      expect(state.eventIds.has(write.eventId), `audit event ${write.eventId} of kill ${run}`).toBe(true);
    }
    acknowledged += result.acknowledged.length;
    if (result.acknowledged.length > 0) killedWhileWriting += 1;
  }
  expect(listBackups(model).length).toBeLessThanOrEqual(KEEP_LATEST + KEEP_DAYS);
  for (const backup of listBackups(model).slice(0, 3)) expect(inspect(backup.path).integrity).toBe('ok');
  return { acknowledged, killedWhileWriting };
}

describe('a writer killed at random moments', () => {
  it(`loses no acknowledged write and never damages the model, ${KILLS} times`, async () => {
    const models = Array.from({ length: LANES }, (_, i) => path.join(dir, `Crash ${i}.charter`));
    const results = await Promise.all(models.map((model) => lane(model, KILLS / LANES)));
    const killedWhileWriting = results.reduce((sum, r) => sum + r.killedWhileWriting, 0);
    const acknowledged = results.reduce((sum, r) => sum + r.acknowledged, 0);
    // The test means something only if most kills hit a writer in the middle of its work.
    expect(killedWhileWriting).toBeGreaterThan(KILLS * 0.8);
    expect(acknowledged).toBeGreaterThan(KILLS);
  }, 180_000);
});
