/**
 * Documents in the desktop app: which model to open at start-up, what a
 * second launch or the OS hands over, the window title, and the File menu's
 * New / Open / Save As / Restore / Close. One window shows one model.
 *
 * The decisions are pure functions; DocumentSession carries them out
 * through two small interfaces (ModelStore: the files, Shell: dialogs and
 * the window), which main.ts implements with db/safety and Electron.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../app/contract';
import { invoke } from '../../app/contract';
import type { ErrorPayload } from '../../app/errors';
import { CharterError, toErrorPayload } from '../../app/errors';
import type { ModelInfo } from '../../app/views';
import type { ModelHandle, OpenOptions } from '../../db/index';
import { createModel, openModel, warmModel } from '../../db/index';
import { copyModel, listBackups, openSafely, restoreBackup } from '../../db/safety';
import { addRecent, removeRecent, samePath } from './recent';

export const MODEL_EXTENSION = '.charter';
export const MODEL_FILTERS = [{ name: 'Charter models', extensions: ['charter'] }];

/** True for an argument naming a model file (not a switch). */
export function isModelArgument(arg: string): boolean {
  return !arg.startsWith('-') && arg.toLowerCase().endsWith(MODEL_EXTENSION);
}

/**
 * The model file named on a command line, resolved against `cwd`: the last
 * argument ending in `.charter`. argv[0] (the executable) is skipped, and
 * so are switches, which Chromium adds to a second instance's argv.
 */
export function fileFromArgv(argv: readonly string[], cwd: string): string | null {
  const candidates = argv.slice(1).filter(isModelArgument);
  const last = candidates[candidates.length - 1];
  return last === undefined ? null : path.resolve(cwd, last);
}

/** The file a second launch hands to the first instance (Electron's `second-instance` event). */
export function secondInstanceFile(argv: readonly string[], workingDirectory: string): string | null {
  return fileFromArgv(argv, workingDirectory);
}

export interface StartupFacts {
  /** The newest file the OS handed over before the app was ready (macOS `open-file`). */
  openFileEvent: string | null;
  /** fileFromArgv(process.argv, process.cwd()). */
  argvFile: string | null;
  /** The model open when the app last quit. */
  lastModel: string | null;
  /** userData/Default.charter. */
  defaultModel: string;
  exists(file: string): boolean;
}

/**
 * What to open at start-up: a file the OS or the command line named (even
 * a missing one, so the user is told it is missing), else the last model if
 * it still exists, else the default model, created from the seed template
 * when it does not exist yet.
 */
export function startupTarget(facts: StartupFacts): { path: string; create: boolean } {
  const named = facts.openFileEvent ?? facts.argvFile;
  if (named !== null) return { path: named, create: false };
  if (facts.lastModel !== null && facts.exists(facts.lastModel))
    return { path: facts.lastModel, create: false };
  return { path: facts.defaultModel, create: !facts.exists(facts.defaultModel) };
}

/** The window title: the model's name and where it is, and whether it can be changed. */
export function windowTitle(
  modelName: string,
  file: string,
  flags: { readOnly?: boolean; damaged?: boolean } = {},
): string {
  const state =
    flags.damaged === true ? ' (damaged, read-only)' : flags.readOnly === true ? ' (read-only)' : '';
  return `${modelName} — ${file}${state}`;
}

/** Adds `.charter` to a name chosen in a save dialog that has none (Linux dialogs do not add it). */
export function withModelExtension(file: string): string {
  return file.toLowerCase().endsWith(MODEL_EXTENSION) ? file : `${file}${MODEL_EXTENSION}`;
}

/** A model as the session holds it: db/ModelHandle plus the damage report of db/safety. */
export interface OpenedModel {
  readonly path: string;
  readonly handlers: Handlers;
  readonly readOnly: boolean;
  readonly damage: ErrorPayload | null;
  close(): void;
}

/** The files: implemented with db/ and db/safety/ in main.ts. */
export interface ModelStore {
  open(file: string): Promise<OpenedModel>;
  /** Creates a model from the seed template, replacing a file the user agreed to replace. */
  create(file: string): Promise<OpenedModel>;
  copy(from: string, to: string): Promise<void>;
  restore(file: string, backup: string): void;
  /** The newest backup of `file`, if any. */
  newestBackup(file: string): string | null;
}

/**
 * The real store: every open goes through db/safety (lock, quick_check,
 * backup). A file replaced by New is removed only once its lock is held,
 * after the open-time backup has kept a copy of it.
 */
export function safeModelStore(options: OpenOptions): ModelStore {
  const binding = options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding };
  return {
    open: (file) => openSafely(file, binding, (readOnly) => openModel(file, { ...options, readOnly })),
    create: (file) =>
      openSafely(file, { ...binding, replace: true }, (): ModelHandle => {
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
        return createModel(file, { template: 'seed', ...options, readOnly: false });
      }),
    copy: (from, to) => copyModel(from, to, binding),
    restore: (file, backup) => {
      restoreBackup(file, backup, binding);
    },
    newestBackup: (file) => listBackups(file)[0]?.path ?? null,
  };
}

/** Dialogs, the window and what the app remembers: implemented with Electron in main.ts. */
export interface Shell {
  chooseModelToOpen(): Promise<string | null>;
  chooseModelToSave(title: string, suggestedPath: string): Promise<string | null>;
  chooseBackup(file: string): Promise<string | null>;
  /** Asks whether to restore a damaged model from its newest backup. */
  confirmRestore(message: string): Promise<boolean>;
  showError(title: string, message: string): void;
  /** A different model is now open: set the title, remember it, reload the page. */
  modelChanged(model: OpenedModel, title: string): void;
  closeWindow(): void;
  recent(): string[];
  setRecent(list: string[]): void;
}

/** The model's name as the title shows it; the file name when the model cannot say. */
export function modelName(model: OpenedModel): string {
  const reply = invoke(model.handlers, 'model.info', {});
  return reply.ok ? (reply.result as ModelInfo).name : path.basename(model.path, MODEL_EXTENSION);
}

export class DocumentSession {
  private model: OpenedModel | null = null;

  constructor(
    private readonly store: ModelStore,
    private readonly shell: Shell,
  ) {}

  get current(): OpenedModel | null {
    return this.model;
  }

  /** The handlers of the open model, for the IPC wrapper. */
  handlers(): Handlers {
    if (this.model === null) throw new CharterError('file_error', 'No model is open.');
    return this.model.handlers;
  }

  /** Opens `file` in place of the current model; on failure the current model stays open. */
  async open(file: string, create = false): Promise<boolean> {
    if (this.model !== null && samePath(this.model.path, file)) return true;
    let next: OpenedModel;
    try {
      next = create ? await this.store.create(file) : await this.store.open(file);
    } catch (error) {
      const payload = toErrorPayload(error);
      // A missing or unreadable file leaves the recent list; one in use or from a newer Charter stays.
      if (payload.code === 'file_error') this.shell.setRecent(removeRecent(this.shell.recent(), file));
      this.shell.showError('Charter could not open the model', payload.message);
      return false;
    }
    this.switchTo(next);
    if (next.damage !== null) await this.offerRestore(next);
    return true;
  }

  async openChosen(): Promise<boolean> {
    const file = await this.shell.chooseModelToOpen();
    return file === null ? false : this.open(file);
  }

  /** New: a model from the seed template at a place the user chooses. */
  async createNew(): Promise<boolean> {
    const suggested = path.join(
      this.model === null ? '' : path.dirname(this.model.path),
      `Untitled${MODEL_EXTENSION}`,
    );
    const chosen = await this.shell.chooseModelToSave('New Model', suggested);
    if (chosen === null) return false;
    const file = withModelExtension(chosen);
    if (this.model !== null && samePath(this.model.path, file)) {
      this.shell.showError(
        'Charter could not create the model',
        `"${path.basename(file)}" is the model that is open now.`,
      );
      return false;
    }
    return this.open(file, true);
  }

  /** Save As: a copy of the open model at a new place, which then stays open. */
  async saveAs(): Promise<boolean> {
    const from = this.model;
    if (from === null) return false;
    const chosen = await this.shell.chooseModelToSave('Save Model As', from.path);
    if (chosen === null) return false;
    const file = withModelExtension(chosen);
    if (samePath(from.path, file)) return true;
    try {
      await this.store.copy(from.path, file);
    } catch (error) {
      this.shell.showError('Charter could not save the model', toErrorPayload(error).message);
      return false;
    }
    return this.open(file);
  }

  /** Restore from Backup: the user picks a backup of the open model. */
  async restoreChosen(): Promise<boolean> {
    if (this.model === null) return false;
    const backup = await this.shell.chooseBackup(this.model.path);
    return backup === null ? false : this.restore(backup);
  }

  /** Closes the model, puts the backup in place and opens the model again. */
  private async restore(backup: string): Promise<boolean> {
    const model = this.model;
    if (model === null) return false;
    model.close();
    this.model = null;
    let restored = true;
    try {
      this.store.restore(model.path, backup);
    } catch (error) {
      restored = false;
      this.shell.showError('Charter could not restore the backup', toErrorPayload(error).message);
    }
    const reopened = await this.open(model.path);
    return restored && reopened;
  }

  private async offerRestore(model: OpenedModel): Promise<void> {
    const backup = this.store.newestBackup(model.path);
    const message = model.damage?.message ?? 'The model is damaged.';
    if (backup !== null && (await this.shell.confirmRestore(message))) await this.restore(backup);
    else if (backup === null) this.shell.showError('The model is damaged', message);
  }

  private switchTo(next: OpenedModel): void {
    const previous = this.model;
    this.model = next;
    previous?.close();
    this.shell.setRecent(addRecent(this.shell.recent(), next.path));
    const title = windowTitle(modelName(next), next.path, {
      readOnly: next.readOnly,
      damaged: next.damage !== null,
    });
    this.shell.modelChanged(next, title);
    // While the page reloads, read what it will ask for first.
    warmModel(next);
  }

  /** File > Close: one window shows one model, so closing the model closes the window. */
  close(): void {
    this.shell.closeWindow();
  }

  /** When the app quits: closes the model, which releases its lock. */
  dispose(): void {
    this.model?.close();
    this.model = null;
  }
}
