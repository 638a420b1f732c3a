/**
 * The Electron main process: wires the guards in guards.ts, the app://
 * protocol, the IPC wrapper and the desktop behaviour (desktop.ts: documents,
 * menu, window state, single instance) together.
 */
import path from 'node:path';
import type { Rectangle } from 'electron';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { currentActor, nativeBindingOption } from '../actor';
import { bundleDir, rendererDir } from '../paths';
import { CONTENT_SECURITY_POLICY } from '../security';
import {
  APP_ENTRY,
  APP_SCHEME,
  denyPermissionCheck,
  denyPermissionRequest,
  shouldAllowNavigation,
} from './guards';
import { Desktop } from './desktop';
import { createHostHandlers } from '../host-calls';
import { chooseExportPath } from './export-dialog';
import { registerExternalHandler } from './external';
import { registerCallHandler, registerHostHandler } from './ipc';
import { handleAppRequest } from './protocol';

// Must happen before `ready`: app:// behaves like https (standard, secure).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// One instance: a second launch hands its file to this one (second-instance below) and quits.
const isFirstInstance = app.requestSingleInstanceLock();
if (!isFirstInstance) app.quit();

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!shouldAllowNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!shouldAllowNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

function createWindow(bounds: Rectangle): BrowserWindow {
  // The options are spelled out here (not spread from guards.ts) so that static
  // scanners such as electronegativity see them; tests/main/electron-main.test.ts
  // checks they equal webPreferences() in guards.ts.
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 640,
    minHeight: 420,
    show: false,
    title: 'Charter',
    webPreferences: {
      // Electronegativity asks for a review of every preload; reviewed: it exposes named functions (call, onMenu, host, openExternal) on allow-listed channels, never ipcRenderer.
      preload: path.join(bundleDir(), 'preload.cjs') /* eng-disable PRELOAD_JS_CHECK */,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY);
  return window;
}

const desktop = new Desktop(
  { app, Menu, dialog, screen, nativeTheme },
  {
    userData: app.getPath('userData'),
    platform: process.platform,
    open: { actor: currentActor(), ...nativeBindingOption() },
    createWindow,
  },
);
app.on('second-instance', (_event, argv, workingDirectory) => desktop.secondInstance(argv, workingDirectory));
app.on('open-file', (event, file) => {
  event.preventDefault();
  desktop.openFile(file);
});

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => desktop.session.dispose());

void app.whenReady().then(async () => {
  if (!isFirstInstance) return;
  session.defaultSession.setPermissionRequestHandler(denyPermissionRequest);
  session.defaultSession.setPermissionCheckHandler(denyPermissionCheck);
  // The app:// handler sends the CSP too; this also covers any other response.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  const renderer = rendererDir();
  protocol.handle(APP_SCHEME, (request) => handleAppRequest(renderer, request));
  registerCallHandler(ipcMain, () => desktop.handlers());
  registerHostHandler(
    ipcMain,
    createHostHandlers(() => desktop.handlers(), {
      chooseSavePath: chooseExportPath(
        dialog,
        () => BrowserWindow.getFocusedWindow(),
        () => app.getPath('documents'),
      ),
    }),
  );
  registerExternalHandler(ipcMain, {
    confirm: async (options) => {
      const parent = BrowserWindow.getFocusedWindow();
      const answer = await (parent === null
        ? dialog.showMessageBox(options)
        : dialog.showMessageBox(parent, options));
      return answer.response;
    },
    // Reached only with an https address the person confirmed (external.ts checks it first).
    open: (href) => shell.openExternal(href) /* eng-disable OPEN_EXTERNAL_JS_CHECK */,
  });
  if (!(await desktop.start(process.argv, process.cwd()))) app.quit();
});
