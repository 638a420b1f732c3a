#!/usr/bin/env node
// `npm start`: builds Charter, then launches the desktop app with Electron.
// Where the Electron binary is missing (or its download fails), it says so in
// one sentence and serves the same app on 127.0.0.1 for a browser instead.
//
// `--no-build` skips the build (the tests use it; they run against a fresh one).
// Other arguments go to `charter serve` in the browser fallback, e.g. --port 4000.
//
// better-sqlite3 is rebuilt for Electron's ABI into .native/electron-<version>/
// from a temporary copy, so node_modules keeps the Node build the tests use.
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronPackage = path.join(root, 'node_modules', 'electron');
const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const serveArgs = args.filter((arg) => arg !== '--no-build');

function build() {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The Electron binary, or a reason why there is none. */
function findElectron() {
  if (!existsSync(electronPackage)) return { reason: 'Electron is not installed on this machine' };
  if (!existsSync(path.join(electronPackage, 'path.txt'))) {
    // Its postinstall download may have been skipped or failed: try once more, quietly.
    spawnSync(process.execPath, [path.join(electronPackage, 'install.js')], {
      cwd: electronPackage,
      stdio: 'ignore',
      timeout: 60_000,
    });
  }
  try {
    const binary = require('electron');
    if (typeof binary === 'string' && existsSync(binary)) {
      const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
      return headless
        ? { reason: 'Electron is installed, but there is no display here for its window' }
        : { binary };
    }
  } catch {
    // require('electron') throws when the binary was never downloaded.
  }
  return { reason: 'Electron is not installed on this machine (its download failed)' };
}

function nodeGypCommand() {
  const npmDir = path.dirname(process.execPath);
  for (const candidate of [
    path.join(npmDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(npmDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ]) {
    if (existsSync(candidate)) return { command: process.execPath, prefix: [candidate], shell: false };
  }
  // Windows runs npm.cmd only through a shell.
  const windows = process.platform === 'win32';
  return {
    command: windows ? 'npm.cmd' : 'npm',
    prefix: ['exec', '--yes', '--', 'node-gyp'],
    shell: windows,
  };
}

/** better_sqlite3.node built for this Electron, building it once if needed; null on failure. */
function electronNativeBinding(version) {
  const target = path.join(root, '.native', `electron-${version}`, 'better_sqlite3.node');
  if (existsSync(target)) return target;
  process.stdout.write(
    `Building the database module for Electron ${version}; this takes a few minutes, once...\n`,
  );
  const work = mkdtempSync(path.join(os.tmpdir(), 'charter-native-'));
  try {
    const source = path.join(root, 'node_modules', 'better-sqlite3');
    const oldBuild = path.join(source, 'build');
    cpSync(source, work, {
      recursive: true,
      filter: (file) => file !== oldBuild && !file.startsWith(oldBuild + path.sep),
    });
    const gyp = nodeGypCommand();
    const result = spawnSync(
      gyp.command,
      [
        ...gyp.prefix,
        'rebuild',
        '--release',
        `--target=${version}`,
        '--dist-url=https://electronjs.org/headers',
        '--runtime=electron',
      ],
      { cwd: work, stdio: 'ignore', timeout: 15 * 60_000, shell: gyp.shell },
    );
    const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
    if (result.status !== 0 || !existsSync(built)) return null;
    mkdirSync(path.dirname(target), { recursive: true });
    // Copy then rename, so a second `npm start` never loads a half-written module.
    copyFileSync(built, `${target}.tmp`);
    renameSync(`${target}.tmp`, target);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Where the browser fallback keeps its model, as the OS expects for app data. */
function dataDir() {
  const home = os.homedir();
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Charter');
  if (process.platform === 'win32')
    return path.join(process.env.APPDATA || path.join(home, 'AppData', 'Roaming'), 'Charter');
  return path.join(process.env.XDG_DATA_HOME || path.join(home, '.local', 'share'), 'charter');
}

/** Runs a child until it exits; Ctrl+C reaches it directly, so this process only waits. */
function runToExit(command, args, env = process.env) {
  const child = spawn(command, args, { stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', () => {});
  process.on('SIGTERM', forward);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function serveInBrowser(reason) {
  process.stdout.write(`${reason}, so Charter is running in your browser instead.\n`);
  const cli = path.join(root, 'dist', 'cli.cjs');
  const dir = dataDir();
  const model = path.join(dir, 'Default.charter');
  if (!existsSync(model)) {
    mkdirSync(dir, { recursive: true });
    const created = spawnSync(process.execPath, [cli, 'new', model], { encoding: 'utf8' });
    if (created.status !== 0) {
      process.stderr.write(created.stderr);
      process.exit(created.status ?? 1);
    }
  }
  runToExit(process.execPath, [cli, 'serve', model, ...serveArgs]);
}

if (!skipBuild) build();
const electron = findElectron();
if (!electron.binary) {
  serveInBrowser(electron.reason);
} else {
  const { version } = JSON.parse(readFileSync(path.join(electronPackage, 'package.json'), 'utf8'));
  const binding = electronNativeBinding(version);
  if (binding === null) {
    serveInBrowser(`Charter could not build its database module for Electron ${version}`);
  } else {
    const env = { ...process.env, CHARTER_NATIVE_BINDING: binding };
    delete env.ELECTRON_RUN_AS_NODE;
    runToExit(electron.binary, [root], env);
  }
}
