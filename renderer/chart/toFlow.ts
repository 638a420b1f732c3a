/**
 * From the chart model to React Flow nodes and edges: pure functions, so
 * they are tested without a browser. Positions and the lines' routes come
 * from the app's layout (the same one the exports draw); dotted lines are
 * routed around the tree and never change it.
 */
import type { Edge, Node } from '@xyflow/react';
import { Position } from '@xyflow/react';
import type { ModelLayout, Point, TreeEdge } from '../../app/layout';
import type { ChartModel, ChartRole } from '../../app/views';
import { chartHues, type FunctionHues, functionHues } from './functionColour';
import { layoutChart, NODE_HEIGHT, NODE_WIDTH } from '../../app/layout/chart';

export { layoutChart, NODE_HEIGHT, NODE_WIDTH };

/** The handles' own size, as the stylesheet draws them. */
const HANDLE_SIZE = 8;

export type RoleNodeData = {
  role: ChartRole;
  /** Hue of the role's function, or null when it has none. */
  hue: number | null;
  /** Direct reports by solid line. */
  reports: number;
  /** Whether its reports are hidden (collapsed). */
  collapsed: boolean;
  direction: 'down' | 'right';
};
export type RoleFlowNode = Node<RoleNodeData, 'role'>;

export type ReportingEdgeData = {
  /** The route in flow coordinates, manager end first. */
  points: Point[];
  dotted?: boolean;
};
export type ReportingEdge = Edge<ReportingEdgeData, 'solid' | 'dotted'>;

export interface Flow {
  nodes: RoleFlowNode[];
  /** React Flow's edges: the dotted lines (few). */
  edges: ReportingEdge[];
  /**
   * The solid lines, as the layout routed them: one per role under a
   * manager, so thousands. They are drawn by TreeLines, not React Flow,
   * and never become edge objects.
   */
  lines: readonly TreeEdge[];
}

/** How a role is named in labels: its short name, else its title. */
export function roleLabel(role: Pick<ChartRole, 'title' | 'shortName'>): string {
  return role.shortName !== '' ? role.shortName : role.title;
}

/** What a screen reader hears for a node. */
export function roleAriaLabel(role: ChartRole): string {
  const names = role.holders.map((h) => (h.acting ? `${h.name} (acting)` : h.name));
  const held = names.length > 0 ? `held by ${names.join(', ')}` : 'vacant';
  const short = role.shortName !== '' ? ` (${role.shortName})` : '';
  return `${role.title}${short}, ${held}`;
}

export interface NodeExtras {
  reports: number;
  collapsed: boolean;
  direction: 'down' | 'right';
}

/** A node's two handles, the same for every node of a direction: one array shared by all. */
function nodeHandles(direction: 'down' | 'right'): NonNullable<RoleFlowNode['handles']> {
  const down = direction === 'down';
  const handle = (type: 'source' | 'target') => {
    const end = type === 'source';
    return {
      type,
      position: down ? (end ? Position.Bottom : Position.Top) : end ? Position.Right : Position.Left,
      x: down ? NODE_WIDTH / 2 - HANDLE_SIZE / 2 : (end ? NODE_WIDTH : 0) - HANDLE_SIZE / 2,
      y: down ? (end ? NODE_HEIGHT : 0) - HANDLE_SIZE / 2 : NODE_HEIGHT / 2 - HANDLE_SIZE / 2,
      width: HANDLE_SIZE,
      height: HANDLE_SIZE,
    };
  };
  return [handle('target'), handle('source')];
}
const HANDLES = { down: nodeHandles('down'), right: nodeHandles('right') };

export function roleNode(
  role: ChartRole,
  position: { x: number; y: number },
  extras: NodeExtras = { reports: 0, collapsed: false, direction: 'down' },
  hues: FunctionHues = functionHues([role.function]),
): RoleFlowNode {
  return {
    id: role.id,
    type: 'role',
    position,
    data: { role, hue: hues(role.function), ...extras },
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    // Declared as measured too: nodes off screen are never mounted
    // (onlyRenderVisibleElements), and fitView waits for measured nodes.
    measured: { width: NODE_WIDTH, height: NODE_HEIGHT },
    ariaLabel: roleAriaLabel(role),
    connectable: false,
    handles: HANDLES[extras.direction],
  };
}

/**
 * One edge per laid-out reporting line, from manager to report, along the
 * layout's route. Dotted edges sit above solid ones, as an overlay.
 */
export function chartEdges(chart: ChartModel, layout: ModelLayout = layoutChart(chart)): ReportingEdge[] {
  const byId = new Map(chart.roles.map((r) => [r.id, r]));
  const edges: ReportingEdge[] = [];
  const add = (kind: 'solid' | 'dotted', roleId: string, managerRoleId: string, points: Point[]) => {
    const role = byId.get(roleId);
    const manager = byId.get(managerRoleId);
    if (!role || !manager || points.length < 2) return;
    const solid = kind === 'solid';
    edges.push({
      id: `${kind}:${managerRoleId}->${roleId}`,
      source: managerRoleId,
      target: roleId,
      type: kind,
      data: solid ? { points } : { points, dotted: true },
      className: solid ? 'edge-solid' : 'edge-dotted',
      zIndex: solid ? 0 : 1,
      selectable: false,
      focusable: false,
      ariaLabel: solid
        ? `${roleLabel(role)} reports to ${roleLabel(manager)}`
        : `${roleLabel(role)} has a dotted line to ${roleLabel(manager)}`,
    });
  };
  for (const e of layout.edges) add('solid', e.to, e.from, e.points);
  for (const d of layout.dotted) add('dotted', d.roleId, d.managerRoleId, [...d.points].reverse());
  return edges;
}

/** An SVG path through `points` with corners rounded by up to `radius`. */
export function polylinePath(points: readonly Point[], radius = 8): string {
  const first = points[0];
  if (!first) return '';
  let d = `M ${first.x} ${first.y}`;
  for (let i = 1; i < points.length; i++) {
    const at = points[i] as Point;
    const next = points[i + 1];
    if (!next) {
      d += ` L ${at.x} ${at.y}`;
      break;
    }
    const before = points[i - 1] as Point;
    const r = Math.min(
      radius,
      Math.hypot(at.x - before.x, at.y - before.y) / 2,
      Math.hypot(next.x - at.x, next.y - at.y) / 2,
    );
    const inX = at.x - Math.sign(at.x - before.x) * r;
    const inY = at.y - Math.sign(at.y - before.y) * r;
    const outX = at.x + Math.sign(next.x - at.x) * r;
    const outY = at.y + Math.sign(next.y - at.y) * r;
    d += ` L ${inX} ${inY} Q ${at.x} ${at.y} ${outX} ${outY}`;
  }
  return d;
}

/**
 * A derivation that remembers its last output: a role whose data and
 * position did not change keeps the very same node object, so React Flow
 * and the memoized node component skip it.
 */
export function createFlowDeriver(): (
  chart: ChartModel,
  layout?: ModelLayout,
  collapsed?: ReadonlySet<string>,
) => Flow {
  let previous = new Map<string, RoleFlowNode>();
  let previousNodes: RoleFlowNode[] = [];
  let previousEdges = new Map<string, ReportingEdge>();
  return (chart, layout = layoutChart(chart), collapsed = new Set()) => {
    const reports = new Map<string, number>();
    for (const l of chart.lines)
      if (l.kind === 'solid') reports.set(l.managerRoleId, (reports.get(l.managerRoleId) ?? 0) + 1);
    const direction = layout.direction;
    const positions = new Map(layout.nodes.map((p) => [p.id, { x: p.x, y: p.y }]));
    const next = new Map<string, RoleFlowNode>();
    const nodes: RoleFlowNode[] = [];
    const hues = chartHues(chart);
    for (const role of chart.roles) {
      const position = positions.get(role.id);
      if (!position) continue;
      const extras = { reports: reports.get(role.id) ?? 0, collapsed: collapsed.has(role.id), direction };
      const old = previous.get(role.id);
      // Roles are compared as text only when they are new objects (the chart was read again):
      // the first derivation of a 10,000-role chart writes no text at all.
      const same =
        old !== undefined &&
        old.position.x === position.x &&
        old.position.y === position.y &&
        old.data.reports === extras.reports &&
        old.data.collapsed === extras.collapsed &&
        old.data.direction === direction &&
        old.data.hue === hues(role.function) &&
        (old.data.role === role || JSON.stringify(old.data.role) === JSON.stringify(role));
      const node = same ? old : roleNode(role, position, extras, hues);
      next.set(role.id, node);
      nodes.push(node);
    }
    // An edge's id names its kind and both ends; its label and route may change.
    const edges = chartEdges(chart, { ...layout, edges: [] }).map((e) => {
      const old = previousEdges.get(e.id);
      const same =
        old &&
        old.ariaLabel === e.ariaLabel &&
        JSON.stringify(old.data?.points) === JSON.stringify(e.data?.points);
      return same ? old : e;
    });
    previous = next;
    previousEdges = new Map(edges.map((e) => [e.id, e]));
    // The very same array when no node changed (only dotted routes did): React Flow walks a new one whole.
    const same = nodes.length === previousNodes.length && nodes.every((n, i) => n === previousNodes[i]);
    previousNodes = same ? previousNodes : nodes;
    return { nodes: previousNodes, edges, lines: layout.edges };
  };
}

/** How the chart marks nodes: selected, on the selection's chain to the root, under a drag. */
export interface Marks {
  selected: ReadonlySet<string>;
  chain: ReadonlySet<string>;
  dropTarget: string | null;
}

function nodeClass(id: string, marks: Marks): string | undefined {
  const names: string[] = [];
  if (marks.chain.has(id) && !marks.selected.has(id)) names.push('in-chain');
  if (marks.dropTarget === id) names.push('drop-target');
  return names.length > 0 ? names.join(' ') : undefined;
}

/** Marks nodes, keeping every unmarked, unchanged node object as it was. */
export function withMarks(nodes: RoleFlowNode[], marks: Marks): RoleFlowNode[] {
  let changed = false;
  const next = nodes.map((n) => {
    const selected = marks.selected.has(n.id);
    const className = nodeClass(n.id, marks);
    if ((n.selected ?? false) === selected && n.className === className) return n;
    changed = true;
    return { ...n, selected, className };
  });
  // The same array when nothing changed: React Flow walks every node of a new one.
  return changed ? next : nodes;
}

/**
 * The nodes during a drag: the dragged ones where the pointer has them and the
 * drop target marked. Every other node keeps its object, and the nodes are
 * found through `indexOf` (id to position in `nodes`), so a mouse move touches
 * the few nodes it changes, not all of a 10,000-role chart. `nodes` carry the
 * other marks already; `marks` are all of them, for the drop target's class.
 */
export function withDrag(
  nodes: RoleFlowNode[],
  indexOf: ReadonlyMap<string, number>,
  marks: Marks,
  moved: ReadonlyMap<string, { x: number; y: number }>,
): RoleFlowNode[] {
  if (marks.dropTarget === null && moved.size === 0) return nodes;
  const next = nodes.slice();
  const target = marks.dropTarget === null ? undefined : indexOf.get(marks.dropTarget);
  const targetNode = target === undefined ? undefined : next[target];
  if (target !== undefined && targetNode)
    next[target] = { ...targetNode, className: nodeClass(targetNode.id, marks) };
  for (const [id, position] of moved) {
    const i = indexOf.get(id);
    const node = i === undefined ? undefined : next[i];
    if (i !== undefined && node) next[i] = { ...node, position, dragging: true };
  }
  return next;
}

/** The selected node alone marked (no chain). */
export function withSelection(nodes: RoleFlowNode[], selectedId: string | null): RoleFlowNode[] {
  return withMarks(nodes, {
    selected: new Set(selectedId === null ? [] : [selectedId]),
    chain: new Set(),
    dropTarget: null,
  });
}

/** Solid lines along the chain drawn emphasised. */
export function withChainEdges(edges: ReportingEdge[], chain: ReadonlySet<string>): ReportingEdge[] {
  return edges.map((e) => {
    const on = e.type === 'solid' && chain.has(e.source) && chain.has(e.target);
    const className = on ? 'edge-solid edge-chain' : e.type === 'solid' ? 'edge-solid' : 'edge-dotted';
    return e.className === className ? e : { ...e, className, zIndex: on ? 2 : e.zIndex };
  });
}

/**
 * Which nodes the first view should fit: all of them when that leaves the
 * chart legible (zoom at least `minZoom` in a `width` x `height` pane),
 * else the top two levels, so a large organization opens at its head.
 */
export function initialFocus(
  nodes: readonly RoleFlowNode[],
  width: number,
  height: number,
  minZoom: number,
): RoleFlowNode[] {
  if (nodes.length === 0) return [];
  const box = nodesBounds(nodes);
  const zoom = Math.min(width / box.width, height / box.height);
  if (zoom >= minZoom) return [...nodes];
  // The top row and the row below it; fitView centres on them at minZoom if they are wide.
  const reach = box.y + NODE_HEIGHT * 2.5;
  return nodes.filter((n) => n.position.y < reach);
}

/** The box around `nodes` (all of the chart's size), in flow coordinates. */
export function nodesBounds(nodes: readonly RoleFlowNode[]): {
  x: number;
  y: number;
  width: number;
  height: number;
} {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
    maxX = Math.max(maxX, n.position.x + NODE_WIDTH);
    maxY = Math.max(maxY, n.position.y + NODE_HEIGHT);
  }
  if (nodes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * How far the chart moved under the view between two layouts, in flow
 * units: the move of the selected role when it is in both, else of the role
 * in both nearest to `centre` (the view's centre, in the old layout). Null
 * when no role is in both or nothing moved.
 */
export function viewShift(
  before: readonly RoleFlowNode[],
  after: readonly RoleFlowNode[],
  selectedId: string | null,
  centre: { x: number; y: number },
): { x: number; y: number } | null {
  const now = new Map(after.map((n) => [n.id, n.position]));
  let anchor = selectedId === null ? undefined : before.find((n) => n.id === selectedId && now.has(n.id));
  if (!anchor) {
    let best = Infinity;
    for (const n of before) {
      if (!now.has(n.id)) continue;
      const d = Math.hypot(
        n.position.x + NODE_WIDTH / 2 - centre.x,
        n.position.y + NODE_HEIGHT / 2 - centre.y,
      );
      if (d < best) {
        best = d;
        anchor = n;
      }
    }
  }
  const moved = anchor && now.get(anchor.id);
  if (!anchor || !moved) return null;
  const shift = { x: moved.x - anchor.position.x, y: moved.y - anchor.position.y };
  return shift.x === 0 && shift.y === 0 ? null : shift;
}

/** The functions present in a chart, by name, for the legend. */
export function chartFunctions(chart: ChartModel): { name: string; hue: number | null }[] {
  const names = new Set<string>();
  for (const r of chart.roles) if (r.function.trim() !== '') names.add(r.function.trim());
  const hues = chartHues(chart);
  return [...names].sort((a, b) => a.localeCompare(b)).map((name) => ({ name, hue: hues(name) }));
}
