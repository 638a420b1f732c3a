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

// Linux only: there, no display means no Electron window even where Electron is installed.
describe.runIf(process.platform === 'linux')('npm start without the Electron binary or a display', () => {
  it('says so in one sentence, creates a model in the data folder and serves it', async () => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs'), '--no-build'], {
      cwd: ROOT,
      // The download is skipped, as in CI, and there is no display for a window.
      env: {
        ...process.env,
        ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
        DISPLAY: '',
        WAYLAND_DISPLAY: '',
        XDG_DATA_HOME: temp.dir,
      },
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
    expect(existsSync(model)).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Electron is [^.]*, so Charter is running in your browser instead\.$/);
    const served = `Charter is serving ${model} at http://127.0.0.1:`;
    expect(lines[1]!.startsWith(served)).toBe(true);
    expect(lines[1]!.slice(served.length)).toMatch(/^\d+\/\?token=[\w-]+$/);
    expect(stderr).toBe('');
  });
});
