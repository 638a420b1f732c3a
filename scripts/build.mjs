#!/usr/bin/env node
// Builds Charter: the renderer with Vite (vite.config.ts: renderer/ -> dist/renderer)
// and the Node-side bundles with esbuild (CommonJS, node20):
//   main/cli.ts -> dist/cli.cjs, main/electron/main.ts -> dist/electron/main.cjs,
//   main/electron/preload.ts -> dist/electron/preload.cjs.
// Run by `npm run build`, `npm start`, `npm test` and `prepare`. Prints one line.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();

function fail(message) {
  process.stderr.write(`build: ${message}\n`);
  process.exit(1);
}

// Packages with native code or files they look up at run time stay out of
// the bundles; so does every runtime dependency (they ship in node_modules).
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const external = ['electron', ...Object.keys(pkg.dependencies ?? {})];

async function buildRenderer() {
  for (const file of ['vite.config.ts', 'renderer/index.html']) {
    if (!existsSync(path.join(root, file))) fail(`the renderer cannot be built: ${file} is missing.`);
  }
  const { build } = await import('vite');
  try {
    await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  } catch (error) {
    fail(`the renderer (Vite) failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function buildHosts() {
  const esbuild = await import('esbuild');
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outdir: path.join(root, 'dist'),
    outExtension: { '.js': '.cjs' },
    logLevel: 'warning',
    legalComments: 'none',
  };
  try {
    await Promise.all([
      esbuild.build({
        ...common,
        entryPoints: { cli: 'main/cli.ts', 'electron/main': 'main/electron/main.ts' },
        external,
      }),
      // The sandboxed preload can require nothing but electron: bundle the rest.
      esbuild.build({
        ...common,
        entryPoints: { 'electron/preload': 'main/electron/preload.ts' },
        external: ['electron'],
      }),
    ]);
  } catch {
    fail('bundling main/ (esbuild) failed; see the errors above.');
  }
}

const only = process.argv.includes('--hosts-only') ? 'hosts' : 'all';
if (only === 'all') await buildRenderer();
await buildHosts();
const seconds = ((Date.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `Built ${only === 'all' ? 'dist/renderer, ' : ''}dist/cli.cjs and dist/electron/ in ${seconds} s.\n`,
);
