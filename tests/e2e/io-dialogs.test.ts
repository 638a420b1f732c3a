/**
 * File > Import and File > Export in a real Chromium against a real
 * `charter serve`: an HR CSV with one bad row shows its row-numbered error,
 * a column can be left out of the mapping, the valid rows import and
 * appear on the chart, Undo takes them away;
 * SVG and XLSX exports arrive as downloads that parse. axe-core runs on
 * both dialogs in light and dark; screenshots go to tests/output/io-*.png.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText, parseXml } from '../app/export/xml';
import { axeViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { ROOT, runCharter, serveModel, stopCharter, tempDir } from '../support/cli';
import { openPage as openServedPage } from '../support/page';

const OUTPUT = path.join(ROOT, 'tests/output');

const HR_CSV = [
  'Employee ID,Manager ID,Name,Title,Email,Department',
  'H1,,Hana Ito,Chief Operating Officer,hana@example.com,Operations',
  'H2,H1,Ravi Shah,Head of Facilities,ravi@example.com,Operations',
  'H3,H1,Lea Novak,Head of Procurement,lea.novak,Operations',
  'H4,H9,Omar Diaz,Buyer,omar@example.com,Operations',
  '',
].join('\n');

let temp: ReturnType<typeof tempDir>;
let child: ChildProcessWithoutNullStreams;
let browser: Browser;
let url: string;

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  temp = tempDir('charter-io-');
  const model = path.join(temp.dir, 'Example.charter');
  expect(runCharter(['new', model]).code).toBe(0);
  ({ child, url } = await serveModel(model));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await stopCharter(child);
  temp?.remove();
});

async function openPage(scheme: 'light' | 'dark'): Promise<{ page: Page; problems: string[] }> {
  const { page, problems } = await openServedPage(
    browser,
    url,
    { colorScheme: scheme, viewport: { width: 1280, height: 860 }, acceptDownloads: true },
    30_000,
  );
  return { page, problems };
}

const dialog = (page: Page, name: string) => page.getByRole('dialog', { name });

async function pickHrFile(page: Page) {
  await page.getByRole('button', { name: 'Import…' }).click();
  const importDialog = dialog(page, 'Import');
  await importDialog.waitFor();
  await importDialog
    .getByLabel('File')
    .setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(HR_CSV) });
  await importDialog.locator('.io-issues').waitFor({ timeout: 15_000 });
  return importDialog;
}

describe.each(['light', 'dark'] as const)('the import and export dialogs in %s mode', (scheme) => {
  it('show the preview with its row-numbered error, and the export options, with no axe problem', async () => {
    const { page, problems } = await openPage(scheme);
    const importDialog = await pickHrFile(page);
    const errorRow = importDialog.locator('tr.io-row--error');
    await expect.poll(() => errorRow.count()).toBe(1);
    expect(await errorRow.locator('td').first().textContent()).toBe('5');
    expect(await errorRow.textContent()).toContain('"H9" is neither in this file nor in the model');
    expect(await importDialog.locator('tr.io-row--warning td').first().textContent()).toBe('4');
    expect(await importDialog.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    expect(await importDialog.getByLabel('Employee id').locator('option:checked').textContent()).toBe(
      'Employee ID',
    );
    await page.screenshot({ path: path.join(OUTPUT, `io-import-preview-${scheme}.png`) });
    expect(await axeViolations(page, ['dialog[open]'])).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => importDialog.count()).toBe(0);

    await page.keyboard.press('Control+Shift+E');
    const exportDialog = dialog(page, 'Export');
    await exportDialog.waitFor();
    await exportDialog.getByLabel('Format').selectOption('pdf');
    await exportDialog.getByLabel('One role and the roles under it').check();
    const root = exportDialog.getByRole('combobox', { name: 'The role at the top of the subtree' });
    await root.fill('cio');
    await exportDialog.getByRole('option', { name: 'Chief Information Officer (CIO)' }).click();
    expect(await root.inputValue()).toBe('Chief Information Officer (CIO)');
    await page.screenshot({ path: path.join(OUTPUT, `io-export-options-${scheme}.png`) });
    expect(await axeViolations(page, ['dialog[open]'])).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => exportDialog.count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('importing an HR file through the dialog', () => {
  it('imports the valid rows, shows the new roles on the chart, and undoes the import', async () => {
    const { page, problems } = await openPage('light');
    const status = page.locator('.status-bar');
    expect(await status.textContent()).toContain('7 roles');
    const importDialog = await pickHrFile(page);
    // Row 4's email is a login name (a warning); the email column can be left out instead.
    await expect.poll(() => importDialog.locator('tr.io-row--warning').count()).toBe(1);
    const email = importDialog.getByLabel('Email', { exact: true });
    await email.selectOption({ label: '— not imported —' });
    await expect.poll(() => importDialog.locator('tr.io-row--warning').count()).toBe(0);
    expect(await email.locator('option:checked').textContent()).toBe('— not imported —');
    await importDialog.getByRole('button', { name: 'Dry run' }).click();
    expect(await importDialog.getByRole('status').filter({ hasText: 'Dry run' }).textContent()).toContain(
      'nothing was written',
    );
    await importDialog.getByRole('button', { name: 'Import valid rows only' }).click();
    const done = importDialog.locator('.io-done');
    await done.waitFor({ timeout: 15_000 });
    expect(await done.textContent()).toBe('Imported people.csv: 3 people added, 0 updated; 1 row skipped.');
    // Only the roles in view are mounted: the status bar counts them all.
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('10 roles');

    await importDialog.getByRole('button', { name: 'Close' }).click();
    // The new tree sits beside the old one: fit the view to see it on the chart.
    await page.locator('.react-flow__controls-fitview').click();
    await expect
      .poll(() => page.locator('.react-flow__node').filter({ hasText: 'Chief Operating Officer' }).count())
      .toBe(1);

    // The import is one step in the history: Undo takes all of it back.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('7 roles');
    expect(
      await page.locator('.react-flow__node').filter({ hasText: 'Chief Operating Officer' }).count(),
    ).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('exporting through the dialog', () => {
  it('downloads an SVG and an XLSX that parse', async () => {
    const { page, problems } = await openPage('light');
    await page.getByRole('button', { name: 'Export…' }).click();
    const exportDialog = dialog(page, 'Export');
    await exportDialog.waitFor();

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      exportDialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    expect(svg.suggestedFilename()).toBe('Example organization (CISO vs CIO).svg');
    const svgPath = path.join(temp.dir, 'download.svg');
    await svg.saveAs(svgPath);
    expect(allText(parseXml(readFileSync(svgPath, 'utf8'))).join(' ')).toContain('CISO');

    await exportDialog.getByLabel('Format').selectOption('xlsx');
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      exportDialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('Example organization (CISO vs CIO).xlsx');
    const xlsxPath = path.join(temp.dir, 'download.xlsx');
    await xlsx.saveAs(xlsxPath);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxPath);
    expect(workbook.worksheets.some((w) => w.name.toLowerCase().includes('finding'))).toBe(true);
    expect(await exportDialog.getByRole('status').textContent()).toContain('Downloaded');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('importing a Charter model file through the dialog', () => {
  it('asks before replacing the model, replaces it, and Undo brings the old one back', async () => {
    const empty = path.join(temp.dir, 'Empty.charter');
    expect(runCharter(['new', empty, '--template', 'empty']).code).toBe(0);
    const json = path.join(temp.dir, 'empty.json');
    expect(runCharter(['export', empty, '--format', 'json', '--out', json]).code).toBe(0);

    const { page, problems } = await openPage('light');
    const status = page.locator('.status-bar');
    await page.getByRole('button', { name: 'Import…' }).click();
    const importDialog = dialog(page, 'Import');
    await importDialog.getByLabel('File').setInputFiles(json);
    await importDialog.getByText('is a whole Charter model').waitFor({ timeout: 15_000 });
    await importDialog.getByLabel('Replace the whole model instead of adding to it').check();
    await importDialog.getByRole('button', { name: 'Replace…' }).click();
    expect(await importDialog.getByText('Replace the whole model with empty.json?').isVisible()).toBe(true);
    await importDialog.getByRole('button', { name: 'Replace the model' }).click();
    await expect
      .poll(() => importDialog.locator('.io-done').textContent())
      .toBe('Replaced the model with empty.json.');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('0 roles');

    await importDialog.getByRole('button', { name: 'Undo the import' }).click();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('7 roles');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
