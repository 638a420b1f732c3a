/**
 * The FAKE bridge of tests/renderer (fake-bridge-entry.ts) bundled into one
 * script, for a page to run before the renderer: it stands in for the
 * Electron preload and answers the contract in the page.
 */
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { ROOT } from './cli';

export async function fakeBridgeScript(): Promise<string> {
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
