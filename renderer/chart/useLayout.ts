/**
 * The chart's layout. A chart the host sent laid out with the options in
 * use (renderer/view.ts) is shown as it came; otherwise a small chart is
 * laid out on the UI thread and a large one in a web worker, so a
 * 10,000-role model never freezes the page (a subtree collapsed, the
 * direction turned). While the worker works the previous layout stays on
 * screen; its dotted routes come after the tree.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { layoutChart, sameChartLayout, type ChartLayoutOptions } from '../../app/layout/chart';
import type { ModelLayout } from '../../app/layout/model';
import { decodeLayoutJson } from '../../app/layout/wire';
import type { ChartModel } from '../../app/views';
import { afterPaint, usePainted } from '../afterPaint';
import { type LayoutWorker, takeWorker } from './layoutWorker';

/** Above this many roles the layout runs in a worker. */
export const WORKER_MIN_ROLES = 1500;

export interface ChartLayoutState {
  layout: ModelLayout | null;
  /** The chart and options the layout belongs to. */
  chart: ChartModel | null;
  options: ChartLayoutOptions | null;
}

export function useChartLayout(chart: ChartModel, options: ChartLayoutOptions): ChartLayoutState {
  const given = useMemo(
    () =>
      chart.layout && sameChartLayout(chart.layout.options, options)
        ? {
            layout: decodeLayoutJson(
              chart.layout,
              chart.roles.map((r) => r.id),
            ),
            chart,
            options,
          }
        : null,
    [chart, options],
  );
  const large = chart.roles.length >= WORKER_MIN_ROLES;
  const [workerFailed, setWorkerFailed] = useState(false);
  const useWorker = given === null && large && !workerFailed;
  const sync = useMemo(
    () => (given !== null || useWorker ? null : { layout: layoutChart(chart, options), chart, options }),
    [given, useWorker, chart, options],
  );

  const worker = useRef<LayoutWorker | null>(null);
  const [fromWorker, setFromWorker] = useState<ChartLayoutState & { dotted: ModelLayout['dotted'] | null }>({
    layout: null,
    chart: null,
    options: null,
    dotted: null,
  });
  // A layout effect: the request leaves before the browser paints, not after.
  useLayoutEffect(() => {
    if (!useWorker) return;
    worker.current ??= takeWorker();
    const w = worker.current;
    if (w === null) {
      setWorkerFailed(true);
      return;
    }
    const job = w.start(chart, options);
    let shown: ModelLayout | null = null;
    let cancel: (() => void) | null = null;
    const hear = () => {
      if (job.failed) {
        setWorkerFailed(true);
        return;
      }
      if (job.tree && job.tree !== shown) {
        shown = job.tree;
        setFromWorker({ layout: shown, chart, options, dotted: null });
      }
      const { dotted } = job;
      const tree = shown;
      if (dotted && tree && !cancel)
        cancel = afterPaint(() => setFromWorker((old) => (old.layout === tree ? { ...old, dotted } : old)));
    };
    job.listeners.add(hear);
    return () => {
      job.listeners.delete(hear);
      cancel?.();
    };
  }, [useWorker, chart, options]);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  const withDotted = useMemo(
    () =>
      fromWorker.layout && fromWorker.dotted
        ? { ...fromWorker, layout: { ...fromWorker.layout, dotted: fromWorker.dotted } }
        : fromWorker,
    [fromWorker],
  );
  // While the worker works, the last layout shown stays (also when it came from the host).
  const shown = useRef<ChartLayoutState>(withDotted);
  const fresh = withDotted.chart === chart && withDotted.options === options;
  const current = given ?? sync ?? (fresh ? withDotted : null);
  if (current) shown.current = current;
  const state = current ?? shown.current;
  // The chart's first paint shows the tree alone; its dotted lines (React Flow edges) follow.
  const painted = usePainted(true, false);
  const tree = useMemo(
    () =>
      state.layout && state.layout.dotted.length > 0
        ? { ...state, layout: { ...state.layout, dotted: [] } }
        : state,
    [state],
  );
  return painted ? state : tree;
}
