import path from 'node:path';
import type { IpcMain } from 'electron';
import { afterEach, describe, expect, it } from 'vitest';
import { CALL_CHANNEL } from '../../app/bridge';
import type { Handlers } from '../../app/contract';
import type { ModelHandle } from '../../db';
import { createModel } from '../../db';
import { FORBIDDEN_REPLY, guardedHandle, registerCallHandler } from '../../main/electron/ipc';
import { tempDir } from '../support/cli';

type Listener = (event: unknown, ...args: unknown[]) => unknown;

/** A fake of Electron's ipcMain (the binary cannot run here): records handlers by channel. */
function fakeIpcMain(): Pick<IpcMain, 'handle'> & { handlers: Map<string, Listener> } {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle: (channel, listener) => {
      handlers.set(channel, listener as Listener);
    },
  };
}

/** A fake IPC event from a frame with `url`, top frame or not. */
const eventFrom = (url: string, top = true) => ({ senderFrame: { url, parent: top ? null : {} } });

let cleanup: Array<() => void> = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});

function seedModel(): ModelHandle {
  const temp = tempDir();
  const model = createModel(path.join(temp.dir, 'org.charter'), { template: 'seed', actor: 'test' });
  cleanup.push(() => model.close(), temp.remove);
  return model;
}

describe('the IPC wrapper', () => {
  it('runs a contract call from the app page', () => {
    const model = seedModel();
    const ipc = fakeIpcMain();
    registerCallHandler(ipc, () => model.handlers);
    const call = ipc.handlers.get(CALL_CHANNEL)!;
    const reply = call(eventFrom('app://charter/index.html'), 'model.summary', {}) as {
      ok: boolean;
      result: { roles: number };
    };
    expect(reply.ok).toBe(true);
    expect(reply.result.roles).toBeGreaterThan(0);
  });

  it('parses the payload with the contract: a bad input is an error, not a call', () => {
    let called = false;
    const handlers = new Proxy({} as Handlers, {
      get: () => () => {
        called = true;
      },
    });
    const ipc = fakeIpcMain();
    registerCallHandler(ipc, () => handlers);
    const call = ipc.handlers.get(CALL_CHANNEL)!;
    const reply = call(eventFrom('app://charter/index.html'), 'role.detail', { id: { $gt: '' } }) as {
      ok: boolean;
    };
    expect(reply.ok).toBe(false);
    const unknown = call(eventFrom('app://charter/index.html'), 'constructor', {}) as { ok: boolean };
    expect(unknown.ok).toBe(false);
    expect(called).toBe(false);
  });

  it('drops messages from subframes, other origins and destroyed frames', () => {
    let called = false;
    const ipc = fakeIpcMain();
    guardedHandle(ipc, CALL_CHANNEL, () => {
      called = true;
      return { ok: true, result: null };
    });
    const call = ipc.handlers.get(CALL_CHANNEL)!;
    expect(call(eventFrom('app://charter/index.html', false), 'model.summary', {})).toEqual(FORBIDDEN_REPLY);
    expect(call(eventFrom('https://example.com/'), 'model.summary', {})).toEqual(FORBIDDEN_REPLY);
    expect(call({ senderFrame: null }, 'model.summary', {})).toEqual(FORBIDDEN_REPLY);
    expect(called).toBe(false);
  });

  it('refuses a channel that is not on the allow-list', () => {
    expect(() => guardedHandle(fakeIpcMain(), 'charter:eval', () => FORBIDDEN_REPLY)).toThrow(/allow-list/);
  });

  it('refuses to register the same channel twice', () => {
    const ipc = fakeIpcMain();
    registerCallHandler(ipc, () => ({}) as Handlers);
    expect(() => registerCallHandler(ipc, () => ({}) as Handlers)).toThrow(/already registered/);
  });
});
