import { useEffect, useState } from 'react';
import type { Call } from '../../app/contract';
import type { PersonView, RoleDetail } from '../../app/views';
import { OwnershipList, type OwnedItem } from './OwnershipList';

export interface PersonPageProps {
  call: Call;
  person: PersonView | null;
  revision: number | null;
  onOpenRole: (id: string) => void;
  onClose: () => void;
  onError: (e: unknown) => void;
}

/** Everything a person's roles own, each item saying which role it comes through. */
export function PersonPage({ call, person, revision, onOpenRole, onClose, onError }: PersonPageProps) {
  const [details, setDetails] = useState<RoleDetail[] | null>(null);
  const roleIds = person?.roles.map((r) => r.roleId).join('|') ?? '';
  useEffect(() => {
    let current = true;
    const ids = roleIds === '' ? [] : roleIds.split('|');
    Promise.all(ids.map((id) => call('role.detail', { id }))).then(
      (d) => {
        if (current) setDetails(d);
      },
      (e: unknown) => {
        if (current) onError(e);
      },
    );
    return () => {
      current = false;
    };
  }, [call, roleIds, revision, onError]);

  if (person === null)
    return (
      <div className="page empty-state empty-state--centre">
        <h2>This person is no longer in the model</h2>
        <button type="button" className="button" onClick={onClose}>
          Back
        </button>
      </div>
    );
  const items: OwnedItem[] = (details ?? []).flatMap((d) =>
    d.assignments.map((a) => ({
      ...a,
      key: `${d.role.id}:${a.subjectType}:${a.subjectId}`,
      via: d.role.shortName !== '' ? d.role.shortName : d.role.title,
    })),
  );
  return (
    <article className="page" aria-labelledby="page-title">
      <header className="page__header">
        <button type="button" className="button button--quiet" onClick={onClose}>
          ← Back
        </button>
        <div>
          <p className="page__kind">
            Person
            {person.email !== '' && (
              <>
                {' · '}
                <span className="page__email">{person.email}</span>
              </>
            )}
          </p>
          <h2 id="page-title" className="page__title">
            {person.name}
          </h2>
        </div>
      </header>
      <div className="page__facts">
        <section aria-label="Holds">
          <h3>Holds</h3>
          {person.roles.length === 0 ? (
            <p className="muted">No role: this person owns nothing through a role.</p>
          ) : (
            <ul className="plain-list">
              {person.roles.map((r) => (
                <li key={r.roleId}>
                  <button type="button" className="link-button" onClick={() => onOpenRole(r.roleId)}>
                    {r.title}
                  </button>
                  {r.acting && <span className="badge badge--acting">acting</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
        {person.externalId !== '' && (
          <section aria-label="External id">
            <h3>External id</h3>
            <p>{person.externalId}</p>
          </section>
        )}
      </div>
      {details === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <OwnershipList who={person.name} items={items} />
      )}
    </article>
  );
}
