/**
 * The preload script (sandboxed): exposes `window.charter` with one
 * function. ipcRenderer itself is never handed to the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { CharterBridge } from '../../app/bridge';
import { BRIDGE_KEY, CALL_CHANNEL } from '../../app/bridge';

const bridge = {
  call: (name, input) => ipcRenderer.invoke(CALL_CHANNEL, name, input),
} satisfies CharterBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
