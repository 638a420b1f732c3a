/**
 * db/: a Charter model file behind the contract's {@link Handlers}.
 * Hosts open a model here and pass `handle.handlers` to `invoke`.
 */
import fs from 'node:fs';
import os from 'node:os';
import type { Database } from 'better-sqlite3';
import type { Handlers, Reply } from '../app/contract';
import { invoke } from '../app/contract';
import { DEFAULT_CHART_LAYOUT } from '../app/layout/chart';
import { CharterError } from '../app/errors';
import { todayUtc } from '../app/policy';
import type { TemplateName } from '../app/templates';
import { templateDocument } from '../app/templates';
import { initializeModel } from './commands/model';
import type { Context } from './context';
import { createHandlers } from './handlers';
import { openDatabase } from './open';

export { LATEST_VERSION } from './migrations';

export interface OpenOptions {
  /** Recorded in the audit log; defaults to the operating-system user. */
  actor?: string;
  readOnly?: boolean;
  /** Path of better-sqlite3's native addon, for hosts that bundle it elsewhere (Electron). */
  nativeBinding?: string;
}

export interface ModelHandle {
  readonly path: string;
  readonly handlers: Handlers;
  readonly readOnly: boolean;
  close(): void;
}

function defaultActor(): string {
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown'; // no user entry, e.g. in some containers
  }
}

const binding = (options: OpenOptions): { nativeBinding?: string } =>
  options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding };

function handleFor(ctx: Context): ModelHandle {
  return {
    path: ctx.path,
    handlers: createHandlers(ctx),
    readOnly: ctx.readOnly,
    close: () => {
      if (ctx.db.open) ctx.db.close();
    },
  };
}

/**
 * Answers the queries every window asks for first (the chart laid out, the
 * summary, then the findings the page asks for once the chart is up) so
 * that their answers are cached (db/revision.ts) by the time the page asks:
 * hosts call it once a model is open, while the renderer is still loading.
 * One query per turn of the event loop, so that the host serves the page's
 * own requests (its HTML and script) in between; `each` gets every reply
 * (the web server serializes them ahead too). A failure (a model closed
 * meanwhile, say) is left for the page's own call to report.
 */
export function warmModel(
  handle: { readonly handlers: Handlers },
  each: (reply: Reply) => void = () => {},
): void {
  const steps = [
    // The chart read, then laid out as a page with no layout preferences asks for it (renderer/view.ts).
    () => void invoke(handle.handlers, 'model.chart', {}),
    () => each(invoke(handle.handlers, 'model.chart', { layout: DEFAULT_CHART_LAYOUT })),
    () => each(invoke(handle.handlers, 'model.summary', {})),
    () => each(invoke(handle.handlers, 'governance.check', {})),
  ];
  const next = () => {
    const step = steps.shift();
    if (!step) return;
    try {
      step();
    } catch {
      return; // Nothing to warm: the page's own call will say why.
    }
    setImmediate(next);
  };
  setImmediate(next);
}

/** Opens an existing model file. */
export function openModel(path: string, options: OpenOptions = {}): ModelHandle {
  const readOnly = options.readOnly === true;
  const db = openDatabase(path, { readOnly, ...binding(options) });
  return handleFor({ db, path, readOnly, actor: options.actor ?? defaultActor() });
}

function removeFiles(path: string): void {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) fs.rmSync(file, { force: true });
}

/**
 * Creates a new model file from a template. Refuses an existing file. The
 * template is written in the same transaction as the schema's first
 * audit event and is not undoable, so undo can never empty a new model.
 */
export function createModel(
  path: string,
  options: { template: TemplateName; name?: string } & OpenOptions,
): ModelHandle {
  if (fs.existsSync(path))
    throw new CharterError(
      'conflict',
      `There is already a file at "${path}"; Charter will not overwrite it.`,
    );
  let db: Database | undefined;
  try {
    db = openDatabase(path, { create: true, ...binding(options) });
    const ctx: Context = { db, path, readOnly: false, actor: options.actor ?? defaultActor() };
    const doc = templateDocument(options.template, todayUtc());
    initializeModel(ctx, options.name ?? doc.name, options.template, doc);
    if (options.readOnly !== true) return handleFor(ctx);
  } catch (error) {
    // Nothing half-made is left behind: the path did not exist before.
    if (db?.open === true) db.close();
    removeFiles(path);
    throw error;
  }
  db.close();
  return openModel(path, options);
}
