import { useCallback, useEffect, useRef, useState } from 'react';
import type { Call, InputOf, Name, ResultOf } from '../app/contract';
import { CharterError, toErrorPayload } from '../app/errors';
import { lastChartOptions, rememberModelPath } from './chart/stored';
import { fetchView, type ModelView } from './view';

/** How often to look for changes made elsewhere (the CLI, another window). */
export const POLL_MS = 3000;

/** Any thrown value as a CharterError, to show its message. */
export function asCharterError(error: unknown): CharterError {
  return error instanceof CharterError ? error : CharterError.fromPayload(toErrorPayload(error));
}

/**
 * The model as the shell shows it: fetched at start (or taken from
 * `first`, a {@link fetchView} the page started before React mounted, so
 * the host works while the bundle renders), re-fetched after each command,
 * and whenever model.info's revision moves while the page is visible.
 */
export function useCharter(call: Call, first?: Promise<ModelView>) {
  const [view, setView] = useState<ModelView | null>(null);
  const [error, setError] = useState<CharterError | null>(null);
  const revision = useRef<number | null>(null);
  const pollFailed = useRef(false);

  const show = useCallback((next: ModelView) => {
    revision.current = next.info.revision;
    rememberModelPath(next.info.path);
    setView(next);
  }, []);

  const refresh = useCallback(async () => show(await fetchView(call, lastChartOptions())), [call, show]);

  const firstView = useRef(first);
  const load = useCallback(async () => {
    const prefetched = firstView.current;
    firstView.current = undefined;
    try {
      if (prefetched) show(await prefetched);
      else await refresh();
    } catch (e) {
      setError(asCharterError(e));
    }
  }, [refresh, show]);

  /** Runs a command, then re-fetches; returns null (and shows why) if it failed. */
  const run = useCallback(
    async <N extends Name>(name: N, input: InputOf<N>): Promise<ResultOf<N> | null> => {
      try {
        const result = await call(name, input);
        setError(null);
        await refresh();
        return result;
      } catch (e) {
        setError(asCharterError(e));
        return null;
      }
    },
    [call, refresh],
  );

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    const check = async () => {
      if (document.visibilityState !== 'visible') return;
      try {
        const info = await call('model.info', {});
        pollFailed.current = false;
        if (info.revision !== revision.current) await refresh();
      } catch (e) {
        // Report the first failure of a streak, not one banner every few seconds.
        if (!pollFailed.current) setError(asCharterError(e));
        pollFailed.current = true;
      }
    };
    const timer = window.setInterval(() => void check(), POLL_MS);
    const onVisibility = () => void check();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [call, refresh]);

  const dismissError = useCallback(() => setError(null), []);
  const showError = useCallback((e: unknown) => setError(asCharterError(e)), []);

  return { view, error, run, dismissError, showError, reload: load };
}
