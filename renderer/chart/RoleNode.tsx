import { Handle, Position, useStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { memo, useContext, type CSSProperties, type MouseEvent } from 'react';
import { RoleBadge } from '../findings/badges';
import { ChartActionsContext } from './actions';
import type { RoleFlowNode } from './toFlow';

/** Below this zoom a node's text is unreadable: draw a cheap box with its name only. */
export const SIMPLE_ZOOM = 0.45;
const zoomedOut = (s: ReactFlowState) => s.transform[2] < SIMPLE_ZOOM;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What a role owns, as one short line. */
export function ownershipLine(policies: number, assets: number): string {
  if (policies === 0 && assets === 0) return 'Accountable for nothing yet';
  const parts: string[] = [];
  if (policies > 0) parts.push(plural(policies, 'policy', 'policies'));
  if (assets > 0) parts.push(plural(assets, 'asset', 'assets'));
  return `Accountable: ${parts.join(', ')}`;
}

/** Shows or hides a role's reports; a button of its own so a click does not select the role. */
function CollapseToggle(props: {
  id: string;
  reports: number;
  collapsed: boolean;
  direction: 'down' | 'right';
}) {
  const { id, reports, collapsed, direction } = props;
  const { toggleCollapsed } = useContext(ChartActionsContext);
  const onClick = (e: MouseEvent) => {
    e.stopPropagation();
    toggleCollapsed(id);
  };
  const what = reports === 1 ? '1 report' : `${reports} reports`;
  return (
    <button
      type="button"
      className={`role-node__toggle role-node__toggle--${direction} nodrag`}
      // Out of the Tab order, which walks the roles; the keyboard uses - and + on a role.
      tabIndex={-1}
      aria-expanded={!collapsed}
      aria-label={collapsed ? `Show ${what}` : `Hide ${what}`}
      title={collapsed ? `Show ${what}` : `Hide ${what}`}
      onClick={onClick}
    >
      {collapsed ? `+${reports}` : '−'}
    </button>
  );
}

function RoleNodeView({ data }: NodeProps<RoleFlowNode>) {
  const { role, hue, reports, collapsed, direction } = data;
  const simple = useStore(zoomedOut);
  const style = (hue === null ? {} : { '--fn-hue': String(hue) }) as CSSProperties;
  const vacant = role.holders.length === 0;
  const down = direction === 'down';
  const base = hue === null ? 'role-node role-node--no-function' : 'role-node';
  // Outside the box (which clips its text), on the edge where the reports' line leaves.
  const toggle = reports > 0 && !simple && (
    <CollapseToggle id={role.id} reports={reports} collapsed={collapsed} direction={direction} />
  );
  if (simple)
    return (
      <div className={`${base} role-node--simple${collapsed ? ' role-node--collapsed' : ''}`} style={style}>
        <Handle type="target" position={down ? Position.Top : Position.Left} isConnectable={false} />
        <span className="role-node__simple-name">{role.shortName !== '' ? role.shortName : role.title}</span>
        <RoleBadge roleId={role.id} />
        <Handle type="source" position={down ? Position.Bottom : Position.Right} isConnectable={false} />
      </div>
    );
  return (
    <>
      {toggle}
      <div className={`${base}${collapsed ? ' role-node--collapsed' : ''}`} style={style}>
        <Handle type="target" position={down ? Position.Top : Position.Left} isConnectable={false} />
        <div className="role-node__head">
          {role.shortName !== '' && <span className="role-node__short">{role.shortName}</span>}
          <span className="role-node__function">{role.function !== '' ? role.function : 'No function'}</span>
          <RoleBadge roleId={role.id} />
        </div>
        <div className="role-node__title" title={role.title}>
          {role.title}
        </div>
        <div className={vacant ? 'role-node__holders role-node__holders--vacant' : 'role-node__holders'}>
          {vacant
            ? 'Vacant'
            : role.holders.map((h, i) => (
                <span key={h.personId}>
                  {i > 0 && ', '}
                  {h.name}
                  {h.acting && <span className="role-node__acting"> acting</span>}
                </span>
              ))}
        </div>
        <div className="role-node__owns">
          {ownershipLine(role.accountablePolicies, role.accountableAssets)}
        </div>
        <Handle type="source" position={down ? Position.Bottom : Position.Right} isConnectable={false} />
      </div>
    </>
  );
}

/** A role on the chart; memoized so unchanged roles do not re-render. */
export const RoleNode = memo(RoleNodeView);
