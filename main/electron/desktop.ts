/**
 * The desktop app's behaviour around the window: the menu, recent
 * documents, the remembered window place, the title, single-instance
 * handoff and files handed over by the OS. main.ts creates one Desktop with
 * Electron's modules and a window factory (it keeps the security options of
 * the window in one visible place) and forwards app events to it.
 *
 * Menu items the renderer must carry out (views, find, undo, import, export)
 * are sent to the page on MENU_CHANNEL; see RENDERER_ACTIONS.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { App, BrowserWindow, Dialog, Menu as MenuClass, NativeTheme, Rectangle, Screen } from 'electron';
import type { Handlers } from '../../app/contract';
import type { OpenOptions } from '../../db/index';
import { backupsDirFor } from '../../db/safety/backup';
import { readState, STATE_FILE, writeState, DEFAULT_MODEL_FILE } from './state';
import type { OpenedModel, Shell } from './documents';
import {
  DocumentSession,
  fileFromArgv,
  MODEL_FILTERS,
  safeModelStore,
  secondInstanceFile,
  startupTarget,
} from './documents';
import type { MenuAction } from './menu';
import { buildMenuTemplate } from './menu';
import { readRecent, RECENT_FILE, writeRecent } from './recent';
import { MENU_CHANNEL, PAGE_MENU_ACTIONS } from '../../app/bridge';
import { placeWindow, readWindowState, WINDOW_STATE_FILE, writeWindowState } from './window-state';

/** The menu actions the renderer handles; the others are done in the main process. */
export const RENDERER_ACTIONS: readonly MenuAction[] = PAGE_MENU_ACTIONS;

/** The parts of Electron the desktop behaviour uses. */
export interface DesktopElectron {
  app: Pick<App, 'addRecentDocument' | 'clearRecentDocuments' | 'setAboutPanelOptions' | 'getVersion'>;
  Menu: Pick<typeof MenuClass, 'buildFromTemplate' | 'setApplicationMenu'>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox' | 'showErrorBox'>;
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>;
  nativeTheme: Pick<NativeTheme, 'shouldUseDarkColors' | 'themeSource'>;
}

export interface DesktopOptions {
  userData: string;
  platform: NodeJS.Platform;
  open: OpenOptions;
  /** Creates the (hidden) main window at `bounds` and loads the app page. */
  createWindow(bounds: Rectangle): BrowserWindow;
}

export class Desktop {
  readonly session: DocumentSession;
  private window: BrowserWindow | null = null;
  private pendingFile: string | null = null;
  private started = false;
  private title = 'Charter';
  private recentList: string[];

  constructor(
    private readonly electron: DesktopElectron,
    private readonly options: DesktopOptions,
  ) {
    this.recentList = readRecent(this.file(RECENT_FILE));
    this.session = new DocumentSession(safeModelStore(options.open), this.shell());
  }

  private file(name: string): string {
    return path.join(this.options.userData, name);
  }

  /** The open model's handlers, for the IPC wrapper. */
  handlers(): Handlers {
    return this.session.handlers();
  }

  /**
   * Opens the start-up model (see startupTarget), falling back to the
   * default model if it cannot be opened, then shows the window.
   * @returns false when no model could be opened at all.
   */
  async start(argv: readonly string[], cwd: string): Promise<boolean> {
    const defaultModel = this.file(DEFAULT_MODEL_FILE);
    const target = startupTarget({
      openFileEvent: this.pendingFile,
      argvFile: fileFromArgv(argv, cwd),
      lastModel: readState(this.file(STATE_FILE)).lastModel,
      defaultModel,
      exists: (file) => fs.existsSync(file),
    });
    this.pendingFile = null;
    let opened = await this.session.open(target.path, target.create);
    if (!opened && target.path !== defaultModel)
      opened = await this.session.open(defaultModel, !fs.existsSync(defaultModel));
    if (!opened) return false;
    this.electron.app.setAboutPanelOptions({
      applicationName: 'Charter',
      applicationVersion: this.electron.app.getVersion(),
      copyright: 'Your organization’s structure stays on this computer.',
    });
    this.applyMenu();
    this.showWindow();
    this.started = true;
    return true;
  }

  /** macOS `open-file`: before start-up the newest file wins; afterwards it opens at once. */
  openFile(file: string): void {
    if (!this.started) this.pendingFile = file;
    else void this.session.open(file);
  }

  /** `second-instance`: brings the window forward and opens the file the second launch named. */
  secondInstance(argv: readonly string[], workingDirectory: string): void {
    if (this.window !== null) {
      if (this.window.isMinimized()) this.window.restore();
      this.window.focus();
    }
    const file = secondInstanceFile(argv, workingDirectory);
    if (file !== null) void this.session.open(file);
  }

  private showWindow(): void {
    const saved = readWindowState(this.file(WINDOW_STATE_FILE));
    const primary = this.electron.screen.getPrimaryDisplay();
    const others = this.electron.screen.getAllDisplays().filter((d) => d.id !== primary.id);
    const bounds = placeWindow(
      saved?.bounds ?? null,
      [primary, ...others].map((d) => d.workArea),
    );
    const window = this.options.createWindow(bounds);
    this.window = window;
    if (saved?.maximized === true) window.maximize();
    window.setTitle(this.title);
    this.represent();
    // The page's <title> would replace the model's name and path.
    window.on('page-title-updated', (event) => event.preventDefault());
    window.on('close', () => {
      writeWindowState(this.file(WINDOW_STATE_FILE), {
        bounds: window.getNormalBounds(),
        maximized: window.isMaximized(),
      });
    });
    window.on('closed', () => {
      if (this.window === window) this.window = null;
    });
  }

  private represent(): void {
    const model = this.session.current;
    if (this.options.platform === 'darwin' && model !== null) this.window?.setRepresentedFilename(model.path);
  }

  private applyMenu(): void {
    const template = buildMenuTemplate(
      {
        platform: this.options.platform,
        appName: 'Charter',
        recent: this.recentList,
        darkMode: this.electron.nativeTheme.shouldUseDarkColors,
      },
      {
        action: (action) => this.act(action),
        openRecent: (file) => void this.session.open(file),
        clearRecent: () => {
          this.setRecent([]);
          this.electron.app.clearRecentDocuments();
        },
      },
    );
    this.electron.Menu.setApplicationMenu(this.electron.Menu.buildFromTemplate(template));
  }

  /** Carries out a menu action, or hands it to the page. */
  act(action: MenuAction): void {
    if (RENDERER_ACTIONS.includes(action)) {
      this.window?.webContents.send(MENU_CHANNEL, action);
      return;
    }
    switch (action) {
      case 'file.new':
        void this.session.createNew();
        return;
      case 'file.open':
        void this.session.openChosen();
        return;
      case 'file.save-as':
        void this.session.saveAs();
        return;
      case 'file.restore':
        void this.session.restoreChosen();
        return;
      case 'file.close':
        this.session.close();
        return;
      case 'view.dark-mode':
        this.electron.nativeTheme.themeSource = this.electron.nativeTheme.shouldUseDarkColors
          ? 'light'
          : 'dark';
        this.applyMenu();
        return;
      default:
        return;
    }
  }

  private setRecent(list: string[]): void {
    this.recentList = list;
    writeRecent(this.file(RECENT_FILE), list);
    if (this.started) this.applyMenu();
  }

  private shell(): Shell {
    const parent = () => this.window ?? undefined;
    const withParent = <T>(show: (window: BrowserWindow) => T, alone: () => T): T => {
      const window = parent();
      return window === undefined ? alone() : show(window);
    };
    const { dialog } = this.electron;
    return {
      chooseModelToOpen: async () => {
        const options = { filters: MODEL_FILTERS, properties: ['openFile' as const] };
        const result = await withParent(
          (w) => dialog.showOpenDialog(w, options),
          () => dialog.showOpenDialog(options),
        );
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      chooseModelToSave: async (title, suggestedPath) => {
        const options = { title, defaultPath: suggestedPath, filters: MODEL_FILTERS };
        const result = await withParent(
          (w) => dialog.showSaveDialog(w, options),
          () => dialog.showSaveDialog(options),
        );
        return result.canceled || result.filePath === undefined || result.filePath === ''
          ? null
          : result.filePath;
      },
      chooseBackup: async (file) => {
        const options = {
          title: 'Restore from Backup',
          defaultPath: backupsDirFor(file),
          filters: MODEL_FILTERS,
          properties: ['openFile' as const],
        };
        const result = await withParent(
          (w) => dialog.showOpenDialog(w, options),
          () => dialog.showOpenDialog(options),
        );
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      confirmRestore: async (message) => {
        const options = {
          type: 'warning' as const,
          message: 'This model is damaged',
          detail: message,
          buttons: ['Restore the Newest Backup', 'Keep It Open Read-Only'],
          defaultId: 0,
          cancelId: 1,
        };
        const result = await withParent(
          (w) => dialog.showMessageBox(w, options),
          () => dialog.showMessageBox(options),
        );
        return result.response === 0;
      },
      showError: (title, message) => dialog.showErrorBox(title, message),
      modelChanged: (model: OpenedModel, title: string) => {
        this.title = title;
        writeState(this.file(STATE_FILE), { lastModel: model.path });
        this.electron.app.addRecentDocument(model.path);
        if (this.window === null) return;
        this.window.setTitle(title);
        this.represent();
        this.window.webContents.reload();
      },
      closeWindow: () => this.window?.close(),
      recent: () => this.recentList,
      setRecent: (list) => this.setRecent(list),
    };
  }
}
