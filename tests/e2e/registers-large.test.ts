/**
 * End to end: registers and the RACI matrix with 10,000 policies and
 * 10,000 assets stay fast, because only the visible rows are mounted.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../app/contract';
import type { Assignment, Asset, Policy } from '../../app/model';
import { createModel } from '../../db';
import { generateDocument } from '../bench/generate';
import { launchChromium } from '../support/browser';
import { ROOT, serveModel, tempDir } from '../support/cli';

const COUNT = 10_000;
const pad = (n: number) => String(n).padStart(5, '0');

/** A 300-role organization with 10,000 policies and 10,000 assets, each with an A and an R. */
function largeModel(file: string): void {
  const base = generateDocument({ roles: 300, assignments: 0 });
  const roleId = (i: number) => base.roles[i % base.roles.length]?.id as string;
  const policies: Policy[] = Array.from({ length: COUNT }, (_, i) => ({
    id: `pol-${pad(i)}`,
    code: `P-${pad(i)}`,
    title: `Policy ${pad(i)}`,
    category: i % 2 ? 'Information security' : 'Information technology',
    status: 'draft',
    version: '1.0',
    approverRoleId: null,
    reviewIntervalMonths: 12,
    lastReviewedOn: i % 3 === 0 ? '2020-01-01' : null,
    documentUrl: '',
    assetIds: [`ast-${pad(i)}`],
  }));
  const assets: Asset[] = Array.from({ length: COUNT }, (_, i) => ({
    id: `ast-${pad(i)}`,
    name: `Asset ${pad(i)}`,
    type: 'server',
    criticality: 'medium',
    classification: 'internal',
    description: '',
  }));
  const assignments: Assignment[] = [
    ...policies.flatMap((p, i): Assignment[] => [
      { subjectType: 'policy', subjectId: p.id, roleId: roleId(i), letter: 'A' },
      { subjectType: 'policy', subjectId: p.id, roleId: roleId(i + 1), letter: 'R' },
    ]),
    ...assets.map((a, i): Assignment => ({
      subjectType: 'asset',
      subjectId: a.id,
      roleId: roleId(i),
      letter: 'A',
    })),
  ];
  const handle = createModel(file, { template: 'empty' });
  try {
    const reply = invoke(handle.handlers, 'model.import', {
      document: { ...base, name: 'Large organization', policies, assets, assignments },
      replace: true,
    });
    if (!reply.ok) throw new Error(reply.error.message);
  } finally {
    handle.close();
  }
}

let temp: ReturnType<typeof tempDir>;
let served: { child: ChildProcessWithoutNullStreams; url: string };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  temp = tempDir('charter-registers-large-');
  const model = path.join(temp.dir, 'Large.charter');
  largeModel(model);
  served = await serveModel(model);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(served.url);
  await page.locator('.react-flow__node').first().waitFor({ timeout: 30_000 });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  if (served && served.child.exitCode === null) {
    const exited = new Promise((resolve) => served.child.once('exit', resolve));
    served.child.kill('SIGTERM');
    await exited;
  }
  temp?.remove();
});

/** Milliseconds until `done` resolves. */
async function timed(done: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await done();
  return performance.now() - start;
}

const mountedRows = () =>
  page.locator('[role="rowgroup"] + [role="rowgroup"] > [role="row"], .raci__body > [role="row"]').count();

describe('10,000 policies and 10,000 assets', () => {
  it('opens the policies register quickly, with only the visible rows mounted', async () => {
    const ms = await timed(async () => {
      await page
        .getByRole('navigation', { name: 'Views' })
        .getByRole('button', { name: 'Registers' })
        .click();
      await page.getByRole('checkbox', { name: 'Select Policy 00000' }).waitFor();
    });
    expect(ms).toBeLessThan(5000);
    expect(await page.locator('.register__count').innerText()).toBe(`${COUNT.toLocaleString('en')} policies`);
    expect(await mountedRows()).toBeLessThan(60);
  });

  it('scrolls to the last row and sorts all rows in well under a second or two', async () => {
    const scroll = page.locator('.register__scroll');
    await scroll.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.getByRole('checkbox', { name: 'Select Policy 09999' }).waitFor();
    expect(await mountedRows()).toBeLessThan(60);
    await scroll.evaluate((el) => (el.scrollTop = 0));
    const header = page.getByRole('columnheader', { name: 'Title' }).getByRole('button');
    const ms = await timed(async () => {
      await header.click();
      await header.click();
      await page.getByRole('checkbox', { name: 'Select Policy 09999' }).waitFor();
    });
    expect(ms).toBeLessThan(3000);
    mkdirSync(path.join(ROOT, 'tests', 'output'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'tests', 'output', 'registers-large-policies.png') });
  });

  it('edits a row deep in the list', async () => {
    const version = page.getByRole('textbox', { name: 'Version of Policy 09999' });
    await version.fill('2.0');
    await version.press('Enter');
    await expect.poll(() => version.inputValue(), { timeout: 10_000 }).toBe('2.0');
  });

  it('scrolls the RACI matrix of 20,000 subjects to its end', async () => {
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'RACI matrix' })
      .click();
    const grid = page.getByRole('grid', { name: 'RACI assignments' });
    await grid.waitFor();
    expect(await mountedRows()).toBeLessThan(60);
    await grid.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.getByRole('rowheader', { name: /Asset 09999/ }).waitFor();
    expect(await mountedRows()).toBeLessThan(60);
    await page.screenshot({ path: path.join(ROOT, 'tests', 'output', 'registers-large-matrix.png') });
  });
});
