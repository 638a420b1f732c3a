/**
 * The preload script (sandboxed): exposes `window.charter` with four
 * functions (contract calls, menu actions, host calls, opening an https
 * link after the main process asked the person). ipcRenderer itself is never handed to the page, and only
 * known menu actions are passed on.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { CharterBridge, ExternalOpenResult } from '../../app/bridge';
import {
  BRIDGE_KEY,
  CALL_CHANNEL,
  EXTERNAL_CHANNEL,
  HOST_CHANNEL,
  MENU_CHANNEL,
  isPageMenuAction,
} from '../../app/bridge';
import type { Reply } from '../../app/contract';

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
  openExternal: async (url) => {
    const reply = (await ipcRenderer.invoke(EXTERNAL_CHANNEL, url)) as Reply<ExternalOpenResult>;
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.result;
  },
} satisfies CharterBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
