/**
 * Lays out a large chart off the UI thread: receives the roles and lines
 * with the options (app/layout/wire.ts), answers with the layout tagged
 * with the request's number.
 */
import { layoutChartTree, routeChartDotted } from '../../app/layout/chart';
import { decodeRequest, encodeDotted, encodeLayout, type WireRequest } from '../../app/layout/wire';

/**
 * Two answers per request: the tree first (positions and solid lines), so
 * the chart shows without waiting for the dotted routes, then the dotted
 * routes. Both are typed arrays moved to the page, not copied.
 */
self.onmessage = (event: MessageEvent<{ seq: number; request: WireRequest }>) => {
  const { seq, request } = event.data;
  const chart = decodeRequest(request);
  const tree = layoutChartTree(chart, request.options);
  const layout = encodeLayout(tree, request.ids);
  self.postMessage({ seq, layout: layout.wire }, { transfer: layout.transfer });
  const dotted = encodeDotted(routeChartDotted(tree, chart), request.ids);
  self.postMessage({ seq, dotted: dotted.wire }, { transfer: dotted.transfer });
};
