/**
 * The chart's remembered preferences as React state (stored.ts keeps them).
 */
import { useCallback, useEffect, useState } from 'react';
import { COLLAPSED_PREFIX, type Choice, parseIds, read, stored, write } from './stored';

export { chartOptions, COMPACT, DIRECTION, OVERVIEW } from './stored';

/** A choice's value, remembered. */
export function useChoice<T extends string>(choice: Choice<T>) {
  const { key } = choice;
  const [value, setValue] = useState<T>(() => stored(choice));
  const set = useCallback(
    (next: T) => {
      setValue(next);
      write(key, next);
    },
    [key],
  );
  return [value, set] as const;
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
