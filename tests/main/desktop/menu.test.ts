import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuAction, MenuOptions } from '../../../main/electron/menu';
import { buildMenuTemplate, recentLabel } from '../../../main/electron/menu';

const recent = ['/home/ana/Acme.charter', '/home/ana/old/Beta.charter'];

function build(platform: NodeJS.Platform, extra: Partial<MenuOptions> = {}) {
  const calls: string[] = [];
  const template = buildMenuTemplate(
    { platform, appName: 'Charter', recent, darkMode: false, ...extra },
    {
      action: (action: MenuAction) => calls.push(action),
      openRecent: (file) => calls.push(`recent:${file}`),
      clearRecent: () => calls.push('clear'),
    },
  );
  return { template, calls };
}

/** Every item of the template, depth first. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);
}

function byId(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = items(template).find((i) => i.id === id);
  if (found === undefined) throw new Error(`no menu item ${id}`);
  return found;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

const submenuIds = (template: MenuItemConstructorOptions[], id: string) =>
  (byId(template, id).submenu as MenuItemConstructorOptions[])
    .filter((i) => i.type !== 'separator')
    .map((i) => i.id);

describe('the application menu', () => {
  it('has File, Edit, View and Help on Windows and Linux, and the app and Window menus on macOS', () => {
    expect(build('win32').template.map((m) => m.id)).toEqual(['file', 'edit', 'view', 'help']);
    expect(build('linux').template.map((m) => m.id)).toEqual(['file', 'edit', 'view', 'help']);
    expect(build('darwin').template.map((m) => m.id)).toEqual([
      'app',
      'file',
      'edit',
      'view',
      'window',
      'help',
    ]);
  });

  it('offers New, Open, Open Recent, Save As, Import, Export and Close in File', () => {
    expect(submenuIds(build('linux').template, 'file')).toEqual([
      'file.new',
      'file.open',
      'file.recent',
      'file.save-as',
      'file.import',
      'file.export',
      'file.restore',
      'file.close',
      'app.quit',
    ]);
    expect(submenuIds(build('darwin').template, 'file')).not.toContain('app.quit');
  });

  it('offers Undo, Redo, Cut, Copy, Paste and Find in Edit, and the views, zoom and dark mode in View', () => {
    expect(submenuIds(build('win32').template, 'edit')).toEqual([
      'edit.undo',
      'edit.redo',
      'edit.cut',
      'edit.copy',
      'edit.paste',
      'edit.select-all',
      'edit.find',
    ]);
    expect(submenuIds(build('win32').template, 'view')).toEqual([
      'view.chart',
      'view.registers',
      'view.raci',
      'view.ownership',
      'view.findings',
      'view.zoom-in',
      'view.zoom-out',
      'view.zoom-reset',
      'view.dark-mode',
      'view.full-screen',
    ]);
  });

  it('puts About in Help on Windows and Linux and in the app menu on macOS, with the usual macOS app items', () => {
    expect(byId(build('linux').template, 'help.about').role).toBe('about');
    expect(submenuIds(build('darwin').template, 'app')).toEqual([
      'app.about',
      'app.services',
      'app.hide',
      'app.hide-others',
      'app.unhide',
      'app.quit',
    ]);
    expect(items(build('darwin').template).some((i) => i.id === 'help.about')).toBe(false);
  });

  it('uses each platform’s shortcuts: Ctrl+Y redo on Windows, Shift+Cmd+Z on macOS', () => {
    const accel = (platform: NodeJS.Platform, id: string) => byId(build(platform).template, id).accelerator;
    expect(accel('win32', 'edit.redo')).toBe('Ctrl+Y');
    expect(accel('darwin', 'edit.redo')).toBe('Shift+Command+Z');
    expect(accel('linux', 'edit.redo')).toBe('Shift+Ctrl+Z');
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      expect(accel(platform, 'file.new')).toBe('CmdOrCtrl+N');
      expect(accel(platform, 'file.open')).toBe('CmdOrCtrl+O');
      expect(accel(platform, 'file.save-as')).toBe('Shift+CmdOrCtrl+S');
      expect(accel(platform, 'file.close')).toBe('CmdOrCtrl+W');
      expect(accel(platform, 'edit.undo')).toBe('CmdOrCtrl+Z');
      expect(accel(platform, 'edit.find')).toBe('CmdOrCtrl+F');
      expect(accel(platform, 'view.chart')).toBe('CmdOrCtrl+1');
    }
  });

  it('gives no two items the same shortcut', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const accelerators = items(build(platform).template).flatMap((i) =>
        typeof i.accelerator === 'string' ? [i.accelerator] : [],
      );
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });

  it('lists recent models by name and folder, opens one when clicked, and can clear them', () => {
    const { template, calls } = build('linux');
    expect(byId(template, 'file.recent.0').label).toBe(recentLabel(recent[0] ?? ''));
    expect(recentLabel('/home/ana/Acme.charter')).toBe('Acme.charter — /home/ana');
    click(byId(template, 'file.recent.1'));
    click(byId(template, 'file.recent.clear'));
    expect(calls).toEqual(['recent:/home/ana/old/Beta.charter', 'clear']);
    const empty = build('linux', { recent: [] }).template;
    expect(byId(empty, 'file.recent.none').enabled).toBe(false);
    expect(byId(empty, 'file.recent.clear').enabled).toBe(false);
  });

  it('reports each command item as its action and shows the dark-mode state', () => {
    const { template, calls } = build('darwin', { darkMode: true });
    for (const id of ['file.new', 'edit.undo', 'view.registers', 'view.dark-mode']) click(byId(template, id));
    expect(calls).toEqual(['file.new', 'edit.undo', 'view.registers', 'view.dark-mode']);
    expect(byId(template, 'view.dark-mode')).toMatchObject({ type: 'checkbox', checked: true });
  });
});
