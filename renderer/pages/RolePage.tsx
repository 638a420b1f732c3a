import { useEffect, useState } from 'react';
import type { Call } from '../../app/contract';
import type { RoleDetail } from '../../app/views';
import { asCharterError } from '../useCharter';
import { OwnershipList } from './OwnershipList';

export interface RolePageProps {
  call: Call;
  id: string;
  revision: number | null;
  onOpenPerson: (id: string) => void;
  onOpenRole: (id: string) => void;
  onShowOnChart: (id: string) => void;
  onClose: () => void;
  onError: (e: unknown) => void;
}

/** Everything one role owns, by letter, and the people who hold it. */
export function RolePage({
  call,
  id,
  revision,
  onOpenPerson,
  onOpenRole,
  onShowOnChart,
  onClose,
  onError,
}: RolePageProps) {
  const [detail, setDetail] = useState<RoleDetail | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let current = true;
    call('role.detail', { id }).then(
      (d) => {
        if (current) setDetail(d);
      },
      (e: unknown) => {
        if (!current) return;
        if (asCharterError(e).code === 'not_found') setMissing(true);
        else onError(e);
      },
    );
    return () => {
      current = false;
    };
  }, [call, id, revision, onError]);

  if (missing)
    return (
      <div className="page empty-state empty-state--centre">
        <h2>This role no longer exists</h2>
        <button type="button" className="button" onClick={onClose}>
          Back
        </button>
      </div>
    );
  if (detail === null || detail.role.id !== id) return <p className="page empty-state">Loading the role…</p>;
  const { role } = detail;
  return (
    <article className="page" aria-labelledby="page-title">
      <header className="page__header">
        <button type="button" className="button button--quiet" onClick={onClose}>
          ← Back
        </button>
        <div>
          <p className="page__kind">Role{role.function !== '' ? ` · ${role.function}` : ''}</p>
          <h2 id="page-title" className="page__title">
            {role.title}
            {role.shortName !== '' && <span className="badge">{role.shortName}</span>}
          </h2>
        </div>
        <button type="button" className="button" onClick={() => onShowOnChart(role.id)}>
          Show on chart
        </button>
      </header>
      {role.description !== '' && <p className="page__description">{role.description}</p>}
      <div className="page__facts">
        <section aria-label="Held by">
          <h3>Held by</h3>
          {detail.holders.length === 0 ? (
            <p className="muted">Vacant: nobody holds this role.</p>
          ) : (
            <ul className="plain-list">
              {detail.holders.map((h) => (
                <li key={h.personId}>
                  <button type="button" className="link-button" onClick={() => onOpenPerson(h.personId)}>
                    {h.name}
                  </button>
                  {h.acting && <span className="badge badge--acting">acting</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-label="Reports to">
          <h3>Reports to</h3>
          {detail.manager ? (
            <button
              type="button"
              className="link-button"
              onClick={() => onOpenRole(detail.manager?.id ?? '')}
            >
              {detail.manager.title}
            </button>
          ) : (
            <p className="muted">Nobody: a top-level role.</p>
          )}
        </section>
        <section aria-label="Approves">
          <h3>Approves</h3>
          {detail.approves.length === 0 ? (
            <p className="muted">No policies.</p>
          ) : (
            <ul className="plain-list">
              {detail.approves.map((p) => (
                <li key={p.id}>
                  {p.code !== '' && <span className="type-label type-label--policy">{p.code}</span>} {p.title}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <OwnershipList
        who="This role"
        items={detail.assignments.map((a) => ({ ...a, key: `${a.subjectType}:${a.subjectId}` }))}
      />
    </article>
  );
}
