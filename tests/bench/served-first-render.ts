/**
 * Time to first render through the real host: a generated model written to
 * a `.charter` file (`charter new` + `charter import`), served by
 * `charter serve`, opened in Chromium. The chart's data comes over HTTP
 * from SQLite in the server's own process, as in web mode (and, through
 * IPC, in the desktop app), instead of from the in-page fake bridge.
 * Measured from navigation start to the first role node in the page.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { runCharter, serveModel, stopCharter, tempDir } from '../support/cli';

const FIRST_NODE = `
window.__firstNode = null;
new MutationObserver((_, observer) => {
  if (document.querySelector('.react-flow__node-role')) {
    window.__firstNode = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });
`;

/** First-render times of `runs` fresh pages (each a new browser context, nothing cached). */
export async function servedFirstRenders(
  browser: Browser,
  documentJson: string,
  runs: number,
): Promise<number[]> {
  const temp = tempDir('charter-bench-served-');
  const model = path.join(temp.dir, 'Generated.charter');
  const json = path.join(temp.dir, 'generated.json');
  writeFileSync(json, documentJson);
  for (const args of [
    ['new', model, '--template', 'empty'],
    ['import', model, json, '--replace'],
  ]) {
    const result = runCharter(args);
    if (result.code !== 0) throw new Error(`charter ${args[0]} failed: ${result.stderr}`);
  }
  const served = await serveModel(model);
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript({ content: FIRST_NODE });
      await page.goto(served.url);
      await page.locator('.react-flow__node-role').first().waitFor({ timeout: 60_000 });
      times.push((await page.evaluate('window.__firstNode')) as number);
      await context.close();
    }
  } finally {
    await stopCharter(served.child);
    temp.remove();
  }
  return times;
}
