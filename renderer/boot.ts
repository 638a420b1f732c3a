/**
 * The page's first work: choose the transport and ask the host for the
 * model. main.tsx imports this module first and it needs only small ones,
 * so the request leaves before React, React Flow and the rest of the bundle
 * are evaluated, and the host reads the model meanwhile. The layout worker
 * starts here too, for the layouts that follow the first (the host sends
 * the first one with the chart).
 */
import { startSpareWorker } from './chart/layoutWorker';
import { lastChartOptions } from './chart/stored';
import { call, startTransport } from './transport';
import { fetchView } from './view';

startTransport();
startSpareWorker();
export const firstView = fetchView(call, lastChartOptions());
firstView.catch(() => {}); // useCharter reports the failure once it awaits the promise.
