/**
 * Lays out a large chart off the UI thread: receives the roles and lines
 * with the options, answers with the layout (plain data, structured-clone
 * safe) tagged with the request's number.
 */
import { layoutChart, type ChartLayoutRequest } from './layoutChart';

self.onmessage = (event: MessageEvent<{ seq: number; request: ChartLayoutRequest }>) => {
  const { seq, request } = event.data;
  const layout = layoutChart(request.chart, request.options);
  self.postMessage({ seq, layout });
};
