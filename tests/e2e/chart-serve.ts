/**
 * Support for the chart's end-to-end tests: a new seed model served by a
 * real `charter serve`, opened in Chromium, and axe-core run in the page.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT, runCharter, serveModel, stopCharter, tempDir } from '../support/cli';
import { openPage } from '../support/page';

export interface Served {
  page: Page;
  context: BrowserContext;
  /** Page errors and failed requests seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/** A fresh seed model behind `charter serve`, open in a new browser context. */
export async function serveSeed(browser: Browser, scheme: 'light' | 'dark' = 'light'): Promise<Served> {
  const temp = tempDir('charter-chart-e2e-');
  const model = path.join(temp.dir, 'Example.charter');
  const made = runCharter(['new', model]);
  if (made.code !== 0) throw new Error(`charter new failed: ${made.stderr}`);
  const { child, url } = await serveModel(model);
  const { context, page, problems } = await openPage(browser, url, { colorScheme: scheme });
  return {
    page,
    context,
    problems,
    async close() {
      await context.close();
      await stopCharter(child);
      temp.remove();
    },
  };
}

export { axeViolations } from '../support/axe';

export const roleNode = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** Drags one role's box onto another's, the way a mouse does it. */
export async function dragOnto(page: Page, fromId: string, toId: string): Promise<void> {
  const from = await roleNode(page, fromId).boundingBox();
  const to = await roleNode(page, toId).boundingBox();
  if (!from || !to) throw new Error('both roles must be on screen');
  // Grab the title, clear of the collapse toggle on the bottom edge.
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 3);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 3 + 10, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 3, { steps: 12 });
  await page.mouse.up();
}

export const OUTPUT = path.join(ROOT, 'tests/output');
