/**
 * The chart zoomed out too far to read: its roles as boxes in their
 * function's colour and its solid lines, drawn as a few SVG paths instead
 * of thousands of role nodes (a 10,000-role chart fitted to the window
 * mounted 2,000 of them and took a third of a second per pan step). A
 * click zooms in to reading size where it was made.
 */
import { useReactFlow, ViewportPortal } from '@xyflow/react';
import { memo, useMemo, useRef, type PointerEvent } from 'react';
import type { TreeEdge } from '../../app/layout';
import { minimapShapes } from './ChartMinimap';
import { NODE_HEIGHT, NODE_WIDTH, type RoleFlowNode } from './toFlow';

/**
 * Below this zoom the chart is drawn as boxes: a zoomed-out role's short name
 * (30 units high, .role-node__simple-name in chart.css) would be under 6 px,
 * where the bold short names stop being legible in the screenshots.
 */
export const FAR_ZOOM = 6 / 30;
/** The zoom a click on the boxes takes the chart to: its text readable. */
const READING_ZOOM = 0.6;

/** The solid lines as one path: at this size they are hairlines, drawn once for the whole chart. */
function linesPath(lines: readonly TreeEdge[]): string {
  const parts: string[] = [];
  for (const line of lines) {
    const [first, ...rest] = line.points;
    if (!first) continue;
    parts.push(`M${Math.round(first.x)} ${Math.round(first.y)}`);
    for (const p of rest) parts.push(`L${Math.round(p.x)} ${Math.round(p.y)}`);
  }
  return parts.join('');
}

/** Boxes around the roles in `marked` (the selection and its chain): one path. */
function marksPath(nodes: readonly RoleFlowNode[], marked: ReadonlySet<string>): string {
  if (marked.size === 0) return '';
  return nodes
    .filter((n) => marked.has(n.id))
    .map((n) => `M${n.position.x} ${n.position.y}h${NODE_WIDTH}v${NODE_HEIGHT}h${-NODE_WIDTH}z`)
    .join('');
}

export interface FarChartProps {
  nodes: readonly RoleFlowNode[];
  lines: readonly TreeEdge[];
  /** The selected roles and the chain to the root: outlined. */
  marked: ReadonlySet<string>;
}

function FarChartView({ nodes, lines, marked }: FarChartProps) {
  const shapes = useMemo(() => minimapShapes(nodes), [nodes]);
  const solid = useMemo(() => linesPath(lines), [lines]);
  const outlined = useMemo(() => marksPath(nodes, marked), [nodes, marked]);
  const { screenToFlowPosition, setCenter } = useReactFlow();
  // A click, not the end of a pan: the pointer has not moved away from where it went down.
  const down = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (e: PointerEvent) => {
    down.current = { x: e.clientX, y: e.clientY };
  };
  const onPointerUp = (e: PointerEvent) => {
    const start = down.current;
    down.current = null;
    if (!start || Math.hypot(e.clientX - start.x, e.clientY - start.y) > 4) return;
    const at = screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    void setCenter(at.x, at.y, { zoom: READING_ZOOM, duration: still ? 0 : 300 });
  };
  return (
    <ViewportPortal>
      <svg
        className="far-chart"
        role="img"
        aria-label={`All ${nodes.length.toLocaleString()} roles, too small to read: zoom in, or click where to look`}
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
      >
        {/* The chart's whole area takes the click, not only the boxes. */}
        <rect {...shapes.box} fill="transparent" />
        <path className="far-chart__lines" d={solid} />
        {shapes.paths.map((p) => (
          <path key={p.colour} d={p.d} fill={p.colour} />
        ))}
        {outlined !== '' && <path className="far-chart__marked" d={outlined} />}
      </svg>
    </ViewportPortal>
  );
}

export const FarChart = memo(FarChartView);
