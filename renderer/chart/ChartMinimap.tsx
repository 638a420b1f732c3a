import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { memo, useCallback, useMemo, useRef, type PointerEvent } from 'react';
import { usePainted } from '../afterPaint';
import { hueColour } from './functionColour';
import { NODE_HEIGHT, NODE_WIDTH, type RoleFlowNode } from './toFlow';

const NO_NODES: readonly RoleFlowNode[] = [];
/** The overview's proportions (chart.css gives its size: smaller in a narrow chart). */
const WIDTH = 168;
const HEIGHT = 112;

interface Shapes {
  box: { x: number; y: number; width: number; height: number };
  /** One path per function colour: a few elements however many roles there are. */
  paths: { colour: string; d: string }[];
}

/** The roles as one path per colour, in a box around them all. */
export function minimapShapes(nodes: readonly RoleFlowNode[]): Shapes {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const byColour = new Map<string, string[]>();
  for (const n of nodes) {
    const { x, y } = n.position;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + NODE_WIDTH);
    maxY = Math.max(maxY, y + NODE_HEIGHT);
    const colour = hueColour(n.data.hue);
    const parts = byColour.get(colour) ?? [];
    parts.push(`M${Math.round(x)} ${Math.round(y)}h${NODE_WIDTH}v${NODE_HEIGHT}h${-NODE_WIDTH}z`);
    byColour.set(colour, parts);
  }
  if (nodes.length === 0) return { box: { x: 0, y: 0, width: 1, height: 1 }, paths: [] };
  const pad = NODE_WIDTH;
  return {
    box: { x: minX - pad, y: minY - pad, width: maxX - minX + 2 * pad, height: maxY - minY + 2 * pad },
    paths: [...byColour].map(([colour, parts]) => ({ colour, d: parts.join('') })),
  };
}

const viewOf = (s: ReactFlowState) => `${s.transform.join(' ')} ${s.width} ${s.height}`;

/** The visible area's frame: the only part of the overview that follows the view. */
function ViewFrame({ scale }: { scale: number }) {
  const view = useStore(viewOf);
  const [tx, ty, zoom, paneWidth, paneHeight] = view.split(' ').map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return (
    <rect
      className="chart-minimap__view"
      x={-tx / zoom}
      y={-ty / zoom}
      width={paneWidth / zoom}
      height={paneHeight / zoom}
      strokeWidth={2 * scale}
    />
  );
}

/**
 * An overview of the whole chart with the visible area marked; click or
 * drag in it to move there. Drawn as a few paths rather than one shape per
 * role, so a 10,000-role chart costs it next to nothing; a pan re-renders
 * the frame only.
 */
function ChartMinimapView({ nodes }: { nodes: readonly RoleFlowNode[] }) {
  // Drawn after the chart has painted: the roles show first, the overview a moment later.
  const shown = usePainted(nodes, NO_NODES);
  const shapes = useMemo(() => minimapShapes(shown), [shown]);
  const { setCenter, getZoom } = useReactFlow();
  const { box } = shapes;
  const scale = Math.max(box.width / WIDTH, box.height / HEIGHT);
  const viewBox = `${box.x + box.width / 2 - (WIDTH * scale) / 2} ${box.y + box.height / 2 - (HEIGHT * scale) / 2} ${WIDTH * scale} ${HEIGHT * scale}`;

  const svg = useRef<SVGSVGElement>(null);
  const moveTo = useCallback(
    (e: PointerEvent) => {
      const point = svg.current?.createSVGPoint();
      const matrix = svg.current?.getScreenCTM()?.inverse();
      if (!point || !matrix) return;
      point.x = e.clientX;
      point.y = e.clientY;
      const at = point.matrixTransform(matrix);
      void setCenter(at.x, at.y, { zoom: getZoom() });
    },
    [setCenter, getZoom],
  );
  const drawn = useMemo(
    () => shapes.paths.map((p) => <path key={p.colour} d={p.d} fill={p.colour} />),
    [shapes],
  );
  return (
    <Panel position="bottom-right" className="chart-minimap">
      {/* The roles in one layer that never repaints as the view moves; the view's frame on top. */}
      <svg width="100%" height="100%" viewBox={viewBox} aria-hidden="true">
        {drawn}
      </svg>
      <svg
        ref={svg}
        className="chart-minimap__overlay"
        width="100%"
        height="100%"
        viewBox={viewBox}
        role="img"
        aria-label="Overview of the whole chart"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          moveTo(e);
        }}
        onPointerMove={(e) => {
          if (e.buttons === 1) moveTo(e);
        }}
      >
        <ViewFrame scale={scale} />
      </svg>
    </Panel>
  );
}

export const ChartMinimap = memo(ChartMinimapView);
