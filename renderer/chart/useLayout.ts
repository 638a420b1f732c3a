/**
 * The chart's layout, computed on the UI thread for small charts and in a
 * web worker for large ones, so a 10,000-role model never freezes the page.
 * While the worker works the previous layout stays on screen.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ModelLayout } from '../../app/layout';
import type { ChartModel } from '../../app/views';
import { layoutChart, type ChartLayoutOptions } from './layoutChart';

/** Above this many roles the layout runs in a worker. */
export const WORKER_MIN_ROLES = 1500;

export interface ChartLayoutState {
  layout: ModelLayout | null;
  /** The chart and options the layout belongs to. */
  chart: ChartModel | null;
  options: ChartLayoutOptions | null;
}

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null; // No workers here (a strict policy): lay out on the UI thread.
  }
}

/**
 * A worker started when the app starts, so that its script is loaded and
 * compiled while the model is read: a large chart's first layout then
 * waits for no worker start-up. Taken by the first chart that needs one.
 */
let spare: Worker | null | undefined =
  typeof Worker === 'undefined' || typeof window === 'undefined' ? undefined : startWorker();
// A spare that fails to load before it is taken is dropped: the chart starts its own and hears why.
spare?.addEventListener('error', () => {
  spare?.terminate();
  spare = undefined;
});

function takeWorker(): Worker | null {
  const taken = spare;
  spare = undefined;
  return taken ?? startWorker();
}

export function useChartLayout(chart: ChartModel, options: ChartLayoutOptions): ChartLayoutState {
  const large = chart.roles.length >= WORKER_MIN_ROLES;
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);
  const [fromWorker, setFromWorker] = useState<ChartLayoutState>({
    layout: null,
    chart: null,
    options: null,
  });
  const [workerFailed, setWorkerFailed] = useState(false);

  const sync = useMemo(
    () => (large && !workerFailed ? null : { layout: layoutChart(chart, options), chart, options }),
    [large, workerFailed, chart, options],
  );

  // A layout effect: the request leaves before the browser paints the empty chart, not after.
  useLayoutEffect(() => {
    if (!large || workerFailed) return;
    worker.current ??= takeWorker();
    const w = worker.current;
    if (w === null) {
      setWorkerFailed(true);
      return;
    }
    const mine = ++seq.current;
    // The tree comes first, then its dotted routes (layout.worker.ts).
    const onMessage = (
      event: MessageEvent<{ seq: number; layout?: ModelLayout; dotted?: ModelLayout['dotted'] }>,
    ) => {
      const { seq: answer, layout, dotted } = event.data;
      if (answer !== mine) return;
      if (layout) setFromWorker({ layout, chart, options });
      else if (dotted)
        setFromWorker((old) =>
          old.layout && old.chart === chart && old.options === options
            ? { ...old, layout: { ...old.layout, dotted } }
            : old,
        );
    };
    const onError = () => setWorkerFailed(true);
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    // Ids only: copying 10,000 whole roles (holders, titles) to the worker cost the first render.
    const roles = chart.roles.map((r) => ({ id: r.id }));
    w.postMessage({ seq: mine, request: { chart: { roles, lines: chart.lines }, options } });
    return () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
  }, [large, workerFailed, chart, options]);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  return sync ?? fromWorker;
}
