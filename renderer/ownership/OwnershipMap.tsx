import './ownership.css';
import {
  Controls,
  Handle,
  Position,
  ReactFlow,
  ReactFlowProvider,
  type EdgeTypes,
  type Node,
  type NodeProps,
  type NodeTypes,
} from '@xyflow/react';
import { memo, useEffect, useId, useMemo, useState } from 'react';
import type { RaciLetter } from '../../app/model';
import type { ChartRole } from '../../app/views';
import { useResolvedTheme } from '../chart/theme';
import type { RegisterData } from '../registers/data';
import { LetterEdge, type LetterEdgeT } from './LetterEdge';
import { seedOwnershipRoles, setOwnershipRoles, useOwnershipRoles } from './chosen';
import {
  defaultOwnershipRoles,
  ownershipGraph,
  ROLE_BOX,
  SUBJECT_BOX,
  type MapRole,
  type MapSubject,
} from './ownership';

type RoleNodeT = Node<{ role: MapRole }, 'owner'>;
type SubjectNodeT = Node<{ subject: MapSubject }, 'subject'>;

const LETTER_NAMES: Record<RaciLetter, string> = {
  A: 'Accountable',
  R: 'Responsible',
  C: 'Consulted',
  I: 'Informed',
};

const OwnerNode = memo(function OwnerNode({ data }: NodeProps<RoleNodeT>) {
  const { role } = data;
  const letters = (['A', 'R', 'C', 'I'] as const).filter((l) => role.counts[l]);
  return (
    <div className="owner-node">
      <div className="owner-node__title">
        {role.shortName !== '' && <span className="owner-node__short">{role.shortName}</span>}
        {role.title}
      </div>
      <div className="owner-node__counts">
        {letters.length === 0
          ? 'No letters for any policy or asset'
          : letters.map((l) => `${role.counts[l]} ${LETTER_NAMES[l]}`).join(' · ')}
      </div>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
});

const SubjectNode = memo(function SubjectNode({ data }: NodeProps<SubjectNodeT>) {
  const { subject } = data;
  return (
    <div className={`subject-node subject-node--${subject.kind}`}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="subject-node__name" title={subject.name}>
        {subject.name}
      </div>
      <div className="subject-node__detail">
        {subject.detail}
        {subject.shared && <span className="subject-node__shared">shared</span>}
      </div>
    </div>
  );
});

const nodeTypes = { owner: OwnerNode, subject: SubjectNode } satisfies NodeTypes;
const edgeTypes = { letter: LetterEdge } satisfies EdgeTypes;
const proOptions = { hideAttribution: true };
const fitViewOptions = { padding: 0.1, maxZoom: 1 };

function handle(type: 'source' | 'target', width: number, height: number) {
  return {
    type,
    position: type === 'source' ? Position.Right : Position.Left,
    x: (type === 'source' ? width : 0) - 4,
    y: height / 2 - 4,
    width: 8,
    height: 8,
  };
}

export interface OwnershipMapProps {
  data: RegisterData;
  roles: readonly ChartRole[];
}

function RolePicker({ roles, chosen }: { roles: readonly ChartRole[]; chosen: readonly string[] }) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const words = filter.toLowerCase();
  const shown = roles
    .filter((r) => chosen.includes(r.id) || `${r.title} ${r.shortName}`.toLowerCase().includes(words))
    .slice(0, 200);
  const toggle = (roleId: string, on: boolean) =>
    setOwnershipRoles(on ? [...chosen, roleId] : chosen.filter((c) => c !== roleId));
  return (
    <aside className="ownership__picker" aria-label="Roles on the map">
      <h2 className="ownership__heading">Roles on the map</h2>
      <label htmlFor={`${id}-filter`} className="ownership__label">
        Find a role
      </label>
      <input
        id={`${id}-filter`}
        type="search"
        className="ownership__filter"
        value={filter}
        placeholder="Title or short name"
        onChange={(e) => setFilter(e.target.value)}
      />
      <ul className="ownership__roles">
        {shown.map((r) => (
          <li key={r.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(r.id)}
                onChange={(e) => toggle(r.id, e.target.checked)}
              />
              {r.shortName !== '' ? `${r.shortName} · ${r.title}` : r.title}
            </label>
          </li>
        ))}
      </ul>
      {chosen.length > 0 && (
        <button type="button" className="button" onClick={() => setOwnershipRoles([])}>
          Clear
        </button>
      )}
    </aside>
  );
}

/** Chosen roles against the policies and assets they hold RACI letters for. */
export function OwnershipMap({ data, roles }: OwnershipMapProps) {
  const stored = useOwnershipRoles();
  const colorMode = useResolvedTheme();
  useEffect(() => seedOwnershipRoles(defaultOwnershipRoles(roles)), [roles]);
  const graph = useMemo(
    () => ownershipGraph(stored, roles, data.policies, data.assets, data.assignments),
    [stored, roles, data],
  );
  const nodes = useMemo<(RoleNodeT | SubjectNodeT)[]>(
    () => [
      ...graph.roles.map((role): RoleNodeT => ({
        id: `role:${role.id}`,
        type: 'owner',
        position: { x: role.x, y: role.y },
        data: { role },
        ...ROLE_BOX,
        measured: { ...ROLE_BOX },
        handles: [handle('source', ROLE_BOX.width, ROLE_BOX.height)],
        ariaLabel: `${role.title}`,
      })),
      ...graph.subjects.map((subject): SubjectNodeT => ({
        id: subject.key,
        type: 'subject',
        position: { x: subject.x, y: subject.y },
        data: { subject },
        ...SUBJECT_BOX,
        measured: { ...SUBJECT_BOX },
        handles: [handle('target', SUBJECT_BOX.width, SUBJECT_BOX.height)],
        ariaLabel: subject.name,
      })),
    ],
    [graph],
  );
  const edges = useMemo<LetterEdgeT[]>(
    () =>
      graph.links.map((l) => ({
        id: `${l.roleId}->${l.subjectKey}:${l.letter}`,
        type: 'letter',
        source: `role:${l.roleId}`,
        target: l.subjectKey,
        data: { letter: l.letter, slot: l.slot },
        ariaLabel: LETTER_NAMES[l.letter],
        className: `raci-edge raci-edge--${l.letter}`,
        zIndex: l.letter === 'A' ? 1 : 0,
      })),
    [graph],
  );
  const key = stored.join(',');
  return (
    <div className="ownership">
      <RolePicker roles={roles} chosen={stored} />
      <section className="ownership__map" aria-label="Ownership map">
        <p className="ownership__legend">
          <strong>A</strong> Accountable (owner) · <strong>R</strong> Responsible · <strong>C</strong>{' '}
          Consulted · <strong>I</strong> Informed · <span className="subject-node__shared">shared</span> more
          than one chosen role holds a letter
        </p>
        {graph.roles.length === 0 ? (
          <p className="empty-state empty-state--centre">Choose roles on the left to see what they own.</p>
        ) : graph.subjects.length === 0 ? (
          <p className="empty-state empty-state--centre">
            These roles hold no RACI letter for any policy or asset yet.
          </p>
        ) : (
          <ReactFlowProvider key={key}>
            <ReactFlow
              nodes={nodes}
              edges={edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              colorMode={colorMode}
              fitView
              fitViewOptions={fitViewOptions}
              minZoom={0.1}
              nodesDraggable={false}
              nodesConnectable={false}
              elementsSelectable={false}
              edgesFocusable={false}
              onlyRenderVisibleElements
              proOptions={proOptions}
            >
              <Controls showInteractive={false} />
            </ReactFlow>
          </ReactFlowProvider>
        )}
      </section>
    </div>
  );
}
