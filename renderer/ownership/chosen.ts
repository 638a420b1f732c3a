/**
 * The roles the ownership map draws, shared by the map and the inspector's
 * "Ownership map" button, and remembered for the page's life.
 */
import { useSyncExternalStore } from 'react';

let chosen: readonly string[] = [];
const listeners = new Set<() => void>();

function set(next: readonly string[]): void {
  chosen = next;
  listeners.forEach((l) => l());
}

/** Puts a role on the map (at the end), keeping the ones already there. */
export function addToOwnershipMap(roleId: string): void {
  if (!chosen.includes(roleId)) set([...chosen, roleId]);
}

let seeded = false;

/** The first time the map opens, it starts from `defaults` plus any role sent to it from the inspector. */
export function seedOwnershipRoles(defaults: readonly string[]): void {
  if (seeded) return;
  seeded = true;
  set([...new Set([...defaults, ...chosen])]);
}

export function setOwnershipRoles(ids: readonly string[]): void {
  set(ids);
}

export function useOwnershipRoles(): readonly string[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => chosen,
  );
}
