/**
 * The object the Electron preload exposes as `window.charter`. It is the
 * whole surface the renderer gets from the desktop host: no ipcRenderer.
 */
import type { Name, Reply } from './contract';
import type { HostName } from './host-contract';

/** Menu actions the page carries out (the main process does the rest). */
export const PAGE_MENU_ACTIONS = [
  'file.import',
  'file.export',
  'edit.undo',
  'edit.redo',
  'edit.find',
  'view.chart',
  'view.registers',
  'view.raci',
  'view.ownership',
  'view.findings',
] as const;
export type PageMenuAction = (typeof PAGE_MENU_ACTIONS)[number];

export function isPageMenuAction(value: unknown): value is PageMenuAction {
  return typeof value === 'string' && (PAGE_MENU_ACTIONS as readonly string[]).includes(value);
}

export interface CharterBridge {
  /** Runs a contract call in the main process. */
  call(name: Name, input: unknown): Promise<Reply>;
  /** Listens for menu actions; returns a function that stops listening. */
  onMenu(listener: (action: PageMenuAction) => void): () => void;
  /**
   * Runs a host call (app/host-contract.ts: export.file, import.readFile) in
   * the main process. Optional so that a bridge from an older preload, or a
   * test's, still satisfies the type; the renderer says so when it is missing.
   */
  host?(name: HostName, input: unknown): Promise<Reply>;
  /**
   * Opens an https link in the system's browser after the person confirms
   * it in a native dialog naming the host and the full address. Resolves
   * to what happened: `refused` (not https, a user name or password in it,
   * too long), `cancelled` (the person said no) or `opened`. Optional for
   * the same reason as `host`; the page falls back to its own confirmation.
   */
  openExternal?(url: string): Promise<ExternalOpenResult>;
}

/** What became of a request to open a link outside Charter. */
export type ExternalOpenResult = 'opened' | 'refused' | 'cancelled';

/** The name under which the preload exposes the bridge. */
export const BRIDGE_KEY = 'charter';
/** Renderer -> main: the single IPC channel for contract calls. */
export const CALL_CHANNEL = 'charter:call';
/** Renderer -> main: host calls (export.file, import.readFile). */
export const HOST_CHANNEL = 'charter:host';
/** Renderer -> main: open an https link after confirmation. */
export const EXTERNAL_CHANNEL = 'charter:external';
/** Main -> renderer: a menu action the page carries out. */
export const MENU_CHANNEL = 'charter:menu';
