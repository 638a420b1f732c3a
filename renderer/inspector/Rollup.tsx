import { useEffect, useState } from 'react';
import type { Call } from '../../app/contract';
import type { RollupItem } from '../../app/views';

const TYPE_LABELS = { policy: 'Policy', asset: 'Asset', responsibility: 'Responsibility area' } as const;

export interface RollupProps {
  call: Call;
  roleId: string;
  revision: number | null;
  onSelect: (id: string) => void;
  onError: (error: unknown) => void;
}

/** Everything the role's whole organization is Accountable for, with who in it holds the A. */
export function Rollup({ call, roleId, revision, onSelect, onError }: RollupProps) {
  const [items, setItems] = useState<{ roleId: string; list: RollupItem[] } | null>(null);
  useEffect(() => {
    let current = true;
    call('role.rollup', { id: roleId }).then(
      (list) => current && setItems({ roleId, list }),
      (e: unknown) => current && onError(e),
    );
    return () => {
      current = false;
    };
  }, [call, roleId, revision, onError]);
  if (items === null || items.roleId !== roleId) return <p className="muted">Loading…</p>;
  const below = items.list.filter((i) => i.depth > 0).length;
  return (
    <>
      <p className="muted">
        {items.list.length === 0
          ? 'Nobody in this organization is Accountable for anything yet.'
          : `${items.list.length} in all, ${below} of them held by roles under this one.`}
      </p>
      <ul className="plain-list rollup">
        {items.list.map((i) => (
          <li key={`${i.subjectType}:${i.subjectId}:${i.role.id}`} className="assignment">
            <span className={`type-label type-label--${i.subjectType}`}>{TYPE_LABELS[i.subjectType]}</span>
            <span>
              {i.subjectName}
              {i.depth > 0 && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="link-button rollup__via"
                    onClick={() => onSelect(i.role.id)}
                  >
                    via {i.role.shortName !== '' ? i.role.shortName : i.role.title}
                  </button>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
