/**
 * The layout worker as the page sees it: one job at a time (a newer one
 * makes older answers stale), whose answers wait on the job until the chart
 * takes them. A spare worker starts with the page (boot.ts), so that its
 * script is loaded and compiled before a large chart first needs it.
 */
import type { ChartLayoutOptions } from '../../app/layout/chart';
import type { ModelLayout } from '../../app/layout/model';
import {
  decodeDotted,
  decodeLayout,
  encodeRequest,
  type WireLayout,
  type WireRoutes,
} from '../../app/layout/wire';
import type { ChartModel } from '../../app/views';

/** One layout asked of a worker, and its answers so far. */
export interface Job {
  chart: ChartModel;
  options: ChartLayoutOptions;
  tree: ModelLayout | null;
  dotted: ModelLayout['dotted'] | null;
  failed: boolean;
  /** Told of each answer, and of a failure. */
  listeners: Set<() => void>;
}

export class LayoutWorker {
  private seq = 0;
  private job: { seq: number; ids: readonly string[]; job: Job } | null = null;

  constructor(private readonly worker: Worker) {
    worker.addEventListener(
      'message',
      (event: MessageEvent<{ seq: number; layout?: WireLayout; dotted?: WireRoutes }>) => {
        const current = this.job;
        const { seq, layout, dotted } = event.data;
        if (!current || seq !== current.seq) return;
        const { job, ids } = current;
        if (layout) job.tree = decodeLayout(layout, ids);
        else if (dotted) job.dotted = decodeDotted(dotted, ids);
        for (const listener of job.listeners) listener();
      },
    );
    worker.addEventListener('error', () => {
      const job = this.job?.job;
      if (!job) return;
      job.failed = true;
      for (const listener of job.listeners) listener();
    });
  }

  /** Asks for a layout; answers to earlier jobs are dropped from now on. */
  start(chart: ChartModel, options: ChartLayoutOptions): Job {
    const request = encodeRequest(chart, options);
    const job: Job = { chart, options, tree: null, dotted: null, failed: false, listeners: new Set() };
    this.job = { seq: ++this.seq, ids: request.ids, job };
    this.worker.postMessage({ seq: this.seq, request }, [request.ends.buffer, request.solid.buffer]);
    return job;
  }

  terminate(): void {
    this.worker.terminate();
  }
}

function startWorker(): LayoutWorker | null {
  try {
    return new LayoutWorker(new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }));
  } catch {
    return null; // No workers here (a strict policy): lay out on the UI thread.
  }
}

let spare: LayoutWorker | null | undefined;

/** Starts the spare worker, once; boot.ts calls it while the model is being read. */
export function startSpareWorker(): void {
  if (spare === undefined && typeof Worker !== 'undefined') spare = startWorker();
}

/** The spare worker if there is one (taken: the next caller gets a new one), else a new worker; null if workers fail. */
export function takeWorker(): LayoutWorker | null {
  const taken = spare;
  spare = undefined;
  return taken ?? startWorker();
}
