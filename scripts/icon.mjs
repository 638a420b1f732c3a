#!/usr/bin/env node
// Renders the app icon: build/icon.svg -> build/icon.png (1024x1024), the
// source electron-builder turns into .icns, .ico and the Linux icon set.
// Run it after changing the SVG and commit both files: `node scripts/icon.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const build = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'build');
const svg = readFileSync(path.join(build, 'icon.svg'), 'utf8');
const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1024 }, font: { loadSystemFonts: false } })
  .render()
  .asPng();
writeFileSync(path.join(build, 'icon.png'), png);
process.stdout.write(`Wrote build/icon.png (${png.length} bytes).\n`);
