/**
 * The renderer bundle in a real Chromium, served by a FAKE bridge (see
 * tests/renderer/fake-bridge.ts) so the shell and chart are checked on
 * their own: the seed's roles and lines are drawn, selecting a role shows
 * what it owns, an empty model is usable, errors show in a banner, outside
 * changes appear, and axe-core finds no serious or critical problem in
 * light or dark. Screenshots go to tests/output/renderer-*.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CharterDocument } from '../../app/document';
import { generateDocument } from '../bench/generate';
import { launchChromium } from '../support/browser';
import { fakeBridgeScript } from '../support/fake-bridge-script';
import { axeViolations } from '../support/axe';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUTPUT = path.join(ROOT, 'tests/output');
const ORIGIN = 'http://charter.test';
const SCHEMES = ['light', 'dark'] as const;

let bundleDir: string;
let fakeBridge: string;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  bundleDir = mkdtempSync(path.join(tmpdir(), 'charter-renderer-'));
  await viteBuild({
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: bundleDir },
  });
  fakeBridge = await fakeBridgeScript();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
});

interface Opened {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/** A page on the built bundle, with the fake bridge installed before any script runs. */
async function open(
  scheme: 'light' | 'dark',
  template: 'seed' | 'empty' | CharterDocument = 'seed',
  viewport = { width: 1440, height: 900 },
): Promise<Opened> {
  const context = await browser.newContext({ colorScheme: scheme, viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // Charter makes no network request of its own: everything comes from the bundle.
  page.on('request', (r) => {
    if (!r.url().startsWith(`${ORIGIN}/`)) problems.push(`request outside the app: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = new URL(route.request().url()).pathname.replace(/^\/+/, '') || 'index.html';
    return route.fulfill({ path: path.join(bundleDir, file) });
  });
  const setup =
    typeof template === 'string'
      ? `window.charterFakeTemplate = ${JSON.stringify(template)};`
      : `window.charterFakeDocument = ${JSON.stringify(template)};`;
  await page.addInitScript({ content: `${setup}\n${fakeBridge}` });
  await page.goto(`${ORIGIN}/index.html`);
  return { context, page, problems };
}

const node = (page: Page, shortName: string) =>
  page
    .locator('.react-flow__node-role')
    .filter({ has: page.locator('.role-node__short', { hasText: new RegExp(`^${shortName}$`) }) });

describe.each(SCHEMES)('the org chart in %s mode', (scheme) => {
  it('draws the seed organization, shows what a selected role owns, and passes axe', async () => {
    const { context, page, problems } = await open(scheme);
    try {
      await expect.poll(() => page.locator('.react-flow__node-role').count()).toBe(7);
      for (const short of ['CEO', 'CIO', 'CISO']) await expect.poll(() => node(page, short).count()).toBe(1);
      await expect.poll(() => page.locator('.react-flow__edge.edge-solid').count()).toBe(6);
      expect(await page.locator('.react-flow__edge.edge-dotted').count()).toBe(1);
      expect(await page.locator('h1').textContent()).toBe('Example organization (CISO vs CIO)');
      expect(await page.locator('.status-bar').textContent()).toContain('7 roles (2 vacant)');
      expect(await page.locator('aside').textContent()).toContain('Select a role on the chart');
      const keys = page.getByRole('region', { name: 'Keys on the chart' });
      expect(await keys.locator('dd').allTextContents()).toContain('Find a role, person, policy or asset');
      expect(await keys.locator('kbd').first().textContent()).toBe('Ctrl+K');
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(OUTPUT, `renderer-chart-${scheme}.png`) });
      expect(await axeViolations(page)).toEqual([]);

      // Keyboard: focus the CISO node and press Enter to select it.
      await node(page, 'CISO').focus();
      await page.keyboard.press('Enter');
      const aside = page.locator('aside');
      await expect.poll(() => aside.locator('h2').textContent()).toBe('Chief Information Security Officer');
      const text = (await aside.textContent()) ?? '';
      expect(text).toContain('Accountable for');
      expect(text).toContain('Information Security Policy');
      expect(text).toContain('Responsible for');
      expect(text).toContain('Daniel Okafor');
      expect(await node(page, 'CISO').getAttribute('class')).toContain('selected');
      await page.screenshot({ path: path.join(OUTPUT, `renderer-selected-${scheme}.png`) });
      expect(await axeViolations(page)).toEqual([]);

      // The inspector links to the manager.
      await aside.getByRole('button', { name: /Chief Executive Officer/ }).click();
      await expect.poll(() => aside.locator('h2').textContent()).toBe('Chief Executive Officer');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the app shell', () => {
  it.each(SCHEMES)(
    'makes an empty model usable in %s mode: add the first role, undo, redo',
    async (scheme) => {
      const { context, page, problems } = await open(scheme, 'empty');
      try {
        await expect.poll(() => page.locator('main').textContent()).toContain('This model has no roles yet');
        await page.screenshot({ path: path.join(OUTPUT, `renderer-empty-${scheme}.png`) });
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);

        await page.getByRole('button', { name: 'Add the first role' }).click();
        const dialog = page.getByRole('dialog', { name: 'Add a role' });
        await dialog.getByLabel('Title').fill('Chief Executive Officer');
        await dialog.getByLabel('Short name').fill('CEO');
        await page.screenshot({ path: path.join(OUTPUT, `renderer-add-role-${scheme}.png`) });
        expect(await axeViolations(page)).toEqual([]);
        await dialog.getByRole('button', { name: 'Add role' }).click();
        await expect.poll(() => node(page, 'CEO').count()).toBe(1);
        await expect.poll(() => page.locator('aside h2').textContent()).toBe('Chief Executive Officer');
        expect(await page.getByRole('button', { name: 'Undo' }).getAttribute('title')).toBe(
          'Undo: Add role Chief Executive Officer (Ctrl+Z)',
        );

        await page.locator('body').press('Control+z');
        await expect.poll(() => page.locator('main').textContent()).toContain('This model has no roles yet');
        await page.locator('body').press('Control+Shift+Z');
        await expect.poll(() => node(page, 'CEO').count()).toBe(1);
        // The desktop menu's Undo does the same.
        await page.evaluate(() =>
          (globalThis as unknown as { charter: { menu(action: string): void } }).charter.menu('edit.undo'),
        );
        await expect.poll(() => page.locator('main').textContent()).toContain('This model has no roles yet');
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('can be used from the keyboard alone: Tab reaches the chart, Enter selects, Escape clears', async () => {
    const { context, page } = await open('light');
    try {
      await expect.poll(() => page.locator('.react-flow__node-role').count()).toBe(7);
      const focusedNode = async () => {
        const focused = page.locator('.react-flow__node:focus');
        return (await focused.count()) === 1 ? focused.getAttribute('data-id') : null;
      };
      let reached: string | null = null;
      for (let i = 0; i < 24 && reached === null; i++) {
        await page.keyboard.press('Tab');
        reached = await focusedNode();
      }
      expect(reached).toBe('role-ceo');
      await page.keyboard.press('Tab');
      expect(await focusedNode()).toBe('role-cio');
      await page.screenshot({ path: path.join(OUTPUT, 'renderer-keyboard-light.png') });
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('aside h2').textContent()).toBe('Chief Information Officer');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('aside').textContent()).toContain('Select a role on the chart');
    } finally {
      await context.close();
    }
  });

  it('shows a failed call in a dismissable alert and keeps working', async () => {
    const { context, page } = await open('dark');
    try {
      await expect.poll(() => page.locator('.react-flow__node-role').count()).toBe(7);
      await page.evaluate(() =>
        (
          globalThis as unknown as { charter: { failNext(code: string, message: string): void } }
        ).charter.failNext('conflict', 'A role called "Chief Executive Officer" already exists.'),
      );
      await page.getByRole('button', { name: 'Add role', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a role' });
      await dialog.getByLabel('Title').fill('Chief Executive Officer');
      await dialog.getByRole('button', { name: 'Add role' }).click();
      // The dialog makes the page inert, so it says what went wrong itself.
      await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('already exists');
      await page.screenshot({ path: path.join(OUTPUT, 'renderer-error-dialog-dark.png') });
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain('already exists');
      await page.screenshot({ path: path.join(OUTPUT, 'renderer-error-dark.png') });
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Dismiss error' }).click();
      expect(await alert.textContent()).toBe('');
      expect(await page.locator('.react-flow__node-role').count()).toBe(7);
    } finally {
      await context.close();
    }
  });

  it('picks up changes made elsewhere by polling the revision', async () => {
    const { context, page } = await open('light');
    try {
      await expect.poll(() => page.locator('h1').textContent()).toBe('Example organization (CISO vs CIO)');
      await page.evaluate(() =>
        (
          globalThis as unknown as { charter: { renameElsewhere(name: string): void } }
        ).charter.renameElsewhere('Renamed by the CLI'),
      );
      await expect.poll(() => page.locator('h1').textContent(), { timeout: 8000 }).toBe('Renamed by the CLI');
    } finally {
      await context.close();
    }
  });
});

describe('a larger organization', () => {
  it('draws 300 generated roles with long names, legibly at reading zoom', async () => {
    const doc = generateDocument({ roles: 300, seed: 7 });
    const { context, page, problems } = await open('light', doc, { width: 1280, height: 800 });
    try {
      await expect
        .poll(() => page.locator('.react-flow__node-role').count(), { timeout: 10_000 })
        .toBeGreaterThan(0);
      await page.screenshot({ path: path.join(OUTPUT, 'renderer-300-fit-light.png') });
      // Following a link in the inspector brings that role into view.
      await page.locator('.react-flow__node-role').first().focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('aside h2').count()).toBe(1);
      const report = page.locator('aside h3:text-is("Direct reports") + ul button').last();
      const title = (await report.textContent()) ?? '';
      await report.click();
      await expect.poll(() => page.locator('aside h2').textContent()).toBe(title.replace(/ \([^)]*\)$/, ''));
      await page.waitForTimeout(500);
      const box = await page.locator('.react-flow__node-role.selected').boundingBox();
      const pane = await page.locator('.react-flow').boundingBox();
      expect(box && pane && box.x >= pane.x && box.x + box.width <= pane.x + pane.width).toBe(true);
      await page.screenshot({ path: path.join(OUTPUT, 'renderer-300-zoom-light.png') });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it(
    'collapses the head of 2,000 roles (laid out in the worker), remembers it after a reload, and expands again in place',
    { timeout: 60_000 },
    async () => {
      const doc = generateDocument({ roles: 2000, seed: 3, assignments: 0 });
      const { context, page, problems } = await open('light', doc);
      try {
        const nodes = page.locator('.react-flow__node-role');
        await expect.poll(() => nodes.count(), { timeout: 10_000 }).toBeGreaterThan(5);
        const head = page.locator('.react-flow__node[data-id="role-000000"]');
        // Opened zoomed out (simple boxes, no buttons): the keyboard hides the reports.
        await head.click();
        await page.keyboard.press('-');
        await expect.poll(() => nodes.count(), { timeout: 10_000 }).toBe(1);
        expect(await page.locator('.react-flow__edge-dotted').count()).toBe(0);
        // After a reload the host sends the chart laid out with the head collapsed.
        await page.reload();
        await head.waitFor({ timeout: 15_000 });
        await expect.poll(() => nodes.count()).toBe(1);
        const before = await head.boundingBox();
        await page.getByRole('button', { name: 'Expand all (1)' }).click();
        await expect.poll(() => nodes.count(), { timeout: 10_000 }).toBeGreaterThan(1);
        // The head's reports spread out around it, and the view stays on the head.
        expect(await head.boundingBox()).toEqual(before);
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('draws 2,000 roles fitted to the window as boxes, without a node each, and a click zooms in there', async () => {
    const doc = generateDocument({ roles: 2000, seed: 5, assignments: 0 });
    const { context, page, problems } = await open('dark', doc);
    try {
      const nodes = page.locator('.react-flow__node-role');
      await expect.poll(() => nodes.count(), { timeout: 10_000 }).toBeGreaterThan(5);
      await page.locator('.react-flow__controls-fitview').click();
      const far = page.getByRole('img', { name: /^All 2,000 roles, too small to read/ });
      await far.waitFor();
      expect(await nodes.count()).toBe(0);
      expect(await page.getByRole('status').filter({ hasText: 'Too far out to read' }).count()).toBe(1);
      await page.screenshot({ path: path.join(OUTPUT, 'renderer-2000-far-dark.png') });
      expect(await axeViolations(page)).toEqual([]);
      // A click in the middle of the chart.
      const pane = await page.locator('.react-flow').boundingBox();
      await page.mouse.click(
        (pane?.x ?? 0) + (pane?.width ?? 0) / 2,
        (pane?.y ?? 0) + (pane?.height ?? 0) / 2,
      );
      await expect.poll(() => nodes.count(), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(await far.count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('stacks the inspector under the chart in a narrow window', async () => {
    const { context, page } = await open('dark', 'seed', { width: 720, height: 900 });
    try {
      await expect.poll(() => page.locator('.react-flow__node-role').count(), { timeout: 15_000 }).toBe(7);
      await page.screenshot({ path: path.join(OUTPUT, 'renderer-narrow-dark.png') });
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
