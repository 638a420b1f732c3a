import './chart.css';
import {
  Controls,
  getViewportForBounds,
  Panel,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
  type ReactFlowInstance,
  type ReactFlowState,
} from '@xyflow/react';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { ChartModel } from '../../app/views';
import { isTextEntry } from '../shell/shortcuts';
import { ChartActionsContext, type ChartActions } from './actions';
import { ChartMinimap } from './ChartMinimap';
import { ChartToolbar } from './ChartToolbar';
import { FAR_ZOOM, FarChart } from './FarChart';
import { chainToRoot, chartTree, stepForKey, stepFrom, type Tree } from './graph';
import { Legend } from './Legend';
import { chartOptions, COMPACT, DIRECTION, OVERVIEW, useChoice, useCollapsed } from './prefs';
import { RoleNode } from './RoleNode';
import { RouteEdge } from './RouteEdge';
import { TreeLines } from './TreeLines';
import {
  chartFunctions,
  createFlowDeriver,
  NODE_HEIGHT,
  NODE_WIDTH,
  initialFocus,
  nodesBounds,
  withDrag,
  withMarks,
  type ReportingEdge,
  type RoleFlowNode,
  viewShift,
} from './toFlow';
import { useChartLayout } from './useLayout';

// Module level: React Flow re-mounts every node if these objects change.
const nodeTypes = { role: RoleNode } satisfies NodeTypes;
const edgeTypes = { solid: RouteEdge, dotted: RouteEdge } satisfies EdgeTypes;
const fitViewOptions = { padding: 0.15, maxZoom: 1 };
/** Below this zoom role text is unreadable: a large chart opens at its head instead. */
const LEGIBLE_ZOOM = 0.4;
const proOptions = { hideAttribution: true };
const NO_NODES: RoleFlowNode[] = [];
const NO_EDGES: ReportingEdge[] = [];
const isFar = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;
const multiKeys = ['Shift', 'Control', 'Meta'];
const ariaLabels = {
  'controls.ariaLabel': 'Zoom controls',
  'minimap.ariaLabel': 'Overview of the whole chart',
  'node.a11yDescription.default':
    'Press Enter or Space to select this role. Arrow keys move to its manager, reports and peers; minus and plus hide and show its reports.',
};

export interface OrgChartProps {
  chart: ChartModel;
  /** The model's path: collapsed subtrees are remembered per model. */
  modelPath: string;
  readOnly: boolean;
  colorMode: 'light' | 'dark';
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Re-parents a role (role.move); resolves false when the model refused. */
  onMove: (id: string, managerRoleId: string) => Promise<boolean>;
}

/** The org chart: roles laid out as a tidy tree, solid lines and a dotted overlay. */
export function OrgChart(props: OrgChartProps) {
  const { chart, selectedId, onSelect, onMove, readOnly } = props;
  const [direction, setDirection] = useChoice(DIRECTION);
  const [compact, setCompact] = useChoice(COMPACT);
  const [overview, setOverview] = useChoice(OVERVIEW);
  const [collapsed, toggleCollapsed] = useCollapsed(props.modelPath);
  const options = useMemo(() => chartOptions(direction, compact, collapsed), [direction, compact, collapsed]);
  const laid = useChartLayout(chart, options);
  const derive = useMemo(() => createFlowDeriver(), []);
  const flow = useMemo(
    () =>
      laid.layout && laid.chart
        ? derive(laid.chart, laid.layout, new Set(laid.options?.collapsed))
        : { nodes: [], edges: [], lines: [] },
    [derive, laid],
  );
  // Worked out when first needed (a selection, a key): not in the way of a large chart's first render.
  const treeOf = useMemo(() => {
    let tree: Tree | null = null;
    return () => (tree ??= chartTree(chart));
  }, [chart]);
  const functions = useMemo(() => chartFunctions(chart), [chart]);

  // Selection: the primary role (shown in the inspector) plus any added with Shift/Ctrl or a box.
  const [extra, setExtra] = useState<ReadonlySet<string>>(new Set());
  const selected = useMemo(() => {
    const all = new Set(extra);
    if (selectedId !== null) all.add(selectedId);
    return all;
  }, [extra, selectedId]);
  const chain = useMemo(
    () => new Set(selectedId === null ? [] : chainToRoot(treeOf(), selectedId)),
    [treeOf, selectedId],
  );
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const [dragged, setDragged] = useState<ReadonlyMap<string, { x: number; y: number }>>(new Map());

  // A drag re-renders only what it moves: the other marks are not recomputed per mouse move.
  const marked = useMemo(
    () => withMarks(flow.nodes, { selected, chain, dropTarget: null }),
    [flow.nodes, selected, chain],
  );
  const indexOf = useMemo(() => new Map(flow.nodes.map((n, i) => [n.id, i])), [flow.nodes]);
  const nodes = useMemo(
    () => withDrag(marked, indexOf, { selected, chain, dropTarget }, dragged),
    [marked, indexOf, selected, chain, dropTarget, dragged],
  );
  const rolesById = useMemo(() => new Map(chart.roles.map((r) => [r.id, r])), [chart]);

  const selectedRef = useRef({ selected, selectedId });
  selectedRef.current = { selected, selectedId };
  const onNodesChange = useCallback(
    (changes: NodeChange<RoleFlowNode>[]) => {
      const { selected: now, selectedId: primary } = selectedRef.current;
      const next = new Set(now);
      let added: string | null = null;
      const moves = new Map<string, { x: number; y: number }>();
      for (const c of changes) {
        if (c.type === 'select') {
          if (c.selected) {
            next.add(c.id);
            added = c.id;
          } else next.delete(c.id);
        } else if (c.type === 'position' && c.position && c.dragging) moves.set(c.id, c.position);
      }
      if (moves.size > 0) setDragged((old) => new Map([...old, ...moves]));
      if (changes.every((c) => c.type !== 'select')) return;
      const head =
        primary !== null && next.has(primary) ? primary : (added ?? next.values().next().value ?? null);
      next.delete(head ?? '');
      setExtra(next);
      if (head !== primary) onSelect(head);
    },
    [onSelect],
  );
  const onPaneClick = useCallback(() => {
    setExtra(new Set());
    onSelect(null);
  }, [onSelect]);
  useEffect(() => {
    // Only when there is something to clear: a new set re-marks all 10,000 nodes.
    if (selectedId === null) setExtra((old) => (old.size === 0 ? old : new Set()));
  }, [selectedId]);

  // Drag a role onto another to re-parent it; the role springs back while the model decides.
  const { getViewport, setCenter, setViewport, screenToFlowPosition } = useReactFlow();
  const layoutNodes = useRef(flow.nodes);
  layoutNodes.current = flow.nodes;
  const roleAt = useCallback(
    (event: MouseEvent | TouchEvent, skip: ReadonlySet<string>) => {
      const point = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!point) return null;
      const p = screenToFlowPosition({ x: point.clientX, y: point.clientY });
      for (const n of layoutNodes.current) {
        if (skip.has(n.id)) continue;
        const { x, y } = n.position;
        if (p.x >= x && p.x <= x + NODE_WIDTH && p.y >= y && p.y <= y + NODE_HEIGHT) return n.id;
      }
      return null;
    },
    [screenToFlowPosition],
  );
  const onNodeDrag = useCallback(
    (event: MouseEvent | TouchEvent, _node: RoleFlowNode, moving: RoleFlowNode[]) => {
      setDropTarget(roleAt(event, new Set(moving.map((n) => n.id))));
    },
    [roleAt],
  );
  const onNodeDragStop = useCallback(
    (event: MouseEvent | TouchEvent, _node: RoleFlowNode, moving: RoleFlowNode[]) => {
      const target = roleAt(event, new Set(moving.map((n) => n.id)));
      setDropTarget(null);
      setDragged(new Map());
      if (target === null) return;
      void (async () => {
        for (const n of moving) if (!(await onMove(n.id, target))) break;
      })();
    },
    [roleAt, onMove],
  );

  const latest = useRef(flow.nodes);
  latest.current = flow.nodes;
  const store = useStoreApi<RoleFlowNode, ReportingEdge>();
  const fitted = useRef(false);
  const instance = useRef<ReactFlowInstance<RoleFlowNode, ReportingEdge> | null>(null);
  const fitFirst = useCallback(() => {
    const flowInstance = instance.current;
    if (fitted.current || flowInstance === null || latest.current.length === 0) return;
    fitted.current = true;
    const { width, height } = store.getState();
    const nodes = initialFocus(latest.current, width || 1024, height || 768, LEGIBLE_ZOOM);
    // The viewport computed here and set at once: React Flow's fitView re-adopts every node
    // (10,000 on a large chart) a frame later to find their bounds, which are known already.
    const viewport = getViewportForBounds(
      nodesBounds(nodes),
      width || 1024,
      height || 768,
      LEGIBLE_ZOOM,
      fitViewOptions.maxZoom,
      fitViewOptions.padding,
    );
    void flowInstance.setViewport(viewport);
  }, [store]);
  const onInit = useCallback(
    (flowInstance: ReactFlowInstance<RoleFlowNode, ReportingEdge>) => {
      instance.current = flowInstance;
      fitFirst();
    },
    [fitFirst],
  );
  // A large chart's layout arrives from the worker after the first render.
  useEffect(fitFirst, [fitFirst, flow.nodes]);

  // A new layout (a subtree hidden or shown, the direction turned, an edit) keeps the view on
  // the same role, so the part of the chart the user was looking at does not jump away.
  const shownNodes = useRef(flow.nodes);
  useLayoutEffect(() => {
    const before = shownNodes.current;
    shownNodes.current = flow.nodes;
    if (!fitted.current || before === flow.nodes || before.length === 0 || flow.nodes.length === 0) return;
    const { x, y, zoom } = getViewport();
    const { width, height } = store.getState();
    const shift = viewShift(before, flow.nodes, selectedRef.current.selectedId, {
      x: (width / 2 - x) / zoom,
      y: (height / 2 - y) / zoom,
    });
    if (shift) void setViewport({ x: x - shift.x * zoom, y: y - shift.y * zoom, zoom });
  }, [flow.nodes, getViewport, setViewport, store]);

  // Zoomed out too far to read, React Flow draws no nodes (thousands would be mounted): FarChart does.
  const far = useStore(isFar);
  const marks = useMemo(() => new Set([...selected, ...chain]), [selected, chain]);

  // A role selected from elsewhere (the inspector, search, the keyboard) is brought into view.
  const paneWidth = useStore((s) => s.width);
  const paneHeight = useStore((s) => s.height);
  useEffect(() => {
    const node = latest.current.find((n) => n.id === selectedId);
    if (!node || paneWidth === 0) return;
    const { x, y, zoom } = getViewport();
    const left = node.position.x * zoom + x;
    const top = node.position.y * zoom + y;
    const visible =
      left >= 0 &&
      top >= 0 &&
      left + NODE_WIDTH * zoom <= paneWidth &&
      top + NODE_HEIGHT * zoom <= paneHeight;
    if (visible) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    void setCenter(node.position.x + NODE_WIDTH / 2, node.position.y + NODE_HEIGHT / 2, {
      zoom: Math.max(zoom, 0.6),
      duration: still ? 0 : 300,
    });
  }, [selectedId, getViewport, setCenter, paneWidth, paneHeight, flow.nodes]);

  // Arrow keys walk the tree from the selected role: manager, first report, previous and next peer.
  const wrapper = useRef<HTMLDivElement>(null);
  const onKeyDownCapture = useCallback(
    (e: KeyboardEvent) => {
      if (isTextEntry(e.target) || e.altKey || e.ctrlKey || e.metaKey) return;
      const focused = e.target instanceof HTMLElement ? (e.target.dataset.id ?? null) : null;
      const from = focused ?? selectedId;
      if (from === null) return;
      if (e.key === '-' || e.key === '+' || e.key === '=') {
        const hide = e.key === '-';
        if ((treeOf().reportsOf.get(from)?.length ?? 0) > 0 && collapsed.has(from) !== hide)
          toggleCollapsed(from);
        e.preventDefault();
        return;
      }
      const step = stepForKey(e.key, direction);
      if (step === null) return;
      // Stop React Flow moving the selected node with the arrows.
      e.preventDefault();
      e.stopPropagation();
      const to = stepFrom(treeOf(), from, step, collapsed);
      if (to === null) return;
      setExtra(new Set());
      onSelect(to);
      window.requestAnimationFrame(() => {
        const el = wrapper.current?.querySelector<HTMLElement>(
          `.react-flow__node[data-id="${CSS.escape(to)}"]`,
        );
        el?.focus({ preventScroll: true });
      });
    },
    [direction, selectedId, treeOf, collapsed, onSelect, toggleCollapsed],
  );

  const actions = useMemo<ChartActions>(() => ({ toggleCollapsed }), [toggleCollapsed]);
  const expandAll = useCallback(() => {
    for (const id of collapsed) toggleCollapsed(id);
  }, [collapsed, toggleCollapsed]);

  return (
    <div className="org-chart" ref={wrapper} onKeyDownCapture={onKeyDownCapture}>
      <ChartActionsContext.Provider value={actions}>
        <ReactFlow
          nodes={far ? NO_NODES : nodes}
          edges={far ? NO_EDGES : flow.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onPaneClick={onPaneClick}
          onNodeDrag={onNodeDrag}
          onNodeDragStop={onNodeDragStop}
          colorMode={props.colorMode}
          onInit={onInit}
          fitViewOptions={fitViewOptions}
          minZoom={0.05}
          nodesDraggable={!readOnly}
          nodeDragThreshold={4}
          nodesConnectable={false}
          edgesFocusable={false}
          onlyRenderVisibleElements
          elementsSelectable
          multiSelectionKeyCode={multiKeys}
          selectionKeyCode="Shift"
          deleteKeyCode={null}
          proOptions={proOptions}
          ariaLabelConfig={ariaLabels}
        >
          <Panel position="top-left">
            <Legend functions={functions} />
          </Panel>
          <Panel position="top-right">
            <ChartToolbar
              direction={direction}
              onDirection={setDirection}
              compact={compact === 'on'}
              onCompact={(on) => setCompact(on ? 'on' : 'off')}
              overview={overview === 'on'}
              onOverview={(on) => setOverview(on ? 'on' : 'off')}
              collapsedCount={collapsed.size}
              onExpandAll={expandAll}
              selectedCount={selected.size}
              laying={laid.chart !== chart || laid.options !== options}
              far={far}
            />
          </Panel>
          {far ? (
            <FarChart nodes={flow.nodes} lines={flow.lines} marked={marks} />
          ) : (
            // The solid lines, near the view only; React Flow draws the few dotted ones.
            <TreeLines lines={flow.lines} roles={rolesById} chain={chain} />
          )}
          <Controls showInteractive={false} />
          {overview === 'on' && <ChartMinimap nodes={flow.nodes} />}
        </ReactFlow>
      </ChartActionsContext.Provider>
    </div>
  );
}
