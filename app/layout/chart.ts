/**
 * The org chart's layout: the tidy tree (the same the exports draw) with
 * the chart's box size, direction, compactness and collapsed roles. The
 * renderer lays a chart out with it (in a worker when large), and the host
 * sends a model's chart already laid out (db `model.chart` with `layout`).
 */
import type { ReportingLine } from '../model';
import { layoutModel, layoutModelTree, routeModelDotted, type ModelLayout } from './model';

/** Every role box of the chart has this size, given up front so React Flow need not measure. */
export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 128;

export interface ChartLayoutOptions {
  direction: 'down' | 'right';
  compact: boolean;
  /** Roles whose reports are hidden, sorted (two equal sets are equal arrays). */
  collapsed: readonly string[];
}

export const DEFAULT_CHART_LAYOUT: ChartLayoutOptions = { direction: 'down', compact: true, collapsed: [] };

/** What the layout reads of a chart: role ids and reporting lines. */
export interface ChartShape {
  roles: readonly { id: string }[];
  lines: ReadonlyArray<Pick<ReportingLine, 'roleId' | 'managerRoleId' | 'kind'>>;
}

/** Whether two option sets give the same layout. */
export function sameChartLayout(a: ChartLayoutOptions, b: ChartLayoutOptions): boolean {
  return (
    a.direction === b.direction &&
    a.compact === b.compact &&
    a.collapsed.length === b.collapsed.length &&
    a.collapsed.every((id, i) => id === b.collapsed[i])
  );
}

function modelOptions(options: ChartLayoutOptions) {
  const down = options.direction === 'down';
  return {
    direction: options.direction,
    compact: options.compact,
    collapsed: new Set(options.collapsed),
    siblingGap: down ? 40 : 24,
    levelGap: down ? 80 : 96,
    // Stacks managers of managers of leaves too, as an outline: a 10,000-role chart is then
    // about 96,000 px wide instead of 305,000 (tests/app/layout/chart.test.ts).
    stackDepth: 3,
    size: () => ({ width: NODE_WIDTH, height: NODE_HEIGHT }),
  };
}

function input(chart: ChartShape) {
  return { roles: chart.roles, reportingLines: chart.lines };
}

/** The chart laid out: positions, solid routes and dotted routes. */
export function layoutChart(
  chart: ChartShape,
  options: ChartLayoutOptions = DEFAULT_CHART_LAYOUT,
): ModelLayout {
  return layoutModel(input(chart), modelOptions(options));
}

/** The chart's tree and solid routes only (no dotted routes yet): what a large chart shows first. */
export function layoutChartTree(
  chart: ChartShape,
  options: ChartLayoutOptions = DEFAULT_CHART_LAYOUT,
): ModelLayout {
  return layoutModelTree(input(chart), modelOptions(options));
}

/** The dotted routes for a tree from {@link layoutChartTree} of the same chart: `layoutChart`'s in two steps. */
export function routeChartDotted(tree: ModelLayout, chart: ChartShape): ModelLayout['dotted'] {
  return routeModelDotted(tree, { reportingLines: chart.lines }).dotted;
}
