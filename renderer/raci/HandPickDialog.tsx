import { useId, useMemo, useState } from 'react';
import type { ChartRole } from '../../app/views';
import { Modal } from '../registers/Modal';
import { RolePicker } from '../shell/RolePicker';

const label = (r: ChartRole) => (r.shortName !== '' ? `${r.shortName} · ${r.title}` : r.title);

/**
 * Chooses the matrix's columns by hand: a searchable picker adds one role at
 * a time (a list of every role was unusable with 10,000), the chosen ones
 * are listed with a button each to take them out again.
 */
export function HandPickDialog({
  roles,
  initial,
  onPick,
  onClose,
}: {
  roles: readonly ChartRole[];
  initial: readonly string[];
  onPick: (roleIds: string[]) => void;
  onClose: () => void;
}) {
  const id = useId();
  const [picked, setPicked] = useState<readonly string[]>(initial);
  const byId = useMemo(() => new Map(roles.map((r) => [r.id, r])), [roles]);
  // Roles deleted since they were picked drop out of the list.
  const chosen = picked.flatMap((rid) => byId.get(rid) ?? []);
  const left = useMemo(() => {
    const taken = new Set(picked);
    return roles.filter((r) => !taken.has(r.id));
  }, [roles, picked]);

  return (
    <Modal
      title="Choose the roles to show"
      submitLabel="Show these roles"
      onClose={onClose}
      onSubmit={() => {
        onPick(chosen.map((r) => r.id));
        return true;
      }}
    >
      <label htmlFor={`${id}-add`}>Add a role</label>
      <RolePicker
        id={`${id}-add`}
        roles={left}
        value={null}
        onChange={(rid) => rid !== null && setPicked((p) => [...p, rid])}
        placeholder="Type a title or a short name…"
        aria-describedby={`${id}-count`}
      />
      {chosen.length === 0 ? (
        <p className="muted hand-pick__empty">No role chosen yet: add the roles to compare, in any order.</p>
      ) : (
        <ul className="register-dialog__choices hand-pick__list" aria-label="Chosen roles">
          {chosen.map((r) => (
            <li key={r.id} className="hand-pick__item">
              <span className="hand-pick__name">{label(r)}</span>
              <button
                type="button"
                className="button button--quiet button--small"
                aria-label={`Remove ${r.title}`}
                onClick={() => setPicked((p) => p.filter((x) => x !== r.id))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="muted hand-pick__count" id={`${id}-count`} aria-live="polite">
        {chosen.length === 1 ? '1 role chosen' : `${chosen.length.toLocaleString('en')} roles chosen`}
        {chosen.length > 0 && (
          <>
            {' · '}
            <button type="button" className="link-button" onClick={() => setPicked([])}>
              Clear all
            </button>
          </>
        )}
      </p>
    </Modal>
  );
}
