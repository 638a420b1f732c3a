/**
 * main/electron/main.ts against a fake of Electron's main-process API (the
 * binary cannot run here): checks that it wires the guards, the protocol,
 * the IPC wrapper and the start-up model as guards.ts and ipc.ts define them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CALL_CHANNEL } from '../../app/bridge';
import { APP_ENTRY, APP_SCHEME, webPreferences } from '../../main/electron/guards';
import { CONTENT_SECURITY_POLICY } from '../../main/security';
import { tempDir } from '../support/cli';

type Fn = (...args: never[]) => unknown;

const fake = vi.hoisted(() => {
  const appListeners = new Map<string, Fn>();
  const ipcHandlers = new Map<string, Fn>();
  const protocolHandlers = new Map<string, Fn>();
  const windows: Array<{ options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }> = [];
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  };
  let resolveReady = () => {};
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const state = { userData: '' };
  const electron = {
    app: {
      on: (event: string, listener: Fn) => appListeners.set(event, listener),
      whenReady: () => ready,
      getPath: () => state.userData,
      quit: vi.fn(),
      requestSingleInstanceLock: () => true,
      addRecentDocument: vi.fn(),
      clearRecentDocuments: vi.fn(),
      setAboutPanelOptions: vi.fn(),
      getVersion: () => '0.0.0',
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    },
    nativeTheme: { shouldUseDarkColors: false, themeSource: 'system' },
    BrowserWindow: class {
      loadURL = vi.fn(() => Promise.resolve());
      once = vi.fn();
      show = vi.fn();
      on = vi.fn();
      maximize = vi.fn();
      setTitle = vi.fn();
      setRepresentedFilename = vi.fn();
      webContents = { send: vi.fn(), reload: vi.fn() };
      constructor(public options: Record<string, unknown>) {
        windows.push(this);
      }
    },
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: (channel: string, listener: Fn) => ipcHandlers.set(channel, listener) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: (scheme: string, handler: Fn) => protocolHandlers.set(scheme, handler),
    },
    session: { defaultSession: session },
  };
  return { electron, appListeners, ipcHandlers, protocolHandlers, windows, session, resolveReady, state };
});

vi.mock('electron', () => fake.electron);

let temp: ReturnType<typeof tempDir>;

beforeAll(async () => {
  temp = tempDir('charter-electron-');
  fake.state.userData = temp.dir;
  await import('../../main/electron/main');
  fake.resolveReady();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
});

afterAll(() => {
  (fake.appListeners.get('will-quit') as () => void)?.();
  temp.remove();
});

/** A fake WebContents that records the listeners main.ts attaches. */
function fakeContents() {
  const listeners = new Map<string, Fn>();
  let openHandler: Fn = () => ({ action: 'allow' });
  return {
    listeners,
    open: () => openHandler(),
    on: (event: string, listener: Fn) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: Fn) => {
      openHandler = handler;
    },
  };
}

describe('the Electron main process', () => {
  it('registers app:// as a standard, secure scheme before ready', () => {
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: APP_SCHEME,
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(fake.protocolHandlers.has(APP_SCHEME)).toBe(true);
  });

  it('opens one window with the webPreferences of guards.ts on the app:// page', () => {
    const [window] = fake.windows;
    const prefs = window!.options.webPreferences as { preload: string };
    expect(path.basename(prefs.preload)).toBe('preload.cjs');
    expect(prefs).toEqual(webPreferences(prefs.preload));
    expect(window!.loadURL).toHaveBeenCalledWith(APP_ENTRY);
  });

  it('denies every permission request and check', () => {
    const request = fake.session.setPermissionRequestHandler.mock.calls[0]![0] as (
      wc: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    const callback = vi.fn();
    request(null, 'geolocation', callback);
    expect(callback).toHaveBeenCalledWith(false);
    const check = fake.session.setPermissionCheckHandler.mock.calls[0]![0] as () => boolean;
    expect(check()).toBe(false);
  });

  it('adds the CSP to every response header set', () => {
    const listener = fake.session.webRequest.onHeadersReceived.mock.calls[0]![0] as (
      details: { responseHeaders: Record<string, string[]> },
      callback: (response: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    const callback = vi.fn();
    listener({ responseHeaders: { 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('blocks navigation away from the app, webviews and new windows in every web contents', () => {
    const contents = fakeContents();
    (fake.appListeners.get('web-contents-created') as (event: unknown, contents: unknown) => void)(
      {},
      contents,
    );
    for (const event of ['will-navigate', 'will-redirect']) {
      const away = { preventDefault: vi.fn() };
      (contents.listeners.get(event) as (e: unknown, url: string) => void)(away, 'https://example.com/');
      expect(away.preventDefault).toHaveBeenCalled();
      const inside = { preventDefault: vi.fn() };
      (contents.listeners.get(event) as (e: unknown, url: string) => void)(
        inside,
        'app://charter/index.html',
      );
      expect(inside.preventDefault).not.toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    (contents.listeners.get('will-attach-webview') as (e: unknown) => void)(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(contents.open()).toEqual({ action: 'deny' });
  });

  it('creates the seed model in userData and answers contract calls from the app page only', () => {
    expect(existsSync(path.join(temp.dir, 'Default.charter'))).toBe(true);
    const call = fake.ipcHandlers.get(CALL_CHANNEL) as (
      event: unknown,
      name: string,
      input: unknown,
    ) => unknown;
    const fromApp = { senderFrame: { url: 'app://charter/index.html', parent: null } };
    expect(call(fromApp, 'model.summary', {})).toMatchObject({ ok: true, result: { roles: 7 } });
    const fromElsewhere = { senderFrame: { url: 'https://example.com/', parent: null } };
    expect(call(fromElsewhere, 'model.summary', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
