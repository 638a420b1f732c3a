/**
 * "Show this row": another part of the shell (the Findings panel's "Show")
 * asks the registers to bring one entry into view. The request waits here
 * until the register that holds the entry has its rows, which may be after
 * the registers view is mounted and its data loaded.
 */
import { useSyncExternalStore } from 'react';
import type { RegisterKind } from './impact';

export interface RevealRequest {
  register: RegisterKind;
  id: string;
  /** Tells two requests for the same row apart: "Show" twice scrolls twice. */
  serial: number;
}

let pending: RevealRequest | null = null;
let serial = 0;
const listeners = new Set<() => void>();

function publish(next: RevealRequest | null): void {
  pending = next;
  for (const listener of listeners) listener();
}

/** Asks the registers to scroll to, highlight and focus one entry. */
export function requestReveal(register: RegisterKind, id: string): RevealRequest {
  const request = { register, id, serial: ++serial };
  publish(request);
  return request;
}

/** Marks a request as done, unless a newer one came in meanwhile. */
export function settleReveal(request: RevealRequest): void {
  if (pending?.serial === request.serial) publish(null);
}

/** The request not yet done, if any. */
export function pendingReveal(): RevealRequest | null {
  return pending;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The pending request, for one register only. */
export function useReveal(register: RegisterKind): RevealRequest | null {
  const request = useSyncExternalStore(subscribe, pendingReveal, pendingReveal);
  return request?.register === register ? request : null;
}

/**
 * Where a row is among the rows shown, and what hides it when it is not
 * shown: `index` -1 with `hidden` true means a filter hides it (clear the
 * filters), with `hidden` false that the register has no such row.
 */
export function locateRow<T>(
  shown: readonly T[],
  all: readonly T[],
  getId: (row: T) => string,
  id: string,
): { index: number; hidden: boolean } {
  const index = shown.findIndex((r) => getId(r) === id);
  if (index >= 0) return { index, hidden: false };
  return { index: -1, hidden: all.some((r) => getId(r) === id) };
}

/** The scrollTop that puts row `index` in the middle of a viewport (under a sticky header), inside the list. */
export function scrollTopFor(
  index: number,
  rowHeight: number,
  viewportHeight: number,
  headerHeight: number,
  count: number,
): number {
  const body = Math.max(rowHeight, viewportHeight - headerHeight);
  const centred = index * rowHeight - (body - rowHeight) / 2;
  const max = Math.max(0, count * rowHeight - body);
  return Math.round(Math.min(max, Math.max(0, centred)));
}
