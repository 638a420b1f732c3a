/**
 * Lays out a large chart off the UI thread: receives the roles and lines
 * with the options, answers with the layout (plain data, structured-clone
 * safe) tagged with the request's number.
 */
import { layoutChartTree, routeChartDotted, type ChartLayoutRequest } from './layoutChart';

/**
 * Two answers per request: the tree first (positions and solid lines), so
 * the chart shows without waiting for the dotted routes, then the dotted
 * routes alone.
 */
self.onmessage = (event: MessageEvent<{ seq: number; request: ChartLayoutRequest }>) => {
  const { seq, request } = event.data;
  const tree = layoutChartTree(request.chart, request.options);
  self.postMessage({ seq, layout: tree });
  self.postMessage({ seq, dotted: routeChartDotted(tree, request.chart) });
};
