/**
 * Finds a Chrome or Chromium on this machine and launches it headless with
 * playwright-core (which ships no browser of its own).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';

/** The flags PLAN.md asks for: no sandbox (root in CI), no GPU, no background traffic. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function candidates(): string[] {
  const list: string[] = [];
  if (process.env.CHARTER_CHROMIUM) list.push(process.env.CHARTER_CHROMIUM);
  list.push(
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  );
  if (process.platform === 'darwin') {
    list.push(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    );
  }
  if (process.platform === 'win32') {
    for (const base of [
      process.env.PROGRAMFILES,
      process.env['PROGRAMFILES(X86)'],
      process.env.LOCALAPPDATA,
    ]) {
      if (base) list.push(path.join(base, 'Google', 'Chrome', 'Application', 'chrome.exe'));
    }
  }
  return list;
}

/** The first browser found, or an error that says what to install. */
export function findChromium(): string {
  const found = candidates().find((file) => existsSync(file));
  if (!found) throw new Error('No Chrome or Chromium found: install chromium or set CHARTER_CHROMIUM');
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS, headless: true });
}
