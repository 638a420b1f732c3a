import { useMemo, useState } from 'react';
import type { ChartRole } from '../../app/views';
import { Modal } from '../registers/Modal';
import { RolePicker } from '../shell/RolePicker';
import type { ColumnMode } from './matrix';

const label = (r: ChartRole) => (r.shortName !== '' ? `${r.shortName} · ${r.title}` : r.title);

/** The matrix's columns: the executive team, one role's subtree, or roles picked by hand. */
export function ColumnChooser({
  roles,
  mode,
  onMode,
}: {
  roles: readonly ChartRole[];
  mode: ColumnMode;
  onMode: (m: ColumnMode) => void;
}) {
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [chosenRoot, setSubtreeId] = useState('');
  // Until one is chosen (or if it was deleted), the subtree starts at the first role.
  const subtreeId = roles.some((r) => r.id === chosenRoot) ? chosenRoot : (roles[0]?.id ?? '');
  // Only while the hand-picking dialog is open: sorting 10,000 roles on every render slowed the matrix.
  const sorted = useMemo(
    () => (picking ? [...roles].sort((a, b) => a.title.localeCompare(b.title)) : []),
    [picking, roles],
  );

  return (
    <div className="raci__columns" role="group" aria-label="Columns">
      <span className="raci__label">Columns</span>
      <button
        type="button"
        className={mode.kind === 'executive' ? 'chip chip--on' : 'chip'}
        aria-pressed={mode.kind === 'executive'}
        onClick={() => onMode({ kind: 'executive' })}
      >
        Executive team
      </button>
      <button
        type="button"
        className={mode.kind === 'subtree' ? 'chip chip--on' : 'chip'}
        aria-pressed={mode.kind === 'subtree'}
        disabled={subtreeId === ''}
        onClick={() => onMode({ kind: 'subtree', roleId: subtreeId })}
      >
        Subtree of
      </button>
      <div className="raci__subtree-root">
        <RolePicker
          aria-label="Subtree root"
          roles={roles}
          value={subtreeId === '' ? null : subtreeId}
          onChange={(next) => {
            if (next === null) return;
            setSubtreeId(next);
            onMode({ kind: 'subtree', roleId: next });
          }}
          floating
        />
      </div>
      <button
        type="button"
        className={mode.kind === 'custom' ? 'chip chip--on' : 'chip'}
        aria-pressed={mode.kind === 'custom'}
        onClick={() => {
          setPicked(new Set(mode.kind === 'custom' ? mode.roleIds : []));
          setPicking(true);
        }}
      >
        Hand-picked{mode.kind === 'custom' ? ` (${mode.roleIds.length})` : '…'}
      </button>
      {picking && (
        <Modal
          title="Choose the roles to show"
          submitLabel="Show these roles"
          onClose={() => setPicking(false)}
          onSubmit={() => {
            onMode({ kind: 'custom', roleIds: [...picked] });
            return true;
          }}
        >
          <ul className="register-dialog__choices">
            {sorted.map((r) => (
              <li key={r.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={picked.has(r.id)}
                    onChange={() =>
                      setPicked((s) => {
                        const next = new Set(s);
                        if (next.has(r.id)) next.delete(r.id);
                        else next.add(r.id);
                        return next;
                      })
                    }
                  />
                  {label(r)}
                </label>
              </li>
            ))}
          </ul>
          <p className="muted">{picked.size} chosen</p>
        </Modal>
      )}
    </div>
  );
}
