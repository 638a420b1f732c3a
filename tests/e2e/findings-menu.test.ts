/**
 * The desktop menu's View › Findings, which a browser page never receives:
 * the renderer bundle in Chromium with the FAKE bridge (tests/renderer/
 * fake-bridge.ts) standing in for Electron's preload, which sends menu
 * actions the way the real one does (bridge.onMenu).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { fakeBridgeScript } from '../support/fake-bridge-script';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ORIGIN = 'http://charter.test';

let bundleDir: string;
let browser: Browser;
let page: Page;

const menu = (action: string) =>
  page.evaluate(
    (a) => (globalThis as unknown as { charter: { menu(action: string): void } }).charter.menu(a),
    action,
  );

beforeAll(async () => {
  bundleDir = mkdtempSync(path.join(tmpdir(), 'charter-findings-menu-'));
  await viteBuild({
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: bundleDir },
  });
  const fake = await fakeBridgeScript();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = new URL(route.request().url()).pathname.replace(/^\/+/, '') || 'index.html';
    return route.fulfill({ path: path.join(bundleDir, file) });
  });
  await page.addInitScript({ content: fake });
  await page.goto(`${ORIGIN}/index.html`);
  await page.locator('.react-flow__node').first().waitFor({ timeout: 15_000 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
});

describe('the desktop menu', () => {
  it('opens and closes the Findings panel with View › Findings', async () => {
    const panel = page.getByRole('region', { name: 'Findings' });
    expect(await panel.count()).toBe(0);
    await menu('view.findings');
    await expect.poll(() => panel.count()).toBe(1);
    await expect
      .poll(() => panel.locator('.finding__message').first().textContent())
      .toContain('Information security');
    await menu('view.findings');
    await expect.poll(() => panel.count()).toBe(0);
  });
});
