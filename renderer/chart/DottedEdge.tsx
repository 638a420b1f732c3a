import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ReportingEdge } from './toFlow';

/**
 * A dotted (secondary) reporting line: a dashed curve drawn over the tree,
 * so it stays visibly apart from the solid lines' right angles.
 */
function DottedEdgeView({
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
}: EdgeProps<ReportingEdge>) {
  const [path] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    curvature: 0.35,
  });
  return <BaseEdge path={path} className="edge-dotted__path" />;
}

export const DottedEdge = memo(DottedEdgeView);
