/**
 * axe-core in a page: its serious and critical violations, one line each.
 * Evaluated through DevTools, so a page's Content-Security-Policy (the
 * served app's forbids inline scripts) stays on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './cli';

const source = () => readFileSync(path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** `include`: CSS selectors to check only part of the page (an open dialog, say); the whole page by default. */
export async function axeViolations(page: Page, include?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(source());
  const violations = await page.evaluate(async (only) => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (context?: unknown) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await (only === null ? axe.run() : axe.run({ include: only }));
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, include ?? null);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.targets.slice(0, 3).join(', ')}`);
}
