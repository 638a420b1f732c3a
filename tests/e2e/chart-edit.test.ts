/**
 * The chart editor end to end: a real `charter serve` on a new seed model,
 * driven in Chromium. Re-parenting by drag, a refused cycle, undo, search,
 * collapse (remembered after a reload), keyboard navigation, inspector
 * editing and delete, the ownership map, and axe-core in light and dark.
 * Screenshots go to tests/output/chart-*.png.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { axeViolations, dragOnto, OUTPUT, roleNode, serveSeed, type Served } from './chart-serve';

let browser: Browser;

beforeAll(async () => {
  mkdirSync(OUTPUT, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(OUTPUT, `chart-${name}.png`) });
const edge = (page: Page, id: string) => page.locator(`.react-flow__edge[data-id="${id}"]`);
const heading = (page: Page) => page.locator('aside h2').textContent();

async function withModel(scheme: 'light' | 'dark', test: (s: Served) => Promise<void>): Promise<void> {
  const served = await serveSeed(browser, scheme);
  try {
    await test(served);
    expect(served.problems).toEqual([]);
  } finally {
    await served.close();
  }
}

describe('re-parenting on the chart', { timeout: 60_000 }, () => {
  it('moves a role dragged onto another under it, and undo puts it back', async () => {
    await withModel('light', async ({ page }) => {
      await expect.poll(() => edge(page, 'solid:role-ciso->role-awareness').count()).toBe(1);
      await dragOnto(page, 'role-awareness', 'role-cio');
      await expect.poll(() => edge(page, 'solid:role-cio->role-awareness').count()).toBe(1);
      expect(await edge(page, 'solid:role-ciso->role-awareness').count()).toBe(0);
      await page.locator('body').press('Control+z');
      await expect.poll(() => edge(page, 'solid:role-ciso->role-awareness').count()).toBe(1);
      expect(await edge(page, 'solid:role-cio->role-awareness').count()).toBe(0);
    });
  });

  it('refuses a move that would make a cycle, saying why, and changes nothing', async () => {
    await withModel('dark', async ({ page }) => {
      await dragOnto(page, 'role-ceo', 'role-cio');
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain('would make a reporting cycle');
      expect(await alert.textContent()).toContain('CEO → CIO → CEO');
      await shot(page, 'cycle-refused-dark');
      expect(await edge(page, 'solid:role-ceo->role-cio').count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Undo', exact: true }).isDisabled()).toBe(true);
    });
  });
});

describe('finding things', { timeout: 60_000 }, () => {
  it('searches with Ctrl+K and focuses the Accountable role of an asset, with its chain to the root', async () => {
    await withModel('light', async ({ page }) => {
      await page.locator('body').press('Control+k');
      const palette = page.getByRole('dialog', { name: 'Search the model' });
      await palette.getByRole('combobox').fill('customer data');
      await expect
        .poll(() => palette.getByRole('option').first().textContent())
        .toContain('Customer database');
      await shot(page, 'search-light');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await expect.poll(() => heading(page)).toBe('Chief Information Officer');
      expect(await roleNode(page, 'role-cio').getAttribute('class')).toContain('selected');
      expect(await roleNode(page, 'role-ceo').getAttribute('class')).toContain('in-chain');
      expect(await edge(page, 'solid:role-ceo->role-cio').getAttribute('class')).toContain('edge-chain');
      expect(await palette.isVisible()).toBe(false);
    });
  });

  it('finds a person from the header button and focuses the role they hold', async () => {
    await withModel('dark', async ({ page }) => {
      await page.getByRole('button', { name: /^Search/ }).click();
      const palette = page.getByRole('dialog', { name: 'Search the model' });
      await palette.getByRole('combobox').fill('okafor');
      await palette.getByRole('option', { name: /Daniel Okafor/ }).click();
      await expect.poll(() => heading(page)).toBe('Chief Information Security Officer');
      await shot(page, 'selection-dark');
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('walks the tree with the arrow keys: manager, first report, peers', async () => {
    await withModel('light', async ({ page }) => {
      await roleNode(page, 'role-ciso').click();
      await expect.poll(() => heading(page)).toBe('Chief Information Security Officer');
      const steps: [string, string][] = [
        ['ArrowUp', 'Chief Executive Officer'],
        ['ArrowDown', 'Chief Information Officer'],
        ['ArrowRight', 'Chief Information Security Officer'],
        ['ArrowDown', 'Security Operations Lead'],
        ['ArrowRight', 'Security Awareness Manager'],
        ['ArrowLeft', 'Security Operations Lead'],
      ];
      for (const [key, title] of steps) {
        await page.keyboard.press(key);
        await expect.poll(() => heading(page), { message: key }).toBe(title);
      }
      // The arrows select; they never move the box.
      const before = await roleNode(page, 'role-secops').boundingBox();
      await page.keyboard.press('ArrowLeft');
      expect(await roleNode(page, 'role-secops').boundingBox()).toEqual(before);
    });
  });
});

describe('collapsing subtrees', { timeout: 60_000 }, () => {
  it('hides the reports of a collapsed role and remembers it after a reload', async () => {
    await withModel('light', async ({ page }) => {
      await expect.poll(() => page.locator('.react-flow__node-role').count()).toBe(7);
      await roleNode(page, 'role-cio').getByRole('button', { name: 'Hide 2 reports' }).click();
      await expect.poll(() => page.locator('.react-flow__node-role').count()).toBe(5);
      expect(await roleNode(page, 'role-head-dev').count()).toBe(0);
      await shot(page, 'collapsed-light');
      await page.reload();
      await page.locator('.react-flow__node-role').first().waitFor();
      await expect.poll(() => page.locator('.react-flow__node-role').count()).toBe(5);
      await page.getByRole('button', { name: 'Expand all (1)' }).click();
      await expect.poll(() => page.locator('.react-flow__node-role').count()).toBe(7);
    });
  });

  it('hides the overview on request and remembers it after a reload', async () => {
    await withModel('light', async ({ page }) => {
      const overview = page.getByRole('button', { name: 'Overview', exact: true });
      expect(await overview.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => page.locator('.chart-minimap').count()).toBe(1);
      await overview.click();
      expect(await page.locator('.chart-minimap').count()).toBe(0);
      await page.reload();
      await page.locator('.react-flow__node-role').first().waitFor();
      expect(await overview.getAttribute('aria-pressed')).toBe('false');
      expect(await page.locator('.chart-minimap').count()).toBe(0);
      await overview.click();
      await expect.poll(() => page.locator('.chart-minimap').count()).toBe(1);
    });
  });

  it('lays the chart out left to right on request', async () => {
    await withModel('dark', async ({ page }) => {
      await page.getByRole('button', { name: 'Left-right' }).click();
      await expect
        .poll(async () => {
          const ceo = await roleNode(page, 'role-ceo').boundingBox();
          const cio = await roleNode(page, 'role-cio').boundingBox();
          return ceo !== null && cio !== null && cio.x > ceo.x + ceo.width;
        })
        .toBe(true);
      await shot(page, 'left-right-dark');
      await page.getByRole('button', { name: 'Top-down' }).click();
    });
  });
});

describe('editing in the inspector', { timeout: 60_000 }, () => {
  it('renames a role, adds a report, and deletes a role after saying what happens', async () => {
    await withModel('light', async ({ page }) => {
      await roleNode(page, 'role-ciso').click();
      const aside = page.locator('aside');
      await aside.getByLabel('Short name').fill('CSO');
      await aside.getByRole('button', { name: 'Save changes' }).click();
      await expect
        .poll(() => roleNode(page, 'role-ciso').locator('.role-node__short').textContent())
        .toBe('CSO');
      await shot(page, 'inspector-light');
      expect(await axeViolations(page)).toEqual([]);

      await aside.getByRole('button', { name: 'Add a report' }).click();
      await expect.poll(() => heading(page)).toBe('New role');
      await expect.poll(() => page.locator('.status-bar').textContent()).toContain('8 roles');
      await aside.getByLabel('Title').fill('Security Architect');
      await aside.getByRole('button', { name: 'Save changes' }).click();
      await expect.poll(() => heading(page)).toBe('Security Architect');

      await aside.getByRole('button', { name: 'Go to Chief Information Security Officer' }).click();
      await expect.poll(() => heading(page)).toBe('Chief Information Security Officer');
      await aside.getByRole('button', { name: 'Delete…' }).click();
      const dialog = page.getByRole('dialog', { name: /Delete/ });
      const text = (await dialog.textContent()) ?? '';
      expect(text).toContain(
        'Its 3 direct reports (SecOps, SAM, Security Architect) will report to Chief Executive Officer instead.',
      );
      expect(text).toMatch(
        /RACI assignments will be removed \(\d+ Accountable, \d+ Consulted, \d+ Informed\)/,
      );
      await shot(page, 'delete-confirm-light');
      expect(await axeViolations(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Delete role' }).click();
      await expect.poll(() => roleNode(page, 'role-ciso').count()).toBe(0);
      await expect.poll(() => edge(page, 'solid:role-ceo->role-secops').count()).toBe(1);
      await page.locator('body').press('Control+z');
      await expect.poll(() => roleNode(page, 'role-ciso').count()).toBe(1);
      await expect.poll(() => edge(page, 'solid:role-ciso->role-secops').count()).toBe(1);
    });
  });

  it('assigns a holder as acting and adds and removes a dotted line', async () => {
    await withModel('dark', async ({ page }) => {
      await roleNode(page, 'role-secops').click();
      const aside = page.locator('aside');
      await expect.poll(() => heading(page)).toBe('Security Operations Lead');
      const personPicker = aside.getByRole('combobox', { name: 'Person to assign' });
      await personPicker.fill('Wei');
      await aside
        .getByRole('option', { name: /Wei Chen/ })
        .first()
        .click();
      await aside.getByRole('button', { name: 'Assign' }).click();
      await expect.poll(() => roleNode(page, 'role-secops').textContent()).toContain('Wei Chen');
      await aside.getByRole('checkbox', { name: 'Wei Chen is acting (interim)' }).click();
      await expect.poll(() => roleNode(page, 'role-secops').textContent()).toContain('acting');
      const dottedPicker = aside.getByRole('combobox', { name: 'Add a dotted line to' });
      await dottedPicker.fill('cio');
      await aside.getByRole('option', { name: 'Chief Information Officer (CIO)' }).click();
      expect(await dottedPicker.inputValue()).toBe('Chief Information Officer (CIO)');
      await aside.getByRole('button', { name: 'Add', exact: true }).click();
      await expect.poll(() => edge(page, 'dotted:role-cio->role-secops').count()).toBe(1);
      await shot(page, 'inspector-dark');
      expect(await axeViolations(page)).toEqual([]);
      await aside
        .getByRole('button', { name: 'Remove the dotted line to Chief Information Officer' })
        .click();
      await expect.poll(() => edge(page, 'dotted:role-cio->role-secops').count()).toBe(0);
    });
  });
});

describe('choosing a manager', { timeout: 60_000 }, () => {
  it.each(['light', 'dark'] as const)(
    'finds the manager of a new role by typing part of its short name, from the keyboard (%s)',
    async (scheme) => {
      await withModel(scheme, async ({ page }) => {
        await page.getByRole('button', { name: 'Add role', exact: true }).click();
        const dialog = page.getByRole('dialog', { name: 'Add a role' });
        await dialog.getByLabel('Title').fill('Threat Intelligence Analyst');
        const picker = dialog.getByRole('combobox', { name: 'Reports to' });
        await picker.click();
        expect(await picker.getAttribute('aria-expanded')).toBe('true');
        await picker.fill('sec');
        const options = dialog.getByRole('option');
        await expect.poll(() => options.allTextContents()).toContain('Security Operations Lead (SecOps)');
        expect(await options.allTextContents()).not.toContain('No manager (top of the chart)');
        await shot(page, `role-picker-${scheme}`);
        expect(await axeViolations(page)).toEqual([]);
        // Escape closes the list, not the dialog.
        await picker.press('Escape');
        expect(await picker.getAttribute('aria-expanded')).toBe('false');
        expect(await dialog.isVisible()).toBe(true);
        await picker.fill('secops');
        await picker.press('Enter');
        expect(await picker.inputValue()).toBe('Security Operations Lead (SecOps)');
        expect(await dialog.isVisible()).toBe(true);
        await dialog.getByRole('button', { name: 'Add role' }).click();
        const under = page.locator('.react-flow__edge[data-id^="solid:role-secops->"]');
        await expect.poll(() => under.count()).toBe(1);
      });
    },
  );
});

describe('who is responsible for what', { timeout: 60_000 }, () => {
  it.each(['light', 'dark'] as const)(
    'lists the roll-up and draws the CIO against the CISO on the ownership map (%s)',
    async (scheme) => {
      await withModel(scheme, async ({ page }) => {
        await roleNode(page, 'role-ceo').click();
        const aside = page.locator('aside');
        await expect.poll(() => aside.textContent()).toContain('via CISO');
        expect(await aside.textContent()).toContain('via CIO');
        await aside.getByRole('button', { name: 'Ownership map' }).click();
        const map = page.getByRole('region', { name: 'Ownership map' });
        await expect.poll(() => map.locator('.react-flow__node').count()).toBeGreaterThan(5);
        const owners = await map.locator('.owner-node__title').allTextContents();
        expect(owners.join(' ')).toContain('CIO');
        expect(owners.join(' ')).toContain('CISO');
        expect(owners.join(' ')).toContain('CEO');
        expect(await map.locator('.raci-edge--A .raci-edge__badge').count()).toBeGreaterThan(5);
        await page.waitForTimeout(300);
        await shot(page, `ownership-${scheme}`);
        expect(await axeViolations(page)).toEqual([]);
        // The theme toggle overrides the system's and is remembered.
        const other = scheme === 'light' ? 'dark' : 'light';
        // The page's background from styles.css's palette: light #eef1f5, dark #0f1318.
        const background = { light: 'rgb(238, 241, 245)', dark: 'rgb(15, 19, 24)' };
        const pageBackground = () => page.evaluate('getComputedStyle(document.body).backgroundColor');
        expect(await pageBackground()).toBe(background[scheme]);
        await page.getByLabel('Theme').selectOption(other);
        expect(await page.locator('html').getAttribute('data-theme')).toBe(other);
        expect(await pageBackground()).toBe(background[other]);
        await page.reload();
        await page.getByLabel('Theme').waitFor();
        expect(await page.locator('html').getAttribute('data-theme')).toBe(other);
        expect(await pageBackground()).toBe(background[other]);
      });
    },
  );
});
