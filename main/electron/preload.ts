/**
 * The preload script (sandboxed): exposes `window.charter` with three
 * functions (contract calls, menu actions, host calls). ipcRenderer itself is never handed to the page, and only
 * known menu actions are passed on.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { CharterBridge } from '../../app/bridge';
import { BRIDGE_KEY, CALL_CHANNEL, HOST_CHANNEL, MENU_CHANNEL, isPageMenuAction } from '../../app/bridge';

const bridge = {
  call: (name, input) => ipcRenderer.invoke(CALL_CHANNEL, name, input),
  onMenu: (listener) => {
    const forward = (_event: unknown, action: unknown) => {
      if (isPageMenuAction(action)) listener(action);
    };
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, forward);
    };
  },
  host: (name, input) => ipcRenderer.invoke(HOST_CHANNEL, name, input),
} satisfies CharterBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
