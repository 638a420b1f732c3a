/**
 * desktop.ts against a fake of Electron (the binary cannot run here): the
 * fake records what the app asks of the window, menu and dialogs, while the
 * models are real files in a temp folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow, MenuItemConstructorOptions, Rectangle } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createModel } from '../../../db';
import { MENU_CHANNEL } from '../../../app/bridge';
import { Desktop } from '../../../main/electron/desktop';
import type { DesktopElectron } from '../../../main/electron/desktop';
import { readWindowState, writeWindowState } from '../../../main/electron/window-state';

type Listener = (...args: unknown[]) => void;

/** Stands in for a BrowserWindow: records calls, fires listeners on demand. */
class FakeWindow {
  listeners = new Map<string, Listener>();
  title = '';
  sent: unknown[][] = [];
  reloads = 0;
  maximized = false;
  focused = false;
  constructor(public bounds: Rectangle) {}
  on(event: string, listener: Listener) {
    this.listeners.set(event, listener);
    return this;
  }
  emit(event: string, ...args: unknown[]) {
    this.listeners.get(event)?.(...args);
  }
  setTitle(title: string) {
    this.title = title;
  }
  setRepresentedFilename() {}
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {
    this.focused = true;
  }
  getNormalBounds() {
    return this.bounds;
  }
  close() {
    this.emit('close');
  }
  webContents = {
    send: (...args: unknown[]) => void this.sent.push(args),
    reload: () => void (this.reloads += 1),
  };
}

let dir: string;
let windows: FakeWindow[];
let menus: MenuItemConstructorOptions[][];
let errors: string[];
let electron: DesktopElectron;
let desktop: Desktop;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'charter-desktop-'));
  windows = [];
  menus = [];
  errors = [];
  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  electron = {
    app: {
      addRecentDocument: () => undefined,
      clearRecentDocuments: () => undefined,
      setAboutPanelOptions: () => undefined,
      getVersion: () => '1.0.0',
    },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
      setApplicationMenu: (menu: unknown) => void menus.push(menu as MenuItemConstructorOptions[]),
    },
    dialog: { showErrorBox: (title: string, message: string) => void errors.push(`${title}: ${message}`) },
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    nativeTheme: { shouldUseDarkColors: false, themeSource: 'system' },
  } as unknown as DesktopElectron;
  desktop = newDesktop();
});
afterEach(() => {
  desktop.session.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

function newDesktop(): Desktop {
  return new Desktop(electron, {
    userData: dir,
    platform: 'linux',
    open: { actor: 'tester' },
    createWindow: (bounds) => {
      const window = new FakeWindow(bounds);
      windows.push(window);
      return window as unknown as BrowserWindow;
    },
  });
}

function model(name: string): string {
  const file = path.join(dir, name);
  createModel(file, { template: 'seed', actor: 'tester', name: name.replace('.charter', '') }).close();
  return file;
}

const menuItem = (id: string) =>
  (menus.at(-1) ?? [])
    .flatMap((m) => [m, ...((m.submenu as MenuItemConstructorOptions[] | undefined) ?? [])])
    .flatMap((m) => [m, ...(Array.isArray(m.submenu) ? m.submenu : [])])
    .find((m) => m.id === id);

describe('the desktop app', () => {
  it('starts with the default model, titled with its name and path, in a window placed on screen', async () => {
    writeWindowState(path.join(dir, 'window-state.json'), {
      bounds: { x: 5000, y: 5000, width: 900, height: 700 },
      maximized: true,
    });
    expect(await desktop.start(['charter'], dir)).toBe(true);
    const window = windows[0] as FakeWindow;
    expect(window.bounds).toEqual({ x: 510, y: 190, width: 900, height: 700 });
    expect(window.maximized).toBe(true);
    expect(window.title).toMatch(
      new RegExp(` — ${path.join(dir, 'Default.charter').replace(/[\\/.]/g, '\\$&')}$`),
    );
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    window.emit('page-title-updated', event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('opens the file named on its command line, or handed over by the OS before start-up', async () => {
    const acme = model('Acme.charter');
    const beta = model('Beta.charter');
    desktop.openFile(beta);
    await desktop.start(['charter', acme], dir);
    expect(desktop.session.current?.path).toBe(beta);
    desktop.session.dispose();
    desktop = newDesktop();
    await desktop.start(['charter', 'Acme.charter'], dir);
    expect(desktop.session.current?.path).toBe(acme);
  });

  it('opens a second launch’s file in the first instance and brings its window forward', async () => {
    const acme = model('Acme.charter');
    await desktop.start(['charter'], dir);
    const window = windows[0] as FakeWindow;
    desktop.secondInstance(['charter', '--flag', 'Acme.charter'], dir);
    await expect.poll(() => desktop.session.current?.path).toBe(acme);
    expect(window.focused).toBe(true);
    expect(window.title).toBe(`Acme — ${acme}`);
    expect(window.reloads).toBe(1);
    expect(menuItem('file.recent.0')?.label).toBe(`Acme.charter — ${dir}`);
  });

  it('reopens the last model at the next start and remembers the window place on close', async () => {
    const acme = model('Acme.charter');
    await desktop.start(['charter', acme], dir);
    (windows[0] as FakeWindow).bounds = { x: 40, y: 50, width: 1000, height: 600 };
    (windows[0] as FakeWindow).close();
    expect(readWindowState(path.join(dir, 'window-state.json'))).toEqual({
      bounds: { x: 40, y: 50, width: 1000, height: 600 },
      maximized: false,
    });
    desktop.session.dispose();
    desktop = newDesktop();
    await desktop.start(['charter'], dir);
    expect(desktop.session.current?.path).toBe(acme);
    expect(windows[1]?.bounds).toEqual({ x: 40, y: 50, width: 1000, height: 600 });
  });

  it('sends view, find, undo, import and export to the page and toggles dark mode itself', async () => {
    await desktop.start(['charter'], dir);
    desktop.act('view.registers');
    desktop.act('edit.undo');
    desktop.act('file.export');
    expect((windows[0] as FakeWindow).sent).toEqual([
      [MENU_CHANNEL, 'view.registers'],
      [MENU_CHANNEL, 'edit.undo'],
      [MENU_CHANNEL, 'file.export'],
    ]);
    desktop.act('view.dark-mode');
    expect(electron.nativeTheme.themeSource).toBe('dark');
  });

  it('falls back to the default model when the named one cannot be opened, saying why', async () => {
    await desktop.start(['charter', path.join(dir, 'Missing.charter')], dir);
    expect(desktop.session.current?.path).toBe(path.join(dir, 'Default.charter'));
    expect(errors[0]).toMatch(/Missing\.charter/);
  });
});
