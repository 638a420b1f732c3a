/**
 * Finding badges on chart nodes. Each node reads its own role's entry from
 * one store (useSyncExternalStore), so a change re-renders only the nodes
 * whose badge changed and the memoized nodes stay memoized.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { badgeLabel, type RoleFindings } from './model';
import { SeverityIcon } from './SeverityIcon';

/** Per-role findings with subscribers; set() replaces the whole map. */
export class BadgeStore {
  private map: ReadonlyMap<string, RoleFindings> = new Map();
  private readonly listeners = new Set<() => void>();

  all(): ReadonlyMap<string, RoleFindings> {
    return this.map;
  }

  get(roleId: string): RoleFindings | null {
    return this.map.get(roleId) ?? null;
  }

  set(next: ReadonlyMap<string, RoleFindings>): void {
    this.map = next;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const none = new BadgeStore();

/** The store the chart's badges read; without a provider there are no badges. */
export const BadgeContext = createContext<BadgeStore>(none);

/** A role's findings badge: an icon of the most serious severity and the count. */
export function RoleBadge({ roleId }: { roleId: string }) {
  const store = useContext(BadgeContext);
  const entry = useSyncExternalStore(store.subscribe, () => store.get(roleId));
  if (entry === null) return null;
  const label = badgeLabel(entry);
  return (
    <span className={`finding-badge finding-badge--${entry.top}`} role="img" aria-label={label} title={label}>
      <SeverityIcon severity={entry.top} />
      {entry.total}
    </span>
  );
}
