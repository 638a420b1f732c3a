import { BaseEdge, useStore, type EdgeProps, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { clipPolyline } from '../../app/export/svg';
import type { Point } from '../../app/layout';
import { SIMPLE_ZOOM } from './RoleNode';
import { polylinePath, type ReportingEdge } from './toFlow';

/** Dotted routes longer than this are cut to the area around the view before they are drawn. */
const LONG_ROUTE = 4000;

function routeLength(points: readonly Point[]): number {
  let length = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    length += Math.abs(b.x - a.x) + Math.abs(b.y - a.y);
  }
  return length;
}

/**
 * The area around the view, snapped to a grid of view-sized cells so that
 * it changes (and the edge re-renders) only when the view moves a long way.
 */
function windowAround(s: ReactFlowState): string {
  const [tx, ty, zoom] = s.transform;
  const cell = Math.max(s.width, s.height, 1) / zoom;
  const x = (Math.floor(-tx / zoom / cell) - 1) * cell;
  const y = (Math.floor(-ty / zoom / cell) - 1) * cell;
  return `${x} ${y} ${cell * 4}`;
}
const noWindow = () => '';
const NO_POINTS: Point[] = [];

/** The dotted lines' dashes in flow units at reading zoom (styles.css gives their colour and width). */
const DASH = 6;
const GAP = 5;
/**
 * How much longer the dashes are drawn when zoomed out past the simplified
 * nodes: a power of two that keeps a dash and gap about 10 px on screen. At
 * 1:1 a zoomed-out dotted route is thousands of 1 px dashes, and a browser
 * drawing without a GPU dashes every one on every frame of a pan.
 */
const dashScale = (s: ReactFlowState) => {
  const zoom = s.transform[2];
  return zoom >= SIMPLE_ZOOM ? 1 : 2 ** Math.ceil(Math.log2(SIMPLE_ZOOM / zoom));
};
const one = () => 1;

/**
 * A reporting line along the route the layout computed: right angles with
 * rounded corners, into a stacked report from the side. The stylesheet
 * draws solid and dotted lines apart by the edge's class. A long dotted
 * route is drawn only near the view, with its dash phase kept: a browser
 * drawing without a GPU dashes the whole route on every frame otherwise.
 */
function RouteEdgeView({ data }: EdgeProps<ReportingEdge>) {
  const points = data?.points ?? NO_POINTS;
  const long = data?.dotted === true && routeLength(points) > LONG_ROUTE;
  const around = useStore(long ? windowAround : noWindow);
  const scale = useStore(data?.dotted === true ? dashScale : one);
  const dash = data?.dotted === true ? `${DASH * scale} ${GAP * scale}` : undefined;
  const pieces = useMemo(() => {
    if (around === '') return null;
    const [x, y, size] = around.split(' ').map(Number) as [number, number, number];
    return clipPolyline(points, { x, y, width: size, height: size });
  }, [around, points]);
  if (pieces === null)
    return <BaseEdge path={polylinePath(points)} style={dash ? { strokeDasharray: dash } : undefined} />;
  return (
    <>
      {pieces.map((piece) => (
        <path
          key={piece.offset}
          className="react-flow__edge-path"
          d={polylinePath(piece.points)}
          fill="none"
          style={{ strokeDashoffset: piece.offset, strokeDasharray: dash }}
        />
      ))}
    </>
  );
}

export const RouteEdge = memo(RouteEdgeView);
