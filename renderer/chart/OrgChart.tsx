import {
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
  type ReactFlowInstance,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ChartModel } from '../../app/views';
import { functionColour } from './functionColour';
import { Legend } from './Legend';
import { RoleNode } from './RoleNode';
import { RouteEdge } from './RouteEdge';
import {
  chartFunctions,
  createFlowDeriver,
  NODE_HEIGHT,
  NODE_WIDTH,
  initialFocus,
  withSelection,
  type ReportingEdge,
  type RoleFlowNode,
} from './toFlow';

// Module level: React Flow re-mounts every node if these objects change.
const nodeTypes = { role: RoleNode } satisfies NodeTypes;
const edgeTypes = { solid: RouteEdge, dotted: RouteEdge } satisfies EdgeTypes;
const fitViewOptions = { padding: 0.15, maxZoom: 1 };
/** Below this zoom role text is unreadable: a large chart opens at its head instead. */
const LEGIBLE_ZOOM = 0.4;
const proOptions = { hideAttribution: true };
const minimapStyle = { width: 168, height: 112 };
const ariaLabels = {
  'controls.ariaLabel': 'Zoom controls',
  'minimap.ariaLabel': 'Overview of the whole chart',
  'node.a11yDescription.default': 'Press Enter or Space to select this role and see its details.',
};

function minimapColour(node: RoleFlowNode): string {
  return functionColour(node.data.role.function);
}

export interface OrgChartProps {
  chart: ChartModel;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

/** The org chart: roles laid out top-down, solid lines and a dotted overlay. */
export function OrgChart({ chart, selectedId, onSelect }: OrgChartProps) {
  const derive = useMemo(() => createFlowDeriver(), []);
  const flow = useMemo(() => derive(chart), [derive, chart]);
  const nodes = useMemo(() => withSelection(flow.nodes, selectedId), [flow.nodes, selectedId]);
  const functions = useMemo(() => chartFunctions(chart), [chart]);

  // Nodes are controlled: only selection changes matter, the rest is fixed.
  const onNodesChange = useCallback(
    (changes: NodeChange<RoleFlowNode>[]) => {
      let next: string | null | undefined;
      for (const c of changes) {
        if (c.type !== 'select') continue;
        if (c.selected) next = c.id;
        else if (c.id === selectedId && next === undefined) next = null;
      }
      if (next !== undefined) onSelect(next);
    },
    [onSelect, selectedId],
  );
  const onPaneClick = useCallback(() => onSelect(null), [onSelect]);
  const latest = useRef(flow.nodes);
  latest.current = flow.nodes;
  const store = useStoreApi<RoleFlowNode, ReportingEdge>();
  const onInit = useCallback(
    (instance: ReactFlowInstance<RoleFlowNode, ReportingEdge>) => {
      const { width, height } = store.getState();
      const nodes = initialFocus(latest.current, width || 1024, height || 768, LEGIBLE_ZOOM);
      void instance.fitView({ ...fitViewOptions, minZoom: LEGIBLE_ZOOM, nodes });
    },
    [store],
  );

  // A role selected from elsewhere (the inspector, a new role) is brought into view.
  const { getViewport, setCenter } = useReactFlow();
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
  }, [selectedId, getViewport, setCenter, paneWidth, paneHeight]);

  return (
    <ReactFlow
      nodes={nodes}
      edges={flow.edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onPaneClick={onPaneClick}
      colorMode="system"
      onInit={onInit}
      fitViewOptions={fitViewOptions}
      minZoom={0.05}
      nodesDraggable={false}
      nodesConnectable={false}
      edgesFocusable={false}
      onlyRenderVisibleElements
      elementsSelectable
      deleteKeyCode={null}
      proOptions={proOptions}
      ariaLabelConfig={ariaLabels}
    >
      <Panel position="top-left">
        <Legend functions={functions} />
      </Panel>
      <Controls showInteractive={false} />
      <MiniMap<RoleFlowNode>
        pannable
        zoomable
        nodeColor={minimapColour}
        nodeStrokeWidth={0}
        style={minimapStyle}
      />
    </ReactFlow>
  );
}
