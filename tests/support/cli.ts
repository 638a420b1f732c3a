/** Runs the built `charter` CLI (dist/cli.cjs) as a child process, and temp folders for tests. */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CLI = path.join(ROOT, 'dist', 'cli.cjs');

function requireBuild(): void {
  if (!existsSync(CLI))
    throw new Error(`${CLI} is missing: run \`npm run build\` before these tests (npm test does).`);
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `charter ...args` to completion. */
export function runCharter(args: string[], cwd = ROOT): CliResult {
  requireBuild();
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `charter ...args` and leaves it running (for `serve`). */
export function startCharter(args: string[]): ChildProcessWithoutNullStreams {
  requireBuild();
  return spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: 'pipe' });
}

/** A fresh temp folder and a function that removes it. */
export function tempDir(prefix = 'charter-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
