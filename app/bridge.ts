/**
 * The object the Electron preload exposes as `window.charter`. It is the
 * whole surface the renderer gets from the desktop host: no ipcRenderer.
 */
import type { Name, Reply } from './contract';

export interface CharterBridge {
  /** Runs a contract call in the main process. */
  call(name: Name, input: unknown): Promise<Reply>;
}

/** The name under which the preload exposes the bridge. */
export const BRIDGE_KEY = 'charter';
/** The single IPC channel for contract calls. */
export const CALL_CHANNEL = 'charter:call';
