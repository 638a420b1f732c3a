/**
 * End to end: the registers, the RACI matrix and the role and person pages
 * in a real Chromium, against `charter serve` on real model files (the seed
 * organization, and an empty model for the empty states). Screenshots of
 * each screen in light and dark go to tests/output/registers-*.png.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { ROOT, runCharter, serveModel, stopCharter, tempDir } from '../support/cli';

const OUTPUT = path.join(ROOT, 'tests', 'output');
const SCHEMES = ['light', 'dark'] as const;

type Served = Awaited<ReturnType<typeof serveModel>>;

/** Screenshots the screen in light and dark, and checks both with axe-core. */
async function capture(page: Page, name: string): Promise<void> {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(50);
    await page.screenshot({ path: path.join(OUTPUT, `registers-${name}-${scheme}.png`) });
    expect(await axeViolations(page), `${name} in ${scheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

let temp: ReturnType<typeof tempDir>;
let seed: Served;
let empty: Served;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  temp = tempDir('charter-registers-');
  const seedModel = path.join(temp.dir, 'Seed.charter');
  const emptyModel = path.join(temp.dir, 'Empty.charter');
  expect(runCharter(['new', seedModel]).code).toBe(0);
  expect(runCharter(['new', emptyModel, '--template', 'empty', '--name', 'Empty Org']).code).toBe(0);
  [seed, empty] = await Promise.all([serveModel(seedModel), serveModel(emptyModel)]);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(seed.url);
  await page.locator('.react-flow__node').first().waitFor({ timeout: 15_000 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([stopCharter(seed?.child), stopCharter(empty?.child)]);
  temp?.remove();
});

const tab = (name: string) => page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name });
const register = (name: RegExp) =>
  page.getByRole('group', { name: 'Register' }).getByRole('button', { name });
const row = (name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('checkbox', { name: `Select ${name}`, exact: true }) });

describe('the view switcher', () => {
  it('switches views with Ctrl/Cmd+1..3 and its buttons', async () => {
    await page.keyboard.press(`${mod}+2`);
    await expect.poll(() => tab('Registers').getAttribute('aria-current')).toBe('page');
    await page.getByRole('table', { name: 'Policies' }).waitFor();
    await page.keyboard.press(`${mod}+3`);
    await page.getByRole('grid', { name: 'RACI assignments' }).waitFor();
    await tab('Chart').click();
    await page.locator('.react-flow__node').first().waitFor();
  });
});

describe('the policies register', () => {
  it('lists the seed policies with their review dates', async () => {
    await tab('Registers').click();
    await expect.poll(() => row('Information Security Policy').count()).toBe(1);
    expect(await page.getByRole('row').count()).toBe(7);
    await capture(page, 'policies');
  });

  it('flags a policy as overdue once its last review date is edited into the past', async () => {
    const target = row('Information Systems Management Policy');
    expect(await target.innerText()).toContain('Not scheduled');
    const date = page.getByRole('textbox', {
      name: 'Last reviewed of Information Systems Management Policy',
    });
    await date.fill('2020-03-15');
    await date.press('Enter');
    await expect.poll(() => target.innerText()).toContain('2021-03-15');
    expect(await target.locator('.flag--overdue').innerText()).toBe('Overdue');
    await page.getByRole('checkbox', { name: 'Overdue only' }).check();
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    await capture(page, 'policies-overdue');
    await page.getByRole('checkbox', { name: 'Overdue only' }).uncheck();
  });

  it('shows and takes review dates as yyyy-mm-dd, and says what is wrong with a bad one', async () => {
    const target = row('Information Security Policy');
    const date = page.getByRole('textbox', { name: 'Last reviewed of Information Security Policy' });
    const stored = await date.inputValue();
    expect(stored).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const due = await target.getByRole('cell').nth(5).innerText();
    const alert = page.getByRole('region', { name: 'Registers' }).getByRole('alert');
    const refuses = async (typed: string, why: string) => {
      await date.fill(typed);
      await date.press('Enter');
      await expect.poll(() => alert.innerText()).toContain(why);
      expect(await alert.innerText()).toContain('Last reviewed of Information Security Policy');
      expect(await date.getAttribute('aria-invalid')).toBe('true');
      expect(await target.getByRole('cell').nth(5).innerText()).toBe(due);
    };
    await refuses('15/03/2020', '“15/03/2020” is not a date: type it as yyyy-mm-dd');
    await capture(page, 'policies-bad-date');
    await refuses('2023-02-30', '2023-02-30 is not a day of the calendar');
    await refuses('2999-01-01', '2999-01-01 is later than today');
    await date.press('Escape');
    expect(await date.inputValue()).toBe(stored);
    expect(await alert.count()).toBe(0);
    // A one-digit month or day is taken and written out in full.
    await date.fill('2024-3-5');
    await date.press('Enter');
    await expect.poll(() => target.innerText()).toContain('2025-03-05');
    expect(await date.inputValue()).toBe('2024-03-05');
    // The calendar button opens the browser's date picker; what it picks lands in the field as yyyy-mm-dd.
    await target
      .getByRole('button', { name: 'Pick the last reviewed of Information Security Policy on a calendar' })
      .click();
    await page.keyboard.press('Escape');
    await target.locator('input[type="date"]').fill('2024-04-01');
    await expect.poll(() => target.innerText()).toContain('2025-04-01');
    expect(await date.inputValue()).toBe('2024-04-01');
  });

  it('says why a policy without an approver cannot be approved', async () => {
    await page
      .getByRole('combobox', { name: 'Status of Information Systems Management Policy' })
      .selectOption('approved');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.innerText()).toContain('cannot be approved without an approver');
    expect(
      await page
        .getByRole('combobox', { name: 'Status of Information Systems Management Policy' })
        .inputValue(),
    ).toBe('draft');
    await capture(page, 'policies-approval-refused');
    await page.getByRole('button', { name: 'Dismiss error' }).click();
  });

  it('sets and clears an approver with the searchable role picker in its cell', async () => {
    const approver = page.getByRole('combobox', {
      name: 'Approver of Information Systems Management Policy',
    });
    expect(await approver.inputValue()).toBe('No approver');
    await approver.fill('security off');
    const options = page.getByRole('listbox', { name: 'Matching roles' }).getByRole('option');
    expect(await options.allInnerTexts()).toEqual(['Chief Information Security Officer (CISO)']);
    await capture(page, 'policies-approver-picker');
    await approver.press('Enter');
    await expect.poll(() => approver.inputValue()).toBe('CISO');
    expect(await approver.getAttribute('title')).toBe('Chief Information Security Officer (CISO)');
    // The first choice of an empty field is "No approver".
    await approver.fill('');
    await expect.poll(() => options.first().innerText()).toBe('No approver');
    await approver.press('Enter');
    await expect.poll(() => approver.inputValue()).toBe('No approver');
  });

  it('sorts by a column and filters by text', async () => {
    await page.getByRole('columnheader', { name: 'Code' }).getByRole('button').click();
    await page.getByRole('columnheader', { name: 'Code' }).getByRole('button').click();
    expect(await page.getByRole('columnheader', { name: 'Code' }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    const first = page.getByRole('rowgroup').nth(1).getByRole('row').first();
    expect(await first.getByRole('textbox', { name: /^Code of/ }).inputValue()).toBe('IT-002');
    await page.getByRole('searchbox', { name: 'Filter policies' }).fill('network');
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    await page.getByRole('searchbox', { name: 'Filter policies' }).fill('');
  });

  it('chooses the assets a policy governs', async () => {
    await page
      .getByRole('button', {
        name: '2 assets: change the assets Information Systems Management Policy governs',
      })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Assets governed by IT-002' });
    await dialog.getByRole('checkbox', { name: /Customer portal/ }).check();
    await capture(page, 'policy-assets');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row('Information Systems Management Policy').innerText()).toContain('3 assets');
  });

  it('creates a policy, which starts as a draft', async () => {
    await page.getByRole('button', { name: 'New policy' }).click();
    const dialog = page.getByRole('dialog', { name: 'New policy' });
    await dialog.getByLabel('Title').fill('Cloud Security Policy');
    await dialog.getByLabel(/^Code/).fill('ISP-010');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => row('Cloud Security Policy').count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Status of Cloud Security Policy' }).inputValue()).toBe(
      'draft',
    );
  });

  it('asks before opening a document link, and opens https only', async () => {
    const link = page.getByRole('textbox', { name: 'Document link of Information Security Policy' });
    await link.fill('https://example.com/isp.pdf');
    await link.press('Enter');
    await page.getByRole('button', { name: 'Open the document of Information Security Policy' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open this link in your browser?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('example.com');
    await capture(page, 'link-confirm');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });
});

describe('the assets register', () => {
  it('creates an asset with a user-defined type and offers that type afterwards', async () => {
    await register(/^Assets/).click();
    await page.getByRole('button', { name: 'New asset' }).click();
    const dialog = page.getByRole('dialog', { name: 'New asset' });
    await dialog.getByLabel('Name').fill('Payment HSM');
    await dialog.getByLabel(/^Type/).fill('hardware module');
    await capture(page, 'asset-create');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => row('Payment HSM').count()).toBe(1);
    expect(await page.getByRole('combobox', { name: 'Type of Payment HSM' }).inputValue()).toBe(
      'hardware module',
    );
    const options = await page
      .getByRole('combobox', { name: 'Filter by type' })
      .locator('option')
      .allInnerTexts();
    expect(options).toContain('hardware module');
    expect(await page.getByRole('combobox', { name: 'Criticality of Customer database' }).inputValue()).toBe(
      'critical',
    );
    // Use the new type on another asset, through the combobox.
    const type = page.getByRole('combobox', { name: 'Type of Production server fleet' });
    await type.fill('hardware module');
    await type.press('Enter');
    await page.getByRole('combobox', { name: 'Filter by type' }).selectOption('hardware module');
    await expect.poll(() => page.getByRole('row').count()).toBe(3);
    await capture(page, 'assets');
    await page.getByRole('combobox', { name: 'Filter by type' }).selectOption('');
  });

  it('says what deleting an asset affects, deletes in bulk, and undoes it', async () => {
    await page.getByRole('button', { name: 'Delete Customer database' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this asset?' });
    expect(await dialog.innerText()).toMatch(
      /Deleting this asset removes it from 3 policies and removes \d+ RACI assignments?\./,
    );
    await capture(page, 'delete-confirm');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('checkbox', { name: 'Select Payment HSM' }).check();
    await page.getByRole('checkbox', { name: 'Select Corporate network' }).check();
    await page.getByRole('button', { name: 'Delete 2 selected' }).click();
    const bulk = page.getByRole('dialog', { name: 'Delete 2 assets?' });
    expect(await bulk.innerText()).toContain('Deleting these 2 assets');
    await bulk.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => row('Corporate network').count()).toBe(0);
    expect(await row('Payment HSM').count()).toBe(0);
    // One Undo brings both back: the bulk delete is one step.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => row('Corporate network').count()).toBe(1);
    await expect.poll(() => row('Payment HSM').count()).toBe(1);
  });
});

describe('the other registers', () => {
  it('shows responsibility areas and people, and opens a person page from the register', async () => {
    await register(/^Responsibility areas/).click();
    await expect.poll(() => row('Information security').count()).toBe(1);
    await capture(page, 'areas');
    await register(/^People/).click();
    await expect.poll(() => row('Alex Morgan').count()).toBe(1);
    await capture(page, 'people');
    await page.getByRole('button', { name: 'Open page: Priya Raman' }).click();
    await page.getByRole('heading', { name: 'Priya Raman' }).waitFor();
    await capture(page, 'person-page');
  });
});

describe('the RACI matrix', () => {
  const cell = (subject: string, role: string) =>
    page.getByRole('gridcell', { name: new RegExp(`^${subject}, ${role}: `) });

  it('sets a policy’s Accountable role from the keyboard, undoes and redoes it', async () => {
    await tab('RACI matrix').click();
    const target = cell('Cloud Security Policy', 'Chief Executive Officer');
    const flags = page.getByRole('row').filter({ has: target }).locator('.raci__cell--flags');
    await expect.poll(() => flags.innerText()).toContain('No A');
    await capture(page, 'matrix');
    await target.click(); // cycles none -> R
    await expect.poll(() => target.getAttribute('aria-label')).toMatch(/: Responsible$/);
    await target.press('a');
    await expect.poll(() => target.getAttribute('aria-label')).toMatch(/: Accountable$/);
    await expect.poll(() => flags.innerText()).toBe('No R');
    await target.press('ArrowRight');
    await page.keyboard.press('i');
    await expect
      .poll(() => cell('Cloud Security Policy', 'Chief Information Officer').getAttribute('aria-label'))
      .toMatch(/: Informed$/);
    await page.keyboard.press('Backspace');
    await expect
      .poll(() => cell('Cloud Security Policy', 'Chief Information Officer').getAttribute('aria-label'))
      .toMatch(/: none$/);
    await page.keyboard.press(`${mod}+z`); // undoes the clear
    await page.keyboard.press(`${mod}+z`); // undoes the I
    await page.keyboard.press(`${mod}+z`); // undoes the A
    await expect.poll(() => target.getAttribute('aria-label')).toMatch(/: Responsible$/);
    await page.keyboard.press(`${mod}+y`);
    await expect.poll(() => target.getAttribute('aria-label')).toMatch(/: Accountable$/);
  });

  it('chooses its columns: a subtree, and a hand-picked set', async () => {
    await page.getByRole('combobox', { name: 'Subtree root' }).fill('ciso');
    await page.getByRole('option', { name: 'Chief Information Security Officer (CISO)' }).click();
    await expect.poll(() => page.getByRole('columnheader').count()).toBe(2 + 3);
    await page.getByRole('button', { name: /^Hand-picked/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Choose the roles to show' });
    const add = dialog.getByRole('combobox', { name: 'Add a role' });
    const chosen = dialog.getByRole('list', { name: 'Chosen roles' }).getByRole('listitem');
    // The mouse: type to filter, click an option.
    await add.fill('ceo');
    await dialog.getByRole('option', { name: 'Chief Executive Officer (CEO)' }).click();
    // The keyboard: type, arrows, Enter (which adds the role and does not submit the dialog).
    await add.fill('sec');
    expect(await dialog.getByRole('option').allInnerTexts()).toEqual([
      'Chief Information Security Officer (CISO)',
      'Security Awareness Manager (SAM)',
      'Security Operations Lead (SecOps)',
    ]);
    expect(await dialog.getByRole('status').textContent()).toBe('3 roles match');
    await add.press('ArrowDown');
    await add.press('ArrowDown');
    expect(await add.getAttribute('aria-activedescendant')).toBe(
      await dialog.getByRole('option', { name: 'Security Operations Lead (SecOps)' }).getAttribute('id'),
    );
    await add.press('Enter');
    expect(await chosen.allInnerTexts()).toEqual([
      expect.stringContaining('CEO · Chief Executive Officer'),
      expect.stringContaining('SecOps · Security Operations Lead'),
    ]);
    // A chosen role is not offered again; Escape closes the list, not the dialog.
    await add.fill('ceo');
    expect(await dialog.getByRole('option').count()).toBe(0);
    expect(await dialog.innerText()).toContain('No role matches “ceo”.');
    await add.press('Escape');
    expect(await add.getAttribute('aria-expanded')).toBe('false');
    expect(await dialog.isVisible()).toBe(true);
    await add.fill('c');
    await capture(page, 'matrix-columns');
    await add.press('Escape');
    await dialog.getByRole('button', { name: 'Remove Chief Executive Officer' }).click();
    expect(await chosen.count()).toBe(1);
    await add.fill('ceo');
    await add.press('Enter');
    expect(await chosen.count()).toBe(2);
    await dialog.getByRole('button', { name: 'Show these roles' }).click();
    await expect.poll(() => page.getByRole('columnheader').count()).toBe(2 + 2);
    expect(await page.getByRole('button', { name: 'Hand-picked (2)' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Executive team' }).click();
  });

  it('assigns a person to a role with the searchable picker, which leaves out who holds it already', async () => {
    await page.keyboard.press(`${mod}+1`);
    await page.locator('.react-flow__node[data-id="role-ceo"]').click();
    const inspector = page.getByRole('complementary', { name: 'Role details' });
    await expect
      .poll(() => inspector.getByRole('heading').first().innerText())
      .toBe('Chief Executive Officer');
    const person = inspector.getByRole('combobox', { name: 'Person to assign' });
    await person.click();
    const options = inspector.getByRole('listbox', { name: 'Matching people' }).getByRole('option');
    await expect.poll(() => options.count()).toBe(4);
    expect(await options.allInnerTexts()).not.toContainEqual(expect.stringContaining('Alex Morgan'));
    // Searches emails too.
    await person.fill('wei.chen@');
    expect(await options.allInnerTexts()).toEqual(['Wei Chen (wei.chen@example.com)']);
    await capture(page, 'assign-person');
    await person.press('Enter');
    expect(await person.inputValue()).toBe('Wei Chen (wei.chen@example.com)');
    // The form's own checkbox says what it does, apart from each holder's "acting".
    expect(await inspector.getByRole('checkbox', { name: 'as acting (interim)' }).isChecked()).toBe(false);
    await inspector.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect
      .poll(() => page.locator('.react-flow__node[data-id="role-ceo"]').innerText())
      .toContain('Wei Chen');
    expect(await person.inputValue()).toBe('');
    await inspector.getByRole('button', { name: 'Remove Wei Chen from this role' }).click();
    await expect
      .poll(() => page.locator('.react-flow__node[data-id="role-ceo"]').innerText())
      .not.toContain('Wei Chen');
  });

  it('shows the new owner on the chart and in the inspector (ownership overlay)', async () => {
    await page.keyboard.press(`${mod}+1`);
    const node = page.locator('.react-flow__node[data-id="role-ceo"]');
    await node.waitFor();
    expect(await node.locator('.role-node__owns').innerText()).toBe('Accountable: 1 policy');
    await node.click();
    const inspector = page.getByRole('complementary', { name: 'Role details' });
    await expect.poll(() => inspector.innerText()).toContain('Cloud Security Policy');
    await page.screenshot({ path: path.join(OUTPUT, 'registers-chart-owner.png') });
  });

  it('opens the role page from the inspector, and a holder’s person page from there', async () => {
    await page.getByRole('button', { name: 'Open role page' }).click();
    await page.getByRole('heading', { name: /Chief Executive Officer/ }).waitFor();
    const accountable = page.getByRole('region', { name: 'Accountable for' });
    expect(await accountable.innerText()).toContain('Cloud Security Policy');
    await capture(page, 'role-page');
    await page.getByRole('region', { name: 'Held by' }).getByRole('button').first().click();
    await page
      .getByText(/^Person/)
      .first()
      .waitFor();
    expect(await page.getByRole('region', { name: 'Accountable for' }).innerText()).toContain(
      'Cloud Security Policy',
    );
  });
});

describe('an empty model', () => {
  it('explains each empty register and the empty matrix', async () => {
    await page.goto(empty.url);
    await page.getByRole('heading', { name: 'This model has no roles yet' }).waitFor();
    await tab('Registers').click();
    await page.getByRole('heading', { name: 'No policies yet' }).waitFor();
    await capture(page, 'empty-policies');
    await register(/^People/).click();
    await page.getByRole('heading', { name: 'No people yet' }).waitFor();
    await tab('RACI matrix').click();
    await page.getByRole('heading', { name: 'This model has no roles yet' }).waitFor();
    await capture(page, 'empty-matrix');
  });
});

/** Page-side script: a stand-in preload bridge whose menu the test drives through `sendMenu`. */
const MENU_BRIDGE = `
  const token = new URL(location.href).searchParams.get('token') ?? sessionStorage.getItem('menu-token') ?? '';
  sessionStorage.setItem('menu-token', token);
  const listeners = new Set();
  window.charter = {
    call: async (name, input) =>
      (await fetch('/api/' + name, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Charter-Token': token },
        body: JSON.stringify(input ?? {}),
      })).json(),
    onMenu: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  window.sendMenu = (action) => listeners.forEach((l) => l(action));
`;

describe('the desktop menu', () => {
  it('switches views on view.chart, view.registers and view.raci', async () => {
    // A stand-in for the Electron preload (which cannot run here): calls go over HTTP with the
    // served token, and the test sends menu actions as the desktop menu would.
    const menuPage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await menuPage.addInitScript(MENU_BRIDGE);
    await menuPage.goto(seed.url);
    await menuPage.locator('.react-flow__node').first().waitFor({ timeout: 15_000 });
    const send = (action: string) =>
      menuPage.evaluate((a) => (globalThis as unknown as { sendMenu(a: string): void }).sendMenu(a), action);
    await send('view.raci');
    await menuPage.getByRole('grid', { name: 'RACI assignments' }).waitFor();
    await send('view.registers');
    await menuPage.getByRole('table', { name: 'Policies' }).waitFor();
    await send('view.chart');
    await menuPage.locator('.react-flow__node').first().waitFor();
    await menuPage.close();
  });
});

describe('the page', () => {
  it('logged no errors', () => {
    expect(pageErrors.filter((e) => !e.includes('favicon'))).toEqual([]);
  });
});
