/**
 * Chart rendering benchmarks (issue 3), in headless Chromium on the built
 * bundle (dist/renderer; `npm run bench` builds it first) with the FAKE
 * bridge of tests/renderer serving a generated document:
 *
 * - time to first render of 10,000 roles (from navigation start to the
 *   first role node on screen), target ≤ 1 s;
 * - frame times while panning and zooming at reading zoom (requestAnimationFrame
 *   deltas during scripted drags and wheel turns), target p95 ≤ 17 ms;
 * - the renderer's JavaScript heap after a garbage collection, target ≤ 300 MB;
 * - the same three on a 2,000-role chart, against a copy of the bundle with
 *   onlyRenderVisibleElements switched off (every node mounted), as a ratio.
 *
 * Figures are printed, never asserted. Screenshots of the 10,000-role chart
 * zoomed out go to tests/output/chart-10k-zoomed-out-*.png.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { bench, describe } from 'vitest';
import { launchChromium } from '../support/browser';
import { generateDocument } from './generate';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUNDLE = path.join(ROOT, 'dist/renderer');
const OUTPUT = path.join(ROOT, 'tests/output');
const ORIGIN = 'http://charter.test';
const VIRTUAL = 'onlyRenderVisibleElements:!0';

interface Figures {
  firstRenderMs: number;
  mounted: number;
  frames: number;
  p50: number;
  p95: number;
  max: number;
  heapMb: number;
}

/** A copy of the bundle with every node mounted (the alternative), or null if the switch is not found. */
function renderAllBundle(): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'charter-render-all-'));
  cpSync(BUNDLE, dir, { recursive: true });
  const assets = path.join(dir, 'assets');
  let found = false;
  for (const file of readdirSync(assets).filter((f) => f.startsWith('index-') && f.endsWith('.js'))) {
    const text = readFileSync(path.join(assets, file), 'utf8');
    if (!text.includes(VIRTUAL)) continue;
    writeFileSync(path.join(assets, file), text.replaceAll(VIRTUAL, 'onlyRenderVisibleElements:!1'));
    found = true;
  }
  return found ? dir : null;
}

async function fakeBridgeScript(): Promise<string> {
  const fake = await esbuild({
    entryPoints: [path.join(ROOT, 'tests/renderer/fake-bridge-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  });
  return fake.outputFiles[0]?.text ?? '';
}

/** Records when the first role node appears, and every animation frame's time once asked to. */
const PROBE = `
window.__bench = { first: null, frames: [], recording: false };
new MutationObserver((_, observer) => {
  if (document.querySelector('.react-flow__node-role')) {
    window.__bench.first = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });
const tick = (t) => { if (window.__bench.recording) window.__bench.frames.push(t); requestAnimationFrame(tick); };
requestAnimationFrame(tick);
`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** A point on the empty pane (not on a node), to start a pan from. */
async function emptyPoint(page: Page): Promise<{ x: number; y: number }> {
  // Runs in the page, as text: this file is type-checked without the DOM's types.
  const found = (await page.evaluate(`(() => {
    const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
    if (!pane) return null;
    for (let y = pane.top + 40; y < pane.bottom - 40; y += 23)
      for (let x = pane.left + 240; x < pane.right - 200; x += 31) {
        const el = document.elementFromPoint(x, y);
        if (el?.classList.contains('react-flow__pane')) return { x, y };
      }
    return null;
  })()`)) as { x: number; y: number } | null;
  if (!found) throw new Error('no empty point on the pane to drag from');
  return found;
}

async function measure(
  browser: Browser,
  bundle: string,
  script: string,
  doc: string,
  shots?: string,
): Promise<Figures> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = new URL(route.request().url()).pathname.replace(/^\/+/, '') || 'index.html';
    return route.fulfill({ path: path.join(bundle, file) });
  });
  await page.addInitScript({ content: `window.charterFakeDocument = ${doc};\n${script}\n${PROBE}` });
  await page.goto(`${ORIGIN}/index.html`);
  await page.locator('.react-flow__node-role').first().waitFor({ timeout: 60_000 });
  const firstRenderMs = await page.evaluate(
    () => (globalThis as unknown as { __bench: { first: number } }).__bench.first,
  );
  await page.waitForTimeout(1000);
  if (shots) {
    // Zoomed out from the opening view, below the zoom where nodes turn into plain boxes.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom Out' }).click();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForTimeout(600);
      await page.screenshot({ path: path.join(OUTPUT, `${shots}-${scheme}.png`) });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.waitForTimeout(500);
  }

  // Reading zoom: where role text is comfortable to read.
  const pane = await page.locator('.react-flow__pane').boundingBox();
  if (!pane) throw new Error('no pane');
  const centre = { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  await page.evaluate(() => {
    (globalThis as unknown as { __bench: { recording: boolean } }).__bench.recording = true;
  });
  for (let round = 0; round < 6; round++) {
    const from = await emptyPoint(page);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    // Back and forth, so the view stays over the chart's head.
    const way = round % 2 ? -1 : 1;
    for (let i = 1; i <= 24; i++) await page.mouse.move(from.x - i * 12 * way, from.y - i * 6 * way);
    await page.mouse.up();
    await page.mouse.move(centre.x, centre.y);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, round % 2 ? -60 : 60);
  }
  const frames = await page.evaluate(() => {
    const b = (globalThis as unknown as { __bench: { recording: boolean; frames: number[] } }).__bench;
    b.recording = false;
    return b.frames;
  });
  const mounted = await page.locator('.react-flow__node').count();
  const deltas = frames
    .slice(1)
    .map((t, i) => t - (frames[i] as number))
    .sort((a, b) => a - b);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

  await context.close();
  return {
    firstRenderMs,
    mounted,
    frames: deltas.length,
    p50: percentile(deltas, 50),
    p95: percentile(deltas, 95),
    max: deltas[deltas.length - 1] ?? NaN,
    heapMb: heap.usedSize / 1024 / 1024,
  };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const line = (label: string, f: Figures) =>
  `  ${label.padEnd(44)} first render ${ms(f.firstRenderMs).padStart(9)} | frames ${String(f.frames).padStart(4)}: p50 ${ms(f.p50)}, p95 ${ms(f.p95)}, max ${ms(f.max)} | heap ${f.heapMb.toFixed(0)} MB | ${f.mounted} nodes mounted`;

let done = false;

async function run(): Promise<void> {
  if (done) return;
  done = true;
  mkdirSync(OUTPUT, { recursive: true });
  const script = await fakeBridgeScript();
  const big = JSON.stringify(generateDocument({ roles: 10_000, seed: 3, assignments: 30_000 }));
  const small = JSON.stringify(generateDocument({ roles: 2_000, seed: 3, assignments: 6_000 }));
  const renderAll = renderAllBundle();
  const browser = await launchChromium();
  const report: string[] = ['Chart rendering in headless Chromium (fake bridge, 1440 × 900):'];
  try {
    const ten = await measure(browser, BUNDLE, script, big, 'chart-10k-zoomed-out');
    report.push(line('10,000 roles', ten));
    report.push(
      `    targets: first render ≤ 1000 ms (${ten.firstRenderMs <= 1000 ? 'met' : 'missed'}), ` +
        `p95 ≤ 17 ms (${ten.p95 <= 17 ? 'met' : 'missed'}), heap ≤ 300 MB (${ten.heapMb <= 300 ? 'met' : 'missed'})`,
    );
    const on = await measure(browser, BUNDLE, script, small);
    report.push(line('2,000 roles, only visible nodes mounted', on));
    if (renderAll) {
      const off = await measure(browser, renderAll, script, small);
      report.push(line('2,000 roles, every node mounted', off));
      report.push(
        `    => every node mounted: first render ${(off.firstRenderMs / on.firstRenderMs).toFixed(1)}×, ` +
          `p95 frame ${(off.p95 / on.p95).toFixed(1)}×, heap ${(off.heapMb / on.heapMb).toFixed(1)}× of only visible`,
      );
    } else report.push('    (the bundle has no onlyRenderVisibleElements switch to flip: no comparison)');
  } finally {
    await browser.close();
    if (renderAll) rmSync(renderAll, { recursive: true, force: true });
  }
  console.log(`\n${report.join('\n')}\n`);
}

describe('chart rendering', () => {
  bench('10,000 and 2,000 roles in Chromium (figures printed above the table)', run, {
    iterations: 1,
    time: 0,
    warmupIterations: 0,
    warmupTime: 0,
  });
});
