/**
 * End to end: `charter serve` on a new model, opened in a real Chromium.
 * Checks the seed organization is drawn (CEO, CIO, CISO and their lines),
 * runs axe-core, and saves a screenshot to tests/output/serve.png.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateDocument } from '../../app/templates';
import { todayUtc } from '../../app/policy';
import { axeViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { ROOT, runCharter, startCharter, tempDir } from '../support/cli';

const SERVE_LINE = /^Charter is serving (.+) at (http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)$/;

/** Resolves with the URL from the serve line, or rejects with what the process said. */
function servedUrl(child: ChildProcessWithoutNullStreams): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(
      () => reject(new Error(`charter serve printed no URL in 15 s. ${stderr}`)),
      15_000,
    );
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n')[0] ?? '';
      const match = stdout.includes('\n') ? SERVE_LINE.exec(line) : null;
      if (stdout.includes('\n')) {
        clearTimeout(timer);
        if (match?.[2]) resolve(match[2]);
        else reject(new Error(`Unexpected first line from charter serve: ${line}`));
      }
    });
    child.once('exit', (code) => reject(new Error(`charter serve exited with ${code}: ${stderr}`)));
  });
}

function exited(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

let temp: ReturnType<typeof tempDir>;
let child: ChildProcessWithoutNullStreams;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
let pageCsp: string | null = null;

beforeAll(async () => {
  temp = tempDir('charter-e2e-');
  const model = path.join(temp.dir, 'Example.charter');
  expect(runCharter(['new', model]).code).toBe(0);
  child = startCharter(['serve', model]);
  const url = await servedUrl(child);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`${message.text()} ${message.location().url}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) pageErrors.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  const response = await page.goto(url);
  pageCsp = response?.headers()['content-security-policy'] ?? null;
  await page.locator('.react-flow__node').first().waitFor({ timeout: 15_000 });
});

afterAll(async () => {
  await browser?.close();
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await exited(child);
  }
  temp?.remove();
});

describe('charter serve in a browser', () => {
  it('draws the CEO, the CIO and the CISO', async () => {
    for (const [id, short] of [
      ['role-ceo', 'CEO'],
      ['role-cio', 'CIO'],
      ['role-ciso', 'CISO'],
    ] as const) {
      const node = page.locator(`.react-flow__node[data-id="${id}"]`);
      await expect.poll(() => node.isVisible()).toBe(true);
      expect(await node.innerText()).toMatch(new RegExp(`\\b${short}\\b`));
    }
    const seed = templateDocument('seed', todayUtc());
    expect(await page.locator('.react-flow__node').count()).toBe(seed.roles.length);
  });

  it('draws their reporting lines, solid and dotted', async () => {
    const seed = templateDocument('seed', todayUtc());
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(seed.reportingLines.length);
    for (const id of [
      'solid:role-ceo->role-cio',
      'solid:role-ceo->role-ciso',
      'dotted:role-ciso->role-head-dev',
    ]) {
      const path = page.locator(`.react-flow__edge[data-id="${id}"] path`).first();
      const d = await path.getAttribute('d');
      expect(d, `edge ${id} has a drawn path`).toMatch(/^M/);
      const box = await path.boundingBox();
      expect(box && box.height > 10, `edge ${id} spans the gap between levels`).toBe(true);
    }
  });

  it('serves the page with its CSP and takes the token out of the address bar', () => {
    expect(pageCsp).toContain("script-src 'self'");
    expect(page.url()).not.toContain('token=');
  });

  it('loads under its CSP without errors in the page', () => {
    // The browser asks for /favicon.ico on its own; a missing icon is not an error of the page.
    expect(pageErrors.filter((e) => !e.includes('/favicon.ico'))).toEqual([]);
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('saves a screenshot to tests/output/serve.png', async () => {
    const dir = path.join(ROOT, 'tests', 'output');
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, 'serve.png') });
  });

  it('stops cleanly on SIGTERM', async () => {
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
  });
});
