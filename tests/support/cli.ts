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

const SERVE_LINE = /^Charter is serving .+ at (http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)$/m;

/** Resolves with the URL `charter serve` prints, or rejects with what the process said. */
export function servedUrl(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(
      () => reject(new Error(`charter serve printed no URL in 15 s. ${stderr}`)),
      15_000,
    );
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = SERVE_LINE.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`charter serve exited with ${code}: ${stderr}`)));
  });
}

/** Stops a `charter serve` (SIGTERM) and waits until it has exited; nothing if it is gone already. */
export async function stopCharter(child: ChildProcessWithoutNullStreams | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Starts `charter serve <model>` and waits for its URL. */
export async function serveModel(
  model: string,
): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = startCharter(['serve', model]);
  return { child, url: await servedUrl(child) };
}

/** A fresh temp folder and a function that removes it. */
export function tempDir(prefix = 'charter-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
