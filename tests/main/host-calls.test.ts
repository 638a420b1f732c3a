/**
 * The host calls as the desktop app runs them: export.file writes where the
 * save dialog chose (a FAKE dialog: the Electron binary cannot run here),
 * nothing when it is cancelled, and the IPC host channel keeps the sender check.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { IpcMain } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_CHANNEL } from '../../app/bridge';
import type { ModelHandle } from '../../db';
import { createModel } from '../../db';
import { saveDialogOptions } from '../../main/electron/export-dialog';
import { FORBIDDEN_REPLY, registerHostHandler } from '../../main/electron/ipc';
import type { SaveRequest } from '../../main/host-calls';
import { createHostHandlers, fileBaseName } from '../../main/host-calls';
import { tempDir } from '../support/cli';

let temp: ReturnType<typeof tempDir>;
let model: ModelHandle;

beforeAll(() => {
  temp = tempDir();
  model = createModel(path.join(temp.dir, 'org.charter'), { template: 'seed', actor: 'test' });
});
afterAll(() => {
  model.close();
  temp.remove();
});

describe('export.file in the desktop app', () => {
  it('writes the file where the save dialog chose, with the suggested name offered', async () => {
    const asked: SaveRequest[] = [];
    const host = createHostHandlers(() => model.handlers, {
      chooseSavePath: (request) => {
        asked.push(request);
        return Promise.resolve(path.join(temp.dir, 'chosen.svg'));
      },
    });
    const out = await host['export.file']({ format: 'svg', root: null, options: {} });
    expect(out).toEqual({ kind: 'saved', paths: [path.join(temp.dir, 'chosen.svg')] });
    expect(readFileSync(path.join(temp.dir, 'chosen.svg'), 'utf8')).toContain('<svg');
    expect(asked).toEqual([
      { suggestedName: 'Example organization (CISO vs CIO).svg', format: 'svg', folder: false },
    ]);
  });

  it('writes a CSV export into the folder named, and nothing when cancelled', async () => {
    const folder = path.join(temp.dir, 'registers');
    let answer: string | null = folder;
    const host = createHostHandlers(() => model.handlers, { chooseSavePath: () => Promise.resolve(answer) });
    await host['export.file']({ format: 'csv', root: 'role-cio', options: {} });
    expect(readdirSync(folder)).toContain('roles.csv');
    answer = null;
    const before = readdirSync(temp.dir).length;
    expect(await host['export.file']({ format: 'pdf', root: null, options: {} })).toEqual({
      kind: 'canceled',
    });
    expect(readdirSync(temp.dir)).toHaveLength(before);
  });

  it('offers a filter for the format, and a folder for CSV', () => {
    const svg = saveDialogOptions(
      { suggestedName: 'A.svg', format: 'svg', folder: false },
      '/home/u/Documents',
    );
    expect(svg.defaultPath).toBe('/home/u/Documents/A.svg');
    expect(svg.filters).toEqual([{ name: 'SVG image', extensions: ['svg'] }]);
    const csv = saveDialogOptions({ suggestedName: 'A registers', format: 'csv', folder: true }, '/d');
    expect(csv.filters).toBeUndefined();
  });
});

describe('export file names', () => {
  it('come from the model name without path or reserved characters', () => {
    expect(fileBaseName('Acme / R&D: "Core"', null)).toBe('Acme R&D Core');
    expect(fileBaseName('..\u0000', 'role-cio')).toBe('Charter - role-cio');
  });
});

describe('the IPC host channel', () => {
  it('runs host calls from the app page only', async () => {
    const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
    const ipc: Pick<IpcMain, 'handle'> = {
      handle: (channel, listener) => void handlers.set(channel, listener as never),
    };
    registerHostHandler(
      ipc,
      createHostHandlers(() => model.handlers),
    );
    const host = handlers.get(HOST_CHANNEL)!;
    const csv = Buffer.from('Employee ID,Name,Title\nE1,Ada,CEO\n').toString('base64');
    const input = { fileName: 'a.csv', base64: csv };
    const app = { senderFrame: { url: 'app://charter/index.html', parent: null } };
    expect(await host(app, 'import.readFile', input)).toMatchObject({ ok: true, result: { kind: 'table' } });
    const other = { senderFrame: { url: 'https://example.com/', parent: null } };
    expect(await host(other, 'import.readFile', input)).toEqual(FORBIDDEN_REPLY);
    expect(existsSync(path.join(temp.dir, 'a.csv'))).toBe(false);
  });
});
