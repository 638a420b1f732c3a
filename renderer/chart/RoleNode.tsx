import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { RoleBadge } from '../findings/badges';
import type { RoleFlowNode } from './toFlow';

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

function RoleNodeView({ data }: NodeProps<RoleFlowNode>) {
  const { role, hue } = data;
  const style = (hue === null ? {} : { '--fn-hue': String(hue) }) as CSSProperties;
  const vacant = role.holders.length === 0;
  return (
    <div className={hue === null ? 'role-node role-node--no-function' : 'role-node'} style={style}>
      <Handle type="target" position={Position.Top} isConnectable={false} />
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
      <div className="role-node__owns">{ownershipLine(role.accountablePolicies, role.accountableAssets)}</div>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}

/** A role on the chart; memoized so unchanged roles do not re-render. */
export const RoleNode = memo(RoleNodeView);
