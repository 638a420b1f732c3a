/**
 * A page of the app served by `charter serve`, in a fresh browser context,
 * with the page's errors (uncaught exceptions and console errors) collected
 * for the test to check, and the chart drawn before it is handed over.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors seen so far. */
  problems: string[];
}

/** Opens `url` in a new context with `options` and waits for the first chart node. */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
  waitMs = 15_000,
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await page.goto(url);
  await page.locator('.react-flow__node').first().waitFor({ timeout: waitMs });
  return { context, page, problems };
}
