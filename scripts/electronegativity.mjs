#!/usr/bin/env node
// Runs Doyensec's Electronegativity on the Electron app and fails (exit 1)
// on any finding of MEDIUM severity or worse, or on a file it could not
// parse. Its CLI exits 0 whatever it finds, so this uses its API.
//
// What is scanned: main/ (main process and preload), renderer/ and
// package.json (for the Electron version), staged together in a temp folder
// so the global checks (CSP, navigation limits, permission handler) see the
// whole app at once. dist/ is not scanned: esbuild's bundles rename the
// calls the checks look for, so they only add false alarms.
//
// Deliberate exclusion (EXCLUDED below):
//   AvailableSecurityFixesGlobalCheck: it downloads Electron's release list
//   to compare versions. The test run makes no network requests, and
//   keeping Electron current is a dependency-update task, not a code check.
// Its i18n loader also fetches translations from the network; that request
// is answered locally with "offline" before it is made (the English text is
// bundled).
//
// Usage: node scripts/electronegativity.mjs
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const SCANNED = ['main', 'renderer', 'package.json'];
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];
const FAIL_AT = 2; // Electronegativity's severity values: 0 informational, 1 low, 2 medium, 3 high.

function keepOffline(runnerPath) {
  const gotPath = require.resolve('got', { paths: [path.dirname(runnerPath)] });
  const stub = new Module(gotPath);
  stub.exports = () => Promise.reject(new Error('Charter runs Electronegativity offline.'));
  stub.loaded = true;
  require.cache[gotPath] = stub;
}

function stage() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'charter-electronegativity-'));
  for (const entry of SCANNED) cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  return dir;
}

async function scan(input) {
  const runnerPath = require.resolve('@doyensec/electronegativity/dist/runner.js');
  keepOffline(runnerPath);
  const run = require(runnerPath);
  const log = console.log;
  console.log = () => undefined; // the runner prints its i18n fallback notice
  try {
    return await run({ input, isRelative: true, excludeFromScan: EXCLUDED });
  } finally {
    console.log = log;
  }
}

const input = stage();
let result;
try {
  result = await scan(input);
} finally {
  rmSync(input, { recursive: true, force: true });
}

const blocking = result.issues.filter((issue) => issue.severity.value >= FAIL_AT);
const broken = result.errors.filter((error) => !error.tolerable);
for (const issue of result.issues) {
  const mark = issue.severity.value >= FAIL_AT ? 'FAIL' : 'note';
  const where = issue.file === 'N/A' ? 'whole app' : `${issue.file}:${issue.location.line}`;
  const review = issue.manualReview ? ' (manual review)' : '';
  process.stdout.write(
    `${mark} ${issue.id} ${issue.severity.name}/${issue.confidence.name}${review} ${where}\n     ${issue.description} ${issue.shortenedURL}\n`,
  );
}
for (const error of result.errors)
  process.stdout.write(
    `${error.tolerable ? 'note' : 'FAIL'} could not parse ${error.file}: ${error.message}\n`,
  );
process.stdout.write(
  `Electronegativity: ${result.atomicChecks + result.globalChecks} checks on ${SCANNED.join(', ')}; ` +
    `${result.issues.length} findings, ${blocking.length} of medium severity or worse; ${broken.length} files not parsed. ` +
    `Excluded: ${EXCLUDED.join(', ')}.\n`,
);
process.exit(blocking.length > 0 || broken.length > 0 ? 1 : 0);
