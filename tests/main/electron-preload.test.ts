import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, CALL_CHANNEL } from '../../app/bridge';

// A fake of Electron's preload modules: the binary cannot run here.
const exposed = new Map<string, unknown>();
const invoke = vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, result: null }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke },
}));

describe('the preload', () => {
  it('exposes one object with one function, and never ipcRenderer', async () => {
    await import('../../main/electron/preload');
    expect([...exposed.keys()]).toEqual([BRIDGE_KEY]);
    const bridge = exposed.get(BRIDGE_KEY) as Record<string, unknown>;
    expect(Object.keys(bridge)).toEqual(['call']);
    expect(Object.values(bridge)).not.toContain(invoke);
  });

  it('sends calls on the one call channel', async () => {
    await import('../../main/electron/preload');
    const bridge = exposed.get(BRIDGE_KEY) as { call(name: string, input: unknown): Promise<unknown> };
    await bridge.call('model.summary', {});
    expect(invoke).toHaveBeenCalledWith(CALL_CHANNEL, 'model.summary', {});
  });
});
