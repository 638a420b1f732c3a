/**
 * End to end: the Findings panel, chart badges, the status bar count and
 * the rule settings, against a real `charter serve` on a new seed model in
 * Chromium, in light and in dark (each on its own model). The seed's one
 * finding is the article's overlap: information security has two
 * Accountable roles. The test changes rules, filters, jumps to subjects,
 * fixes the overlap in the RACI matrix and watches the finding go.
 * Screenshots: tests/output/findings-*.png.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocument } from '../bench/generate';
import { launchChromium } from '../support/browser';
import { ROOT, runCharter, serveModel, stopCharter, tempDir } from '../support/cli';
import { openPage } from '../support/page';
import { axeViolations } from '../support/axe';

const OUTPUT = path.join(ROOT, 'tests', 'output');
const OVERLAP = 'The responsibility area "Information security" has 2 Accountable roles: CIO and CISO.';

let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('findings in %s mode', (scheme) => {
  let temp: ReturnType<typeof tempDir>;
  let child: ChildProcessWithoutNullStreams;
  let context: BrowserContext;
  let page: Page;
  let problems: string[] = [];

  const shot = (name: string) =>
    page.screenshot({ path: path.join(OUTPUT, `findings-${name}-${scheme}.png`) });
  const panel = () => page.getByRole('region', { name: 'Findings' });
  const count = () => page.locator('.status-bar .findings-count');
  const badge = (roleId: string) => page.locator(`.react-flow__node[data-id="${roleId}"] .finding-badge`);
  const group = (title: string) =>
    panel()
      .locator('.findings-group')
      .filter({ has: page.getByRole('heading', { name: title }) });

  beforeAll(async () => {
    temp = tempDir('charter-findings-');
    const model = path.join(temp.dir, 'Findings.charter');
    expect(runCharter(['new', model]).code).toBe(0);
    let url: string;
    ({ child, url } = await serveModel(model));
    ({ context, page, problems } = await openPage(browser, url, { colorScheme: scheme }));
    // Fail a stuck step with its own message, well inside the test's time limit.
    page.setDefaultTimeout(8000);
  });

  afterAll(async () => {
    await context?.close();
    await stopCharter(child);
    temp?.remove();
  });

  it('shows the seed overlap as an error in the status bar and as badges on the CIO and the CISO', async () => {
    await expect.poll(() => count().textContent()).toBe('Findings: 1 error, 0 warnings');
    for (const role of ['role-cio', 'role-ciso']) {
      await expect.poll(() => badge(role).getAttribute('aria-label')).toBe('1 finding: 1 error');
      expect(await badge(role).textContent()).toBe('1');
    }
    expect(await badge('role-ceo').count()).toBe(0);
    await shot('badges');
  });

  it('keeps the badges, larger, when the chart is zoomed out to simple boxes', async () => {
    const simple = page.locator('.react-flow__node[data-id="role-cio"] .role-node--simple');
    for (let i = 0; i < 8 && (await simple.count()) === 0; i++) {
      await page.locator('.react-flow__controls-zoomout').click();
      await page.waitForTimeout(100);
    }
    await expect
      .poll(() => simple.locator('.finding-badge').getAttribute('aria-label'))
      .toBe('1 finding: 1 error');
    await page.mouse.move(0, 0);
    await shot('badges-zoomed-out');
    await page.locator('.react-flow__controls-fitview').click();
    await expect.poll(() => simple.count()).toBe(0);
  });

  it('opens the panel from the status bar with the overlap under Errors', async () => {
    await count().click();
    await expect.poll(() => panel().isVisible()).toBe(true);
    expect(await count().getAttribute('aria-expanded')).toBe('true');
    const errors = group('Errors 1');
    await expect.poll(() => errors.locator('.finding__message').textContent()).toBe(OVERLAP);
    expect(await errors.locator('.finding__hint').textContent()).toContain('Keep one role as A');
    expect(await errors.locator('.finding__severity').textContent()).toBe('Error');
    expect(await page.locator(':focus').textContent()).toBe('Findings');
    await page.mouse.move(0, 0);
    await shot('panel');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('changes rules in the settings dialog: the overlap moves to Warnings, overload warnings appear', async () => {
    await panel().getByRole('button', { name: 'Rule settings…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rule settings' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('group').count()).toBeGreaterThanOrEqual(13);
    await dialog
      .getByRole('group', { name: 'More than one Accountable role' })
      .getByLabel('Severity')
      .selectOption('warning');
    await dialog
      .getByRole('group', { name: 'Role Accountable for too much' })
      .getByLabel('The most items one role may be Accountable for')
      .fill('2');
    const pairs = dialog.getByRole('group', {
      name: 'Pairs of role short names that one person must not hold together',
    });
    expect(await pairs.getByLabel('Pair 1, first role').inputValue()).toBe('CIO');
    await shot('settings');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await expect.poll(() => group('Errors').count()).toBe(0);
    const warnings = panel().locator('.findings-group').first();
    await expect.poll(() => warnings.getByText(OVERLAP).count()).toBe(1);
    await expect.poll(() => count().textContent()).toMatch(/^Findings: 0 errors, \d+ warnings$/);
    await expect
      .poll(() => badge('role-cio').getAttribute('aria-label'))
      .toMatch(/^\d+ findings: \d+ warnings$/);
  });

  it('filters by severity, rule and role', async () => {
    const messages = () => panel().locator('.finding__message').allTextContents();
    const all = await messages();
    expect(all.length).toBeGreaterThan(1);

    await panel().getByLabel('Role').selectOption({ label: 'CISO' });
    await expect.poll(async () => (await messages()).length).toBeLessThan(all.length);
    expect(await messages()).toContain(OVERLAP);
    await panel().getByLabel('Rule').selectOption('overload.accountable');
    await expect.poll(() => messages()).not.toContain(OVERLAP);
    expect(await panel().locator('.findings-panel__summary').textContent()).toMatch(
      /^Showing \d+ of \d+ findings$/,
    );
    await page.mouse.move(0, 0);
    await shot('filters');

    await panel()
      .getByRole('button', { name: /^Warnings/ })
      .click();
    expect(
      await panel()
        .getByRole('button', { name: /^Warnings/ })
        .getAttribute('aria-pressed'),
    ).toBe('false');
    await expect.poll(() => panel().getByText('No findings match these filters').isVisible()).toBe(true);
    await panel().getByRole('button', { name: 'Show all findings' }).click();
    await expect.poll(async () => (await messages()).length).toBe(all.length);
  });

  it('refuses a parameter the model does not accept and says why in the dialog', async () => {
    await panel().getByRole('button', { name: 'Rule settings…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rule settings' });
    await dialog.getByLabel('The most items one role may be Accountable for').fill('0');
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    const alert = dialog.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toBe(
        'Role Accountable for too much: The most items one role may be Accountable for must be at least 1.',
      );
    await shot('settings-error');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByRole('button', { name: 'Dismiss error' }).click();
  });

  it('undoes the settings change: the overlap is an error again', async () => {
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => count().textContent()).toBe('Findings: 1 error, 0 warnings');
    await expect.poll(() => group('Errors 1').getByText(OVERLAP).count()).toBe(1);
  });

  it('jumps to the subject: the area in its register, a role on the chart', async () => {
    const finding = panel().locator('.finding').filter({ hasText: OVERLAP });
    await finding.getByRole('button', { name: 'Show in Responsibility areas' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: /^Responsibility areas/ }).getAttribute('class'))
      .toContain('chip--on');
    await shot('jump-register');
    const names = () =>
      page
        .getByRole('main')
        .locator('input')
        .evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value));
    await expect.poll(names).toContain('Information security');
    // Its row is marked as the one shown, and the keyboard is on it.
    const shown = page.locator('.register__row[aria-current="true"]');
    await expect
      .poll(() => shown.getByRole('textbox', { name: 'Name of Information security' }).count())
      .toBe(1);
    expect(await shown.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await finding.getByRole('button', { name: 'Select CISO on the chart' }).click();
    await expect
      .poll(() => page.locator('.react-flow__node[data-id="role-ciso"]').getAttribute('class'))
      .toContain('selected');
    await expect
      .poll(() => page.locator('aside h2').textContent())
      .toBe('Chief Information Security Officer');
  });

  it('sees the finding disappear when the CIO becomes Responsible in the RACI matrix', async () => {
    await page.getByRole('button', { name: 'RACI matrix' }).click();
    const cell = page.getByRole('gridcell', {
      name: 'Information security, Chief Information Officer: Accountable',
    });
    await cell.focus();
    await page.keyboard.press('R');
    await expect
      .poll(() =>
        page
          .getByRole('gridcell', { name: 'Information security, Chief Information Officer: Responsible' })
          .count(),
      )
      .toBe(1);

    await expect.poll(() => panel().getByText('No findings', { exact: true }).isVisible()).toBe(true);
    await expect.poll(() => count().textContent()).toBe('Findings: No findings');
    await page.mouse.move(0, 0);
    await shot('empty');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Chart', exact: true }).click();
    await page.locator('.react-flow__node').first().waitFor();
    expect(await badge('role-cio').count()).toBe(0);
    expect(await badge('role-ciso').count()).toBe(0);
  });

  it('closes and opens the panel with Ctrl+5, and the page saw no errors', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+5');
    await expect.poll(() => panel().count()).toBe(0);
    await page.keyboard.press('Control+5');
    await expect.poll(() => panel().count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('stacks the panel under the view in a narrow window', async () => {
    await page.setViewportSize({ width: 700, height: 900 });
    const box = await panel().boundingBox();
    expect(box && box.width > 600).toBe(true);
    await shot('narrow');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('findings of a large model', () => {
  let temp: ReturnType<typeof tempDir>;
  let child: ChildProcessWithoutNullStreams;
  let context: BrowserContext;
  let page: Page;
  let warnings = 0;

  beforeAll(async () => {
    temp = tempDir('charter-findings-large-');
    const model = path.join(temp.dir, 'Large.charter');
    const json = path.join(temp.dir, 'large.json');
    writeFileSync(json, JSON.stringify(generateDocument({ roles: 2000 })));
    expect(runCharter(['new', model, '--template', 'empty']).code).toBe(0);
    expect(runCharter(['import', model, json]).code).toBe(0);
    const report = JSON.parse(runCharter(['check', model, '--format', 'json']).stdout) as {
      findings: { severity: string }[];
    };
    warnings = report.findings.filter((f) => f.severity === 'warning').length;
    let url: string;
    ({ child, url } = await serveModel(model));
    ({ context, page } = await openPage(browser, url));
  });

  afterAll(async () => {
    await context?.close();
    await stopCharter(child);
    temp?.remove();
  });

  it('draws a hundred findings per group at first, and more on request', async () => {
    expect(warnings).toBeGreaterThan(100);
    await page.keyboard.press('Control+5');
    const group = page
      .locator('.findings-group')
      .filter({ has: page.getByRole('heading', { name: /^Warnings/ }) });
    await expect.poll(() => group.locator('.finding').count()).toBe(100);
    const more = group.getByRole('button', { name: /^Show \d+ more/ });
    expect(await more.textContent()).toBe(
      `Show ${Math.min(100, warnings - 100)} more (${warnings - 100} not shown)`,
    );
    await page.screenshot({ path: path.join(OUTPUT, 'findings-large-light.png') });
    await more.click();
    await expect.poll(() => group.locator('.finding').count()).toBe(Math.min(200, warnings));
  });
});
