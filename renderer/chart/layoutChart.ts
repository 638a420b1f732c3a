/**
 * The chart's layout: the app's tidy tree (the same the exports draw) with
 * the chart's box size, direction, compactness and collapsed roles.
 */
import { layoutModel, layoutModelTree, routeModelDotted, type ModelLayout } from '../../app/layout';
import type { ChartModel } from '../../app/views';

/** Every role node has this size, given up front so React Flow need not measure. */
export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 128;

export interface ChartLayoutOptions {
  direction: 'down' | 'right';
  compact: boolean;
  collapsed: readonly string[];
}

export const DEFAULT_CHART_LAYOUT: ChartLayoutOptions = { direction: 'down', compact: true, collapsed: [] };

/** What the layout reads of a chart: role ids and reporting lines. */
export interface ChartShape {
  roles: readonly { id: string }[];
  lines: ChartModel['lines'];
}

export interface ChartLayoutRequest {
  chart: ChartShape;
  options: ChartLayoutOptions;
}

function modelOptions(options: ChartLayoutOptions) {
  const down = options.direction === 'down';
  return {
    direction: options.direction,
    compact: options.compact,
    collapsed: new Set(options.collapsed),
    siblingGap: down ? 40 : 24,
    levelGap: down ? 80 : 96,
    size: () => ({ width: NODE_WIDTH, height: NODE_HEIGHT }),
  };
}

/** The chart laid out: positions, solid routes and dotted routes. */
export function layoutChart(
  chart: ChartShape,
  options: ChartLayoutOptions = DEFAULT_CHART_LAYOUT,
): ModelLayout {
  return layoutModel({ roles: chart.roles, reportingLines: chart.lines }, modelOptions(options));
}

/** The chart's tree and solid routes only (no dotted routes yet): what a large chart shows first. */
export function layoutChartTree(
  chart: ChartShape,
  options: ChartLayoutOptions = DEFAULT_CHART_LAYOUT,
): ModelLayout {
  return layoutModelTree({ roles: chart.roles, reportingLines: chart.lines }, modelOptions(options));
}

/** The dotted routes for a tree from {@link layoutChartTree} of the same chart: `layoutChart`'s in two steps. */
export function routeChartDotted(tree: ModelLayout, chart: ChartShape): ModelLayout['dotted'] {
  return routeModelDotted(tree, { reportingLines: chart.lines }).dotted;
}
