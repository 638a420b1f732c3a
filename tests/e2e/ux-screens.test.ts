/**
 * UX review: every screen of a new seed model behind a real `charter serve`,
 * in light and dark, at 1440x900 and in a narrow 1024x700 window. Saves
 * tests/output/ux-<screen>-<scheme>-<size>.png for a person to look at, and
 * runs axe-core on each (no serious or critical violations).
 * Needs `node scripts/build.mjs` first; builds nothing itself.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { axeViolations, OUTPUT, roleNode, serveSeed, type Served } from './chart-serve';

const SIZES = [
  { name: 'wide', width: 1440, height: 900 },
  { name: 'narrow', width: 1024, height: 700 },
] as const;

const tab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });

/** Each screen: how to reach it from the chart with nothing open, and how to leave it again. */
const SCREENS: { name: string; open(page: Page): Promise<void>; close?(page: Page): Promise<void> }[] = [
  { name: 'chart', open: async () => {} },
  {
    name: 'chart-inspector',
    open: async (page) => {
      await roleNode(page, 'role-ciso').click();
      await page.getByRole('complementary', { name: 'Role details' }).getByRole('heading').first().waitFor();
    },
  },
  {
    name: 'findings',
    open: async (page) => {
      await roleNode(page, 'role-ciso').click();
      await page.locator('.status-bar .findings-count').click();
      await page.locator('.findings-group').first().waitFor();
    },
    close: (page) => page.locator('.status-bar .findings-count').click(),
  },
  ...(['Policies', 'Assets', 'Responsibility areas', 'People'] as const).map((label) => ({
    name: `register-${label.split(' ')[0]!.toLowerCase()}`,
    open: async (page: Page) => {
      await tab(page, 'Registers').click();
      await page.getByRole('group', { name: 'Register' }).getByRole('button', { name: label }).click();
      await page.getByRole('table', { name: label }).waitFor();
    },
  })),
  {
    name: 'raci',
    open: async (page) => {
      await tab(page, 'RACI matrix').click();
      await page.getByRole('grid', { name: 'RACI assignments' }).waitFor();
    },
  },
  {
    name: 'ownership',
    open: async (page) => {
      await tab(page, 'Ownership map').click();
      await page.waitForTimeout(500);
    },
  },
  {
    name: 'role-page',
    open: async (page) => {
      await roleNode(page, 'role-ciso').click();
      await page.getByRole('button', { name: 'Open role page' }).click();
      await page.locator('.view-tabs__page').waitFor();
    },
  },
  {
    name: 'person-page',
    open: async (page) => {
      await roleNode(page, 'role-cio').click();
      await page.getByRole('complementary', { name: 'Role details' }).locator('.link-button').first().click();
      await page.locator('.view-tabs__page').waitFor();
    },
  },
  {
    name: 'search',
    open: async (page) => {
      await page.keyboard.press('Control+K');
      const palette = page.getByRole('dialog', { name: 'Search the model' });
      await palette.waitFor();
      await page.keyboard.type('security');
      await page.waitForTimeout(300);
    },
    close: (page) => page.keyboard.press('Escape'),
  },
  {
    name: 'import',
    open: async (page) => {
      await page.getByRole('button', { name: 'Import…' }).click();
      await page.getByRole('dialog', { name: 'Import' }).waitFor();
    },
    close: (page) => page.keyboard.press('Escape'),
  },
  {
    name: 'export',
    open: async (page) => {
      await page.getByRole('button', { name: 'Export…' }).click();
      await page.getByRole('dialog', { name: 'Export' }).waitFor();
    },
    close: (page) => page.keyboard.press('Escape'),
  },
];

let browser: Browser;
beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('every screen in %s mode', (scheme) => {
  let served: Served;
  beforeAll(async () => {
    served = await serveSeed(browser, scheme);
  }, 30_000);
  afterAll(async () => {
    await served?.close();
  });

  for (const size of SIZES) {
    it(`is screenshotted and passes axe-core at ${size.width}x${size.height}`, async () => {
      const { page } = served;
      await page.setViewportSize({ width: size.width, height: size.height });
      const failures: string[] = [];
      for (const screen of SCREENS) {
        await tab(page, 'Chart').click();
        await page.locator('.react-flow__node-role').first().waitFor();
        await page.locator('.react-flow__controls-fitview').click();
        await screen.open(page);
        await page.waitForTimeout(250);
        await page.screenshot({ path: path.join(OUTPUT, `ux-${screen.name}-${scheme}-${size.name}.png`) });
        for (const v of await axeViolations(page)) failures.push(`${screen.name}: ${v}`);
        const bar = await page.locator('.status-bar').boundingBox();
        if (!bar || bar.height > 32)
          failures.push(`${screen.name}: the status bar wraps (${bar?.height} px high)`);
        await screen.close?.(page);
        await page.keyboard.press('Escape');
      }
      expect(failures).toEqual([]);
      expect(served.problems).toEqual([]);
    }, 120_000);
  }
});
