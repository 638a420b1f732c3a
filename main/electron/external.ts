/**
 * Opening a link outside Charter (a policy's document link): only an https
 * address, only after the person has seen the host and the full address in
 * a native dialog and chosen to open it. The decisions are plain functions
 * tested in Node; main.ts passes in Electron's dialog and shell.
 */
import type { IpcMain, MessageBoxOptions } from 'electron';
import type { ExternalOpenResult } from '../../app/bridge';
import { EXTERNAL_CHANNEL } from '../../app/bridge';
import type { Reply } from '../../app/contract';
import { toErrorPayload } from '../../app/errors';
import { guardedHandle } from './ipc';

/** Longest address Charter offers to open (browsers and mail clients cut longer ones). */
export const EXTERNAL_URL_MAX = 2048;

/** The address as a URL when it may be opened, else why not. */
export type ExternalCheck = { ok: true; url: URL } | { ok: false; reason: string };

/** Whitespace or control characters: a real address has them percent-encoded. */
function hasUnsafeCharacter(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return /\s/u.test(raw);
}

/**
 * Checks an address from the page: a string of at most
 * {@link EXTERNAL_URL_MAX} characters, https, with a host and no user name
 * or password in it (`https://bank.example@evil.example` hides its host).
 */
export function checkExternalUrl(raw: unknown): ExternalCheck {
  if (typeof raw !== 'string') return { ok: false, reason: 'The link is not text.' };
  if (raw.length > EXTERNAL_URL_MAX)
    return { ok: false, reason: `The link is longer than ${EXTERNAL_URL_MAX} characters.` };
  if (hasUnsafeCharacter(raw))
    return { ok: false, reason: 'The link contains spaces or control characters.' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'The link is not a web address.' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'Only https links are opened.' };
  if (url.username !== '' || url.password !== '')
    return { ok: false, reason: 'The link carries a user name or password.' };
  if (url.hostname === '') return { ok: false, reason: 'The link has no host.' };
  return { ok: true, url };
}

/** The question asked before opening: the host in the message, the full address below it; Cancel is the default. */
export function confirmationFor(url: URL): MessageBoxOptions {
  return {
    type: 'question',
    title: 'Open Link',
    message: `Open a page on ${url.host} in your browser?`,
    detail: url.href,
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

/** What opening a link needs from Electron. */
export interface ExternalDeps {
  /** Shows the dialog; resolves to the index of the button chosen. */
  confirm(options: MessageBoxOptions): Promise<number>;
  /** Hands the address to the system's browser. */
  open(href: string): Promise<void>;
}

/** Checks `raw`, asks, and opens it only when the person chose to. */
export async function openExternalLink(raw: unknown, deps: ExternalDeps): Promise<ExternalOpenResult> {
  const check = checkExternalUrl(raw);
  if (!check.ok) return 'refused';
  const options = confirmationFor(check.url);
  if ((await deps.confirm(options)) !== 0) return 'cancelled';
  await deps.open(check.url.href);
  return 'opened';
}

/** `window.charter.openExternal(url)` lands here, behind the IPC sender check. */
export function registerExternalHandler(ipcMain: Pick<IpcMain, 'handle'>, deps: ExternalDeps): void {
  guardedHandle(ipcMain, EXTERNAL_CHANNEL, async (raw): Promise<Reply> => {
    try {
      return { ok: true, result: await openExternalLink(raw, deps) };
    } catch (error) {
      // The system could not open it (no browser, say): the page says so.
      return { ok: false, error: toErrorPayload(error) };
    }
  });
}
