import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, CALL_CHANNEL, EXTERNAL_CHANNEL, MENU_CHANNEL } from '../../app/bridge';

// A fake of Electron's preload modules: the binary cannot run here.
const exposed = new Map<string, unknown>();
const listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
const invoke = vi.fn((..._args: unknown[]) => Promise.resolve<{ ok: boolean; result: unknown }>({ ok: true, result: null }));
const on = vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
  listeners.set(channel, listener);
});
const removeListener = vi.fn((channel: string) => listeners.delete(channel));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke, on, removeListener },
}));

type Bridge = {
  call(name: string, input: unknown): Promise<unknown>;
  onMenu(listener: (action: string) => void): () => void;
  openExternal(url: string): Promise<string>;
};

async function bridge(): Promise<Bridge> {
  await import('../../main/electron/preload');
  return exposed.get(BRIDGE_KEY) as Bridge;
}

describe('the preload', () => {
  it('exposes one object of named functions, and never ipcRenderer', async () => {
    const api = (await bridge()) as unknown as Record<string, unknown>;
    expect([...exposed.keys()]).toEqual([BRIDGE_KEY]);
    expect(Object.keys(api)).toEqual(['call', 'onMenu', 'host', 'openExternal']);
    expect(Object.values(api)).not.toContain(invoke);
  });

  it('sends calls on the one call channel', async () => {
    await (await bridge()).call('model.summary', {});
    expect(invoke).toHaveBeenCalledWith(CALL_CHANNEL, 'model.summary', {});
  });

  it('passes on known menu actions only, and stops when asked', async () => {
    const seen: string[] = [];
    const stop = (await bridge()).onMenu((action) => seen.push(action));
    const forward = listeners.get(MENU_CHANNEL);
    forward?.({}, 'view.registers');
    forward?.({}, 'shell.openExternal');
    forward?.({}, { toString: () => 'edit.undo' });
    expect(seen).toEqual(['view.registers']);
    stop();
    expect(removeListener).toHaveBeenCalledWith(MENU_CHANNEL, forward);
  });

  it('asks the main process to open a link on its own channel and hands back what happened', async () => {
    invoke.mockResolvedValueOnce({ ok: true, result: 'cancelled' });
    expect(await (await bridge()).openExternal('https://example.com/policy.pdf')).toBe('cancelled');
    expect(invoke).toHaveBeenLastCalledWith(EXTERNAL_CHANNEL, 'https://example.com/policy.pdf');
  });
});
