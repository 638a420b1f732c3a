import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { polylinePath, type ReportingEdge } from './toFlow';

/**
 * A reporting line along the route the layout computed: right angles with
 * rounded corners, into a stacked report from the side. The stylesheet
 * draws solid and dotted lines apart by the edge's class.
 */
function RouteEdgeView({ data }: EdgeProps<ReportingEdge>) {
  return <BaseEdge path={polylinePath(data?.points ?? [])} />;
}

export const RouteEdge = memo(RouteEdgeView);
