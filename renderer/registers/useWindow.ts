/**
 * Windowing for long lists: only the rows inside the scrolled viewport
 * (plus a few either side) are mounted, so 10,000 rows cost what 40 do.
 * Rows have one fixed height; the list's full height is a spacer.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface RowWindow {
  /** First row to mount. */
  start: number;
  /** One past the last row to mount. */
  end: number;
}

/** The rows to mount for a viewport: pure, so it is tested on its own. */
export function windowRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 6,
): RowWindow {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(count - 1, first - overscan));
  const end = Math.min(count, first + visible + overscan);
  return { start, end: Math.max(start, end) };
}

/**
 * Follows one scroll container: returns a ref for it and the window of rows
 * to mount. `headerHeight` is the sticky header inside the container.
 */
export function useWindow(count: number, rowHeight: number, headerHeight = 0) {
  const [viewport, setViewport] = useState({ top: 0, height: 600 });
  const element = useRef<HTMLDivElement | null>(null);
  const frame = useRef(0);

  const measure = useCallback(() => {
    const el = element.current;
    if (!el) return;
    setViewport((v) =>
      v.top === el.scrollTop && v.height === el.clientHeight
        ? v
        : { top: el.scrollTop, height: el.clientHeight },
    );
  }, []);

  const onScroll = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(measure);
  }, [measure]);

  const ref = useCallback(
    (el: HTMLDivElement | null) => {
      element.current = el;
      if (el) measure();
    },
    [measure],
  );

  useEffect(() => {
    const el = element.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
    };
  }, [measure]);

  /** Scrolls the container and mounts the rows there now, not a frame later. */
  const scrollTo = useCallback(
    (top: number) => {
      const el = element.current;
      if (!el) return;
      el.scrollTop = top;
      measure();
    },
    [measure],
  );

  const range = windowRange(viewport.top - headerHeight, viewport.height, rowHeight, count);
  return { ref, onScroll, ...range, element, scrollTo };
}
