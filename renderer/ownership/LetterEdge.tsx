import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { RaciLetter } from '../../app/model';

export type LetterEdgeT = Edge<{ letter: RaciLetter; slot: number }, 'letter'>;

/** Badges sit in a row left of the subject, where its curves meet: A first, then R, C, I. */
const BADGE = 20;
const GAP = 4;

/** A role-to-subject curve with its RACI letter in a small badge by the subject. */
function LetterEdgeView({ sourceX, sourceY, targetX, targetY, data }: EdgeProps<LetterEdgeT>) {
  const half = (targetX - sourceX) / 2;
  const path = `M ${sourceX} ${sourceY} C ${sourceX + half} ${sourceY} ${targetX - half} ${targetY} ${targetX} ${targetY}`;
  const x = targetX - 16 - (data?.slot ?? 0) * (BADGE + GAP);
  const y = targetY;
  return (
    <>
      <BaseEdge path={path} />
      {data && (
        <g transform={`translate(${x} ${y})`} className="raci-edge__badge" aria-hidden="true">
          <rect x={-BADGE / 2} y={-BADGE / 2} width={BADGE} height={BADGE} rx={4} />
          <text textAnchor="middle" dominantBaseline="central">
            {data.letter}
          </text>
        </g>
      )}
    </>
  );
}

export const LetterEdge = memo(LetterEdgeView);
