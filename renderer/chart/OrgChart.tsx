import {
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
} from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import type { ChartModel } from '../../app/views';
import { DottedEdge } from './DottedEdge';
import { functionColour } from './functionColour';
import { Legend } from './Legend';
import { RoleNode } from './RoleNode';
import { chartFunctions, createFlowDeriver, withSelection, type RoleFlowNode } from './toFlow';

// Module level: React Flow re-mounts every node if these objects change.
const nodeTypes = { role: RoleNode } satisfies NodeTypes;
const edgeTypes = { dotted: DottedEdge } satisfies EdgeTypes;
const fitViewOptions = { padding: 0.15, maxZoom: 1 };
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

  return (
    <ReactFlow
      nodes={nodes}
      edges={flow.edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onPaneClick={onPaneClick}
      colorMode="system"
      fitView
      fitViewOptions={fitViewOptions}
      minZoom={0.05}
      nodesDraggable={false}
      nodesConnectable={false}
      edgesFocusable={false}
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
