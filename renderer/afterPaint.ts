/**
 * Work that waits until the browser has painted: what the page shows after
 * a large chart's roles (the overview, the dotted routes, the status bar's
 * counts) does not delay them.
 */
import { useEffect, useState } from 'react';

/** Runs `run` after the next paint; returns a function that cancels it. */
export function afterPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** `value` once the page has painted with it rendered elsewhere; `initial` until then. */
export function usePainted<T>(value: T, initial: T): T {
  const [shown, setShown] = useState(initial);
  useEffect(() => afterPaint(() => setShown(() => value)), [value]);
  return shown;
}
