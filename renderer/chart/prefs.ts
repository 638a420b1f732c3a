/**
 * Preferences remembered in localStorage: the theme, the chart's direction
 * and compactness, and which subtrees are collapsed in each model (keyed by
 * the model's path). A storage that refuses (private mode, quota) only
 * means the choice is not remembered.
 */
import { useCallback, useEffect, useState } from 'react';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Not remembered; the choice still applies to this page.
  }
}

/** A string choice among `allowed`, remembered under `key`. */
export function useChoice<T extends string>(key: string, allowed: readonly T[], fallback: T) {
  const [value, setValue] = useState<T>(() => {
    const stored = read(key);
    return allowed.includes(stored as T) ? (stored as T) : fallback;
  });
  const set = useCallback(
    (next: T) => {
      setValue(next);
      write(key, next);
    },
    [key],
  );
  return [value, set] as const;
}

export const COLLAPSED_PREFIX = 'charter.collapsed:';

/** Parses a stored list of ids; anything else is an empty set. */
export function parseIds(text: string | null): Set<string> {
  if (text === null) return new Set();
  try {
    const value: unknown = JSON.parse(text);
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

/** The collapsed roles of the model at `path`, remembered across reloads. */
export function useCollapsed(path: string | null) {
  const key = COLLAPSED_PREFIX + (path ?? '');
  const [state, setState] = useState(() => ({ key, ids: parseIds(read(key)) }));
  // Another model opened in this page: load its own set.
  const ids = state.key === key ? state.ids : parseIds(read(key));
  useEffect(() => {
    if (state.key !== key) setState({ key, ids });
  }, [key, state.key, ids]);
  const toggle = useCallback(
    (id: string) => {
      setState((s) => {
        const next = new Set(s.key === key ? s.ids : parseIds(read(key)));
        if (next.has(id)) next.delete(id);
        else next.add(id);
        write(key, next.size === 0 ? null : JSON.stringify([...next]));
        return { key, ids: next };
      });
    },
    [key],
  );
  return [ids as ReadonlySet<string>, toggle] as const;
}
