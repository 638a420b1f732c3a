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
import { axeViolations } from './chart-serve';
import { launchChromium } from '../support/browser';
import { ROOT, serveModel, stopCharter, tempDir } from '../support/cli';

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
    // Policy 09000, deep in the register, has a second Accountable role: the one error finding to Show.
    { subjectType: 'policy', subjectId: 'pol-09000', roleId: roleId(9002), letter: 'A' },
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
  await stopCharter(served?.child);
  temp?.remove();
});

const row = (name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('checkbox', { name: `Select ${name}`, exact: true }) });

const mountedRows = () =>
  page.locator('[role="rowgroup"] + [role="rowgroup"] > [role="row"], .raci__body > [role="row"]').count();

describe('10,000 policies and 10,000 assets', () => {
  it('opens the policies register with only the visible rows mounted', async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Registers' }).click();
    await page.getByRole('checkbox', { name: 'Select Policy 00000' }).waitFor();
    expect(await page.locator('.register__count').innerText()).toBe(`${COUNT.toLocaleString('en')} policies`);
    expect(await mountedRows()).toBeLessThan(60);
  });

  it('scrolls to the last row and sorts all rows', async () => {
    const scroll = page.locator('.register__scroll');
    await scroll.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.getByRole('checkbox', { name: 'Select Policy 09999' }).waitFor();
    expect(await mountedRows()).toBeLessThan(60);
    await scroll.evaluate((el) => (el.scrollTop = 0));
    const header = page.getByRole('columnheader', { name: 'Title' }).getByRole('button');
    await header.click();
    await header.click();
    await page.getByRole('checkbox', { name: 'Select Policy 09999' }).waitFor();
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

  it('chooses hand-picked columns among 300 roles with the searchable picker', async () => {
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'RACI matrix' })
      .click();
    await page.getByRole('button', { name: /^Hand-picked/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Choose the roles to show' });
    const add = dialog.getByRole('combobox', { name: 'Add a role' });
    await add.press('ArrowDown');
    const options = dialog.getByRole('option');
    await expect.poll(() => options.count()).toBe(50);
    expect(await dialog.innerText()).toContain('250 more: type to narrow the list.');
    const wanted = (await options.nth(7).innerText()).trim();
    await add.fill(wanted);
    expect(await options.first().innerText()).toBe(wanted);
    await add.press('Enter');
    expect(await dialog.getByRole('list', { name: 'Chosen roles' }).getByRole('listitem').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Show these roles' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Hand-picked (1)' }).count()).toBe(1);
  }, 60_000);

  it("scrolls to, marks and focuses a policy deep in the register on a finding's Show, past the filters that hid it", async () => {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Registers' }).click();
    await page.getByRole('combobox', { name: 'Filter by status' }).selectOption('approved');
    await page.getByRole('searchbox', { name: 'Filter policies' }).fill('Policy 00001');
    await expect.poll(() => page.locator('.register__count').innerText()).toBe('0 of 10,000 policies');

    await page.keyboard.press('Control+5');
    const panel = page.getByRole('region', { name: 'Findings' });
    await panel.getByLabel('Rule').selectOption('ownership.multiple-accountable');
    const finding = panel.locator('.finding').filter({ hasText: 'P-09000' });
    await finding.getByRole('button', { name: 'Show in Policies' }).click();

    const target = row('Policy 09000');
    await expect.poll(() => target.getAttribute('aria-current')).toBe('true');
    expect(await page.getByRole('combobox', { name: 'Filter by status' }).inputValue()).toBe('');
    expect(await page.getByRole('searchbox', { name: 'Filter policies' }).inputValue()).toBe('');
    // In the viewport, below the sticky header, and the keyboard is on it.
    const scroller = await page.locator('.register__scroll').boundingBox();
    const box = await target.boundingBox();
    expect(scroller && box).toBeTruthy();
    if (scroller && box) {
      expect(box.y).toBeGreaterThanOrEqual(scroller.y + 36);
      expect(box.y + box.height).toBeLessThanOrEqual(scroller.y + scroller.height);
    }
    expect(await target.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    expect(await mountedRows()).toBeLessThan(60);
    await page.screenshot({ path: path.join(ROOT, 'tests', 'output', 'registers-large-show.png') });
    expect(await axeViolations(page)).toEqual([]);
    // Tab goes on into the row: its checkbox.
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').getAttribute('aria-label')).toBe('Select Policy 09000');
  }, 60_000);
});
