/**
 * A chart's layout in arrays of numbers, with roles by their index in the
 * chart: how a layout crosses from the layout worker (typed arrays whose
 * buffers are moved, not copied) and from the host (plain arrays in JSON,
 * beside the chart they belong to). Structured-cloning a 10,000-role
 * layout's tens of thousands of small objects cost the page about 90 ms to
 * read; decoding the arrays costs a few.
 */
import type { ChartLayoutOptions, ChartShape } from './chart';
import type { Placed, Point, TreeEdge } from './index';
import type { ModelLayout } from './model';

type Numbers = ArrayLike<number>;
/** The typed arrays the worker moves. */
type Typed = Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>;

/** A layout request: role ids in chart order, lines as pairs of indices into them. */
export interface WireRequest {
  ids: string[];
  /** Per reporting line: the role's index, then the manager's (-1 when the manager is not a role). */
  ends: Int32Array;
  /** Per reporting line: 1 when solid. */
  solid: Uint8Array;
  options: ChartLayoutOptions;
}

/** Polylines between two roles. */
export interface WireRoutes<N extends Numbers = Numbers> {
  /** Per route: the index of its first end, then of its second. */
  ends: N;
  /** Where each route's points start in `points` (one more entry than routes). */
  start: N;
  /** x, y of every route's points, one route after another. */
  points: N;
}

/** A layout's tree: its scalars as they are, its nodes and solid lines in arrays. */
export interface WireLayout<N extends Numbers = Numbers> {
  rest: Omit<ModelLayout, 'nodes' | 'edges' | 'dotted'>;
  /** Per placed node: its role's index, its manager's (-1 for a root), its depth. */
  node: N;
  parent: N;
  depth: N;
  /** Per placed node: x, y, width, height, spine (0 when it has none). */
  box: N;
  /** Per placed node: 1 when stacked, plus 2 when it has a spine. */
  flags: N;
  /** The solid lines: manager, then report. */
  edges: WireRoutes<N>;
}

/** A chart's whole layout as the host sends it: the options it was made with, the tree, the dotted routes. */
export interface ChartLayoutJson {
  options: ChartLayoutOptions;
  tree: WireLayout<number[]>;
  dotted: WireRoutes<number[]>;
}

/** Stands for a manager that is not among the roles: no role has this id. */
const ABSENT = '\u0000absent';

function indexOf(ids: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) if (!index.has(ids[i] as string)) index.set(ids[i] as string, i);
  return index;
}

/** The request for `chart`'s layout. */
export function encodeRequest(chart: ChartShape, options: ChartLayoutOptions): WireRequest {
  const ids = chart.roles.map((r) => r.id);
  const index = indexOf(ids);
  const ends = new Int32Array(chart.lines.length * 2);
  const solid = new Uint8Array(chart.lines.length);
  chart.lines.forEach((line, i) => {
    ends[2 * i] = index.get(line.roleId) ?? -1;
    ends[2 * i + 1] = index.get(line.managerRoleId) ?? -1;
    solid[i] = line.kind === 'solid' ? 1 : 0;
  });
  return { ids, ends, solid, options };
}

/** The chart shape a request describes (lines from roles that are not there are left out). */
export function decodeRequest(request: WireRequest): ChartShape {
  const { ids, ends, solid } = request;
  const lines: ChartShape['lines'][number][] = [];
  for (let i = 0; i < solid.length; i++) {
    const role = ends[2 * i] as number;
    const manager = ends[2 * i + 1] as number;
    if (role < 0) continue;
    lines.push({
      roleId: ids[role] as string,
      managerRoleId: manager < 0 ? ABSENT : (ids[manager] as string),
      kind: solid[i] === 1 ? 'solid' : 'dotted',
    });
  }
  return { roles: ids.map((id) => ({ id })), lines };
}

/** The layout's tree (its dotted routes left out) in typed arrays, and their buffers to transfer. */
export function encodeLayout(
  layout: ModelLayout,
  ids: readonly string[],
): { wire: WireLayout<Typed>; transfer: ArrayBuffer[] } {
  const { nodes, edges, dotted: _dotted, ...rest } = layout;
  const index = indexOf(ids);
  const n = nodes.length;
  const node = new Int32Array(n);
  const parent = new Int32Array(n);
  const depth = new Int32Array(n);
  const box = new Float64Array(n * 5);
  const flags = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = nodes[i] as Placed;
    node[i] = index.get(p.id) ?? -1;
    parent[i] = p.parentId === undefined ? -1 : (index.get(p.parentId) ?? -1);
    depth[i] = p.depth;
    box[i * 5] = p.x;
    box[i * 5 + 1] = p.y;
    box[i * 5 + 2] = p.width;
    box[i * 5 + 3] = p.height;
    box[i * 5 + 4] = p.spine ?? 0;
    flags[i] = (p.stacked ? 1 : 0) | (p.spine === undefined ? 0 : 2);
  }
  const solid = encodeRoutes(
    edges,
    index,
    (e) => e.from,
    (e) => e.to,
  );
  const wire = { rest, node, parent, depth, box, flags, edges: solid };
  return { wire, transfer: [node, parent, depth, box, flags].map((a) => a.buffer).concat(buffersOf(solid)) };
}

/** The dotted routes in typed arrays, and their buffers to transfer. */
export function encodeDotted(
  dotted: ModelLayout['dotted'],
  ids: readonly string[],
): { wire: WireRoutes<Typed>; transfer: ArrayBuffer[] } {
  const wire = encodeRoutes(
    dotted,
    indexOf(ids),
    (d) => d.roleId,
    (d) => d.managerRoleId,
  );
  return { wire, transfer: buffersOf(wire) };
}

/** A whole layout as the host sends it, in plain arrays for JSON. */
export function layoutJson(
  layout: ModelLayout,
  ids: readonly string[],
  options: ChartLayoutOptions,
): ChartLayoutJson {
  const plain = (a: Numbers) => Array.from(a);
  const routes = (r: WireRoutes) => ({ ends: plain(r.ends), start: plain(r.start), points: plain(r.points) });
  const { wire } = encodeLayout(layout, ids);
  const tree = {
    rest: wire.rest,
    node: plain(wire.node),
    parent: plain(wire.parent),
    depth: plain(wire.depth),
    box: plain(wire.box),
    flags: plain(wire.flags),
    edges: routes(wire.edges),
  };
  return { options, tree, dotted: routes(encodeDotted(layout.dotted, ids).wire) };
}

/** The layout an {@link encodeLayout} answer describes (with no dotted routes), for roles `ids` (the request's). */
export function decodeLayout(wire: WireLayout, ids: readonly string[]): ModelLayout {
  const { node, parent, depth, box, flags } = wire;
  const nodes: Placed[] = [];
  for (let i = 0; i < node.length; i++) {
    const p: Placed = {
      id: ids[node[i] as number] as string,
      x: box[i * 5] as number,
      y: box[i * 5 + 1] as number,
      width: box[i * 5 + 2] as number,
      height: box[i * 5 + 3] as number,
      depth: depth[i] as number,
    };
    const manager = parent[i] as number;
    if (manager >= 0) p.parentId = ids[manager] as string;
    const flag = flags[i] as number;
    if (flag & 1) p.stacked = true;
    if (flag & 2) p.spine = box[i * 5 + 4] as number;
    nodes.push(p);
  }
  const edges = decodeRoutes<TreeEdge>(wire.edges, ids, (from, to, points) => ({ from, to, points }));
  return { ...wire.rest, nodes, edges, dotted: [] };
}

/** The dotted routes an {@link encodeDotted} answer describes. */
export function decodeDotted(wire: WireRoutes, ids: readonly string[]): ModelLayout['dotted'] {
  return decodeRoutes(wire, ids, (roleId, managerRoleId, points) => ({ roleId, managerRoleId, points }));
}

/** The whole layout a {@link layoutJson} answer describes. */
export function decodeLayoutJson(json: ChartLayoutJson, ids: readonly string[]): ModelLayout {
  return { ...decodeLayout(json.tree, ids), dotted: decodeDotted(json.dotted, ids) };
}

function buffersOf(routes: WireRoutes<Typed>): ArrayBuffer[] {
  return [routes.ends.buffer, routes.start.buffer, routes.points.buffer];
}

function encodeRoutes<T extends { points: readonly Point[] }>(
  routes: readonly T[],
  index: ReadonlyMap<string, number>,
  first: (route: T) => string,
  second: (route: T) => string,
): WireRoutes<Typed> {
  const ends = new Int32Array(routes.length * 2);
  const start = new Int32Array(routes.length + 1);
  let count = 0;
  for (const r of routes) count += r.points.length;
  const points = new Float64Array(count * 2);
  let k = 0;
  for (let i = 0; i < routes.length; i++) {
    const r = routes[i] as T;
    ends[2 * i] = index.get(first(r)) ?? -1;
    ends[2 * i + 1] = index.get(second(r)) ?? -1;
    start[i] = k;
    for (const pt of r.points) {
      points[2 * k] = pt.x;
      points[2 * k + 1] = pt.y;
      k++;
    }
  }
  start[routes.length] = k;
  return { ends, start, points };
}

function decodeRoutes<T>(
  wire: WireRoutes,
  ids: readonly string[],
  make: (first: string, second: string, points: Point[]) => T,
): T[] {
  const { ends, start, points } = wire;
  const routes: T[] = [];
  for (let i = 0; i + 1 < start.length; i++) {
    const route: Point[] = [];
    for (let k = start[i] as number; k < (start[i + 1] as number); k++)
      route.push({ x: points[2 * k] as number, y: points[2 * k + 1] as number });
    routes.push(make(ids[ends[2 * i] as number] as string, ids[ends[2 * i + 1] as number] as string, route));
  }
  return routes;
}
