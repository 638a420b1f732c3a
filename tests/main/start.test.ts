import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/cli';

let temp: ReturnType<typeof tempDir>;
beforeAll(() => {
  temp = tempDir('charter-start-');
});
afterAll(() => temp.remove());

describe('npm start without the Electron binary', () => {
  it('says so in one sentence, creates a model in the data folder and serves it', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs'), '--no-build'], {
      cwd: ROOT,
      // The download is skipped, as in CI; the binary is then certainly missing.
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', XDG_DATA_HOME: temp.dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const lines = await new Promise<string[]>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`npm start printed no URL: ${stdout}${stderr}`)),
        30_000,
      );
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('Charter is serving') && stdout.endsWith('\n')) {
          clearTimeout(timer);
          resolve(stdout.trimEnd().split('\n'));
        }
      });
    });
    const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
    child.kill('SIGTERM');
    expect(await exited, stderr).toBe(0);

    const model = path.join(temp.dir, 'charter', 'Default.charter');
    if (process.platform === 'linux') {
      expect(existsSync(model)).toBe(true);
      expect(lines.at(-1)).toMatch(
        new RegExp(
          `^Charter is serving ${model.replace(/[.]/g, '\\.')} at http://127\\.0\\.0\\.1:\\d+/\\?token=`,
        ),
      );
    }
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^Electron is not installed on this machine.*, so Charter is running in your browser instead\.$/,
    );
    expect(stderr).toBe('');
  });
});
