import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { TreeEdge } from '../../app/layout';
import type { ChartRole } from '../../app/views';
import { indexLines, linesInRange, tileRange, viewArea } from './treeLines';
import { polylinePath, roleLabel } from './toFlow';

/** The tiles around the view: changes only when the view crosses a tile edge, not on every pan step. */
const rangeOf = (s: ReactFlowState) =>
  s.width === 0 ? '' : tileRange(viewArea(s.transform, s.width, s.height));

/**
 * One solid line. It keeps React Flow's edge classes and attributes (the
 * id `solid:<manager>-><report>`, role and label), so it looks as React
 * Flow's edges did (styles.css) and the chain highlight and the tests find
 * it as before.
 */
const TreeLine = memo(function TreeLine(props: { line: TreeEdge; chain: boolean; label: string }) {
  const { line, chain, label } = props;
  const d = useMemo(() => polylinePath(line.points), [line]);
  return (
    <g
      className={chain ? 'react-flow__edge edge-solid edge-chain' : 'react-flow__edge edge-solid'}
      data-id={`solid:${line.from}->${line.to}`}
      role="img"
      aria-roledescription="edge"
      aria-label={label}
    >
      <path className="react-flow__edge-path" d={d} fill="none" />
    </g>
  );
});

export interface TreeLinesProps {
  lines: readonly TreeEdge[];
  roles: ReadonlyMap<string, ChartRole>;
  /** The selected role's chain to the root: its lines are highlighted. */
  chain: ReadonlySet<string>;
}

/**
 * The solid reporting lines, drawn as one layer of our own under the nodes
 * instead of as React Flow edges: only the lines whose tiles touch the
 * view are in the page, and a pan re-renders this layer only when it
 * crosses a tile. The selected role's chain is drawn last, on top.
 */
function TreeLinesView({ lines, roles, chain }: TreeLinesProps) {
  const index = useMemo(() => indexLines(lines), [lines]);
  const range = useStore(rangeOf);
  const near = useMemo(() => (range === '' ? [] : linesInRange(index, range)), [index, range]);
  const onChain = (l: TreeEdge) => chain.has(l.from) && chain.has(l.to);
  const label = (l: TreeEdge) => {
    const role = roles.get(l.to);
    const manager = roles.get(l.from);
    return role && manager ? `${roleLabel(role)} reports to ${roleLabel(manager)}` : '';
  };
  const plain: TreeEdge[] = [];
  for (const i of near) {
    const line = lines[i] as TreeEdge;
    if (!onChain(line)) plain.push(line);
  }
  // The chain is short (one line per level) and drawn wherever it is.
  const highlighted = chain.size > 1 ? lines.filter(onChain) : [];
  return (
    <ViewportPortal>
      <svg className="tree-lines">
        {plain.map((l) => (
          <TreeLine key={l.to} line={l} chain={false} label={label(l)} />
        ))}
        {highlighted.map((l) => (
          <TreeLine key={l.to} line={l} chain label={label(l)} />
        ))}
      </svg>
    </ViewportPortal>
  );
}

export const TreeLines = memo(TreeLinesView);
