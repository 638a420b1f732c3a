import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const require = createRequire(import.meta.url);

type Config = Record<string, unknown> & {
  directories: { output: string; buildResources: string };
  files: string[];
  asarUnpack: string[];
  fileAssociations: Record<string, unknown>[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string; mimeTypes: string[] };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
};

const config = parse(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;

/** electron-builder's own check of a configuration against its schema. */
async function validate(value: unknown): Promise<void> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
    validateConfiguration(config: unknown, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  await validateConfiguration(value, new DebugLogger(false));
}

/** Does a glob of `files` cover `file`? Enough of minimatch for the patterns used here. */
function covers(pattern: string, file: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\//g, '(?:.*/)?')
    .replace(/\*\*/g, '.*')
    .replace(/\*/g, '[^/]*');
  return new RegExp(`^${source}$`).test(file);
}

function packaged(file: string): boolean {
  const include = config.files.filter((p) => !p.startsWith('!'));
  const exclude = config.files.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  return include.some((p) => covers(p, file)) && !exclude.some((p) => covers(p, file));
}

describe('the packaging configuration (electron-builder.yml)', () => {
  it('passes electron-builder’s own schema validation, which rejects unknown options', async () => {
    await validate(config);
    await expect(validate({ ...config, electronFusez: {} })).rejects.toThrow(/electronFusez/);
  });

  it('names the app and writes the packages to release/', () => {
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.productName).toBe('Charter');
    expect(config.directories.output).toBe('release');
    expect(fs.readFileSync(path.join(root, '.gitignore'), 'utf8')).toMatch(/^release\/$/m);
  });

  it('packs the built app and package.json, and no sources', () => {
    for (const file of [
      'dist/electron/main.cjs',
      'dist/electron/preload.cjs',
      'dist/renderer/index.html',
      'package.json',
    ])
      expect(packaged(file), file).toBe(true);
    for (const file of [
      'main/electron/main.ts',
      'app/contract.ts',
      'db/open.ts',
      'tests/db/open.test.ts',
      'dist/cli.cjs.map',
    ])
      expect(packaged(file), file).toBe(false);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(packaged(pkg.main)).toBe(true);
  });

  it('uses asar with better-sqlite3’s native module unpacked, rebuilt for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining(['**/*.node', 'node_modules/better-sqlite3/**']),
    );
    expect(config.npmRebuild).toBe(true);
  });

  it('targets AppImage and deb on Linux, NSIS on Windows and a DMG on macOS', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('associates .charter files with Charter as their editor', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'charter',
        name: expect.any(String),
        description: expect.any(String),
        role: 'Editor',
        mimeType: 'application/x-charter',
      }),
    ]);
    expect(config.linux.mimeTypes).toContain('application/x-charter');
  });

  it('has a 1024×1024 PNG icon rendered from the SVG beside it', () => {
    const png = fs.readFileSync(path.join(root, 'build/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    expect(fs.readFileSync(path.join(root, 'build/icon.svg'), 'utf8')).toMatch(
      /^<svg [^>]*viewBox="0 0 1024 1024"/,
    );
    for (const platform of [config.linux, config.win, config.mac])
      expect(platform.icon).toBe('build/icon.png');
  });

  it('flips the Electron fuses of the security checklist', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });
});
