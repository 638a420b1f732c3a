/**
 * The desktop window's security settings and checks, as plain values and
 * functions so that tests run them in Node without the Electron binary.
 * main.ts only wires them to Electron's events.
 */
import type { WebPreferences } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'charter';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** True for URLs of Charter's own app:// origin, and nothing else. */
export function isAppUrl(url: string | undefined): boolean {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** Only the top frame of Charter's own page may call the main process. */
export function isAllowedSender(frameUrl: string | undefined, isTopFrame: boolean): boolean {
  return isTopFrame && isAppUrl(frameUrl);
}

/** Navigation stays inside the app; everything else is blocked. */
export function shouldAllowNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** The renderer's webPreferences: isolated, sandboxed, no Node. */
export function webPreferences(preload: string): WebPreferences {
  return {
    preload,
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
    // Middle-click must not open links in new windows.
    disableBlinkFeatures: 'Auxclick',
  };
}

/** Every permission request (camera, notifications, ...) is refused. */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

/** Every permission check answers "not granted". */
export function denyPermissionCheck(): boolean {
  return false;
}
