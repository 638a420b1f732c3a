/**
 * The one way into the main process from the renderer. Every channel goes
 * through {@link guardedHandle}: it must be on the allow-list, registered
 * once, and every message must come from the top frame of Charter's own
 * app:// page. Contract calls are then parsed by `invoke`.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CALL_CHANNEL, EXTERNAL_CHANNEL, HOST_CHANNEL } from '../../app/bridge';
import type { Handlers, Reply } from '../../app/contract';
import { invoke } from '../../app/contract';
import type { HostHandlers } from '../../app/host-contract';
import { invokeHost } from '../../app/host-contract';
import { isAllowedSender } from './guards';

/** Channels the renderer may use. */
export const ALLOWED_CHANNELS: ReadonlySet<string> = new Set([CALL_CHANNEL, HOST_CHANNEL, EXTERNAL_CHANNEL]);

export interface SenderFacts {
  frameUrl: string | undefined;
  isTopFrame: boolean;
}

/** What the sender checks need to know about an IPC event. */
export function senderFacts(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): SenderFacts {
  const frame = event.senderFrame;
  return { frameUrl: frame?.url, isTopFrame: frame !== null && frame.parent === null };
}

export const FORBIDDEN_REPLY: Reply = {
  ok: false,
  error: { code: 'forbidden', message: 'This message did not come from the Charter window and was ignored.' },
};

type IpcHandle = Pick<IpcMain, 'handle'>;
const registered = new WeakMap<IpcHandle, Set<string>>();

/** Registers `listener` on an allowed channel behind the sender check. */
export function guardedHandle(
  ipcMain: IpcHandle,
  channel: string,
  listener: (...args: unknown[]) => Reply | Promise<Reply>,
): void {
  if (!ALLOWED_CHANNELS.has(channel))
    throw new Error(`The IPC channel "${channel}" is not on the allow-list.`);
  const channels = registered.get(ipcMain) ?? new Set<string>();
  if (channels.has(channel)) throw new Error(`The IPC channel "${channel}" is already registered.`);
  channels.add(channel);
  registered.set(ipcMain, channels);
  ipcMain.handle(channel, (event, ...args: unknown[]) => {
    const sender = senderFacts(event);
    if (!isAllowedSender(sender.frameUrl, sender.isTopFrame)) return FORBIDDEN_REPLY;
    return listener(...args);
  });
}

/** Host calls (export.file, import.readFile): `window.charter.host(name, input)` lands here. */
export function registerHostHandler(ipcMain: IpcHandle, host: HostHandlers): void {
  guardedHandle(ipcMain, HOST_CHANNEL, (name, input) => invokeHost(host, name, input));
}

/** Contract calls: `window.charter.call(name, input)` lands here. */
export function registerCallHandler(ipcMain: IpcHandle, currentHandlers: () => Handlers): void {
  guardedHandle(ipcMain, CALL_CHANNEL, (name, input) => invoke(currentHandlers(), name, input));
}
