/**
 * The application menu as a template: a pure function of the platform,
 * the recent documents and the view state, so every platform's menu can
 * be checked in Node. main.ts turns it into a menu with
 * `Menu.setApplicationMenu(Menu.buildFromTemplate(...))` and rebuilds it
 * when the recent list or the dark-mode setting changes.
 */
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';

/** What a menu item asks the app to do; main.ts decides how. */
export type MenuAction =
  | 'file.new'
  | 'file.open'
  | 'file.save-as'
  | 'file.import'
  | 'file.export'
  | 'file.restore'
  | 'file.close'
  | 'edit.undo'
  | 'edit.redo'
  | 'edit.find'
  | 'view.chart'
  | 'view.registers'
  | 'view.raci'
  | 'view.ownership'
  | 'view.findings'
  | 'view.dark-mode';

export interface MenuCallbacks {
  action(action: MenuAction): void;
  openRecent(file: string): void;
  clearRecent(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Most recent first (recent.ts). */
  recent: readonly string[];
  darkMode: boolean;
}

/** Redo is Shift+Cmd+Z on macOS, Ctrl+Y on Windows and Shift+Ctrl+Z on Linux (GNOME, KDE). */
export function redoAccelerator(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Shift+Command+Z';
  if (platform === 'win32') return 'Ctrl+Y';
  return 'Shift+Ctrl+Z';
}

function item(
  callbacks: MenuCallbacks,
  action: MenuAction,
  label: string,
  accelerator?: string,
): MenuItemConstructorOptions {
  return {
    id: action,
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => callbacks.action(action),
  };
}

/** A recent file as a menu label: its name, then its folder. */
export function recentLabel(file: string): string {
  return `${path.basename(file)} — ${path.dirname(file)}`;
}

function recentMenu(options: MenuOptions, callbacks: MenuCallbacks): MenuItemConstructorOptions {
  const entries: MenuItemConstructorOptions[] =
    options.recent.length === 0
      ? [{ id: 'file.recent.none', label: 'No Recent Models', enabled: false }]
      : options.recent.map((file, index) => ({
          id: `file.recent.${index}`,
          label: recentLabel(file),
          click: () => callbacks.openRecent(file),
        }));
  return {
    id: 'file.recent',
    label: 'Open Recent',
    submenu: [
      ...entries,
      { type: 'separator' },
      {
        id: 'file.recent.clear',
        label: 'Clear Recent',
        enabled: options.recent.length > 0,
        click: () => callbacks.clearRecent(),
      },
    ],
  };
}

function fileMenu(options: MenuOptions, callbacks: MenuCallbacks): MenuItemConstructorOptions {
  const mac = options.platform === 'darwin';
  return {
    id: 'file',
    label: mac ? 'File' : '&File',
    submenu: [
      item(callbacks, 'file.new', 'New Model…', 'CmdOrCtrl+N'),
      item(callbacks, 'file.open', 'Open…', 'CmdOrCtrl+O'),
      recentMenu(options, callbacks),
      { type: 'separator' },
      item(callbacks, 'file.save-as', 'Save As…', 'Shift+CmdOrCtrl+S'),
      { type: 'separator' },
      item(callbacks, 'file.import', 'Import…', 'Shift+CmdOrCtrl+I'),
      item(callbacks, 'file.export', 'Export…', 'Shift+CmdOrCtrl+E'),
      { type: 'separator' },
      item(callbacks, 'file.restore', 'Restore from Backup…'),
      { type: 'separator' },
      item(callbacks, 'file.close', mac ? 'Close Window' : 'Close', 'CmdOrCtrl+W'),
      ...(mac ? [] : [{ type: 'separator' as const }, { id: 'app.quit', role: 'quit' as const }]),
    ],
  };
}

function editMenu(options: MenuOptions, callbacks: MenuCallbacks): MenuItemConstructorOptions {
  return {
    id: 'edit',
    label: options.platform === 'darwin' ? 'Edit' : '&Edit',
    submenu: [
      // Undo and redo go to the renderer: in a text field they undo typing, elsewhere a change to the model.
      item(callbacks, 'edit.undo', 'Undo', 'CmdOrCtrl+Z'),
      item(callbacks, 'edit.redo', 'Redo', redoAccelerator(options.platform)),
      { type: 'separator' },
      { id: 'edit.cut', role: 'cut' },
      { id: 'edit.copy', role: 'copy' },
      { id: 'edit.paste', role: 'paste' },
      { id: 'edit.select-all', role: 'selectAll' },
      { type: 'separator' },
      item(callbacks, 'edit.find', 'Find…', 'CmdOrCtrl+F'),
    ],
  };
}

function viewMenu(options: MenuOptions, callbacks: MenuCallbacks): MenuItemConstructorOptions {
  const mac = options.platform === 'darwin';
  return {
    id: 'view',
    label: mac ? 'View' : '&View',
    submenu: [
      item(callbacks, 'view.chart', 'Chart', 'CmdOrCtrl+1'),
      item(callbacks, 'view.registers', 'Registers', 'CmdOrCtrl+2'),
      item(callbacks, 'view.raci', 'RACI', 'CmdOrCtrl+3'),
      item(callbacks, 'view.ownership', 'Ownership Map', 'CmdOrCtrl+4'),
      item(callbacks, 'view.findings', 'Findings', 'CmdOrCtrl+5'),
      { type: 'separator' },
      { id: 'view.zoom-in', role: 'zoomIn' },
      { id: 'view.zoom-out', role: 'zoomOut' },
      { id: 'view.zoom-reset', role: 'resetZoom' },
      { type: 'separator' },
      {
        id: 'view.dark-mode',
        label: 'Dark Mode',
        type: 'checkbox',
        checked: options.darkMode,
        accelerator: mac ? 'Alt+Command+D' : 'Ctrl+Alt+D',
        click: () => callbacks.action('view.dark-mode'),
      },
      { id: 'view.full-screen', role: 'togglefullscreen' },
    ],
  };
}

function macAppMenu(options: MenuOptions): MenuItemConstructorOptions {
  return {
    id: 'app',
    label: options.appName,
    submenu: [
      { id: 'app.about', role: 'about' },
      { type: 'separator' },
      { id: 'app.services', role: 'services' },
      { type: 'separator' },
      { id: 'app.hide', role: 'hide' },
      { id: 'app.hide-others', role: 'hideOthers' },
      { id: 'app.unhide', role: 'unhide' },
      { type: 'separator' },
      { id: 'app.quit', role: 'quit' },
    ],
  };
}

/** The whole menu bar for `options.platform`. */
export function buildMenuTemplate(
  options: MenuOptions,
  callbacks: MenuCallbacks,
): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  return [
    ...(mac ? [macAppMenu(options)] : []),
    fileMenu(options, callbacks),
    editMenu(options, callbacks),
    viewMenu(options, callbacks),
    ...(mac ? [{ id: 'window', role: 'windowMenu' as const }] : []),
    {
      id: 'help',
      label: mac ? 'Help' : '&Help',
      role: 'help',
      // On macOS About lives in the app menu.
      submenu: mac ? [] : [{ id: 'help.about', role: 'about', label: `About ${options.appName}` }],
    },
  ];
}
