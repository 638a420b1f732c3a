/**
 * The Electron main process: wires the guards in guards.ts, the app://
 * protocol, the IPC wrapper and the start-up model together.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import type { Handlers } from '../../app/contract';
import type { ModelHandle } from '../../db/index';
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
import { registerCallHandler } from './ipc';
import { openStartupModel } from './open-model';
import { handleAppRequest } from './protocol';

// Must happen before `ready`: app:// behaves like https (standard, secure).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let model: ModelHandle | null = null;

function currentHandlers(): Handlers {
  if (model === null) throw new Error('No model is open.');
  return model.handlers;
}

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

function createWindow(): void {
  // The options are spelled out here (not spread from guards.ts) so that static
  // scanners such as electronegativity see them; tests/main/electron-main.test.ts
  // checks they equal webPreferences() in guards.ts.
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    show: false,
    title: 'Charter',
    webPreferences: {
      // Electronegativity asks for a review of every preload; reviewed: it exposes one function, call(name, input), on one allow-listed channel.
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
}

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => {
  model?.close();
  model = null;
});

void app.whenReady().then(() => {
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
  try {
    model = openStartupModel(
      app.getPath('userData'),
      { actor: currentActor(), ...nativeBindingOption() },
      (message) => dialog.showErrorBox('Charter', message),
    );
  } catch (error) {
    dialog.showErrorBox(
      'Charter could not open a model',
      error instanceof Error ? error.message : String(error),
    );
    app.quit();
    return;
  }
  registerCallHandler(ipcMain, currentHandlers);
  createWindow();
});
