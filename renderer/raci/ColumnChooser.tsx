import { useState } from 'react';
import type { ChartRole } from '../../app/views';
import { RolePicker } from '../shell/RolePicker';
import { HandPickDialog } from './HandPickDialog';
import type { ColumnMode } from './matrix';

/** The matrix's columns: the executive team, one role's subtree, or roles picked by hand. */
export function ColumnChooser({
  roles,
  mode,
  shown,
  onMode,
}: {
  roles: readonly ChartRole[];
  mode: ColumnMode;
  /** The columns shown: hand-picked roles deleted since drop out of the count. */
  shown: number;
  onMode: (m: ColumnMode) => void;
}) {
  const [picking, setPicking] = useState(false);
  const [chosenRoot, setSubtreeId] = useState('');
  // Until one is chosen (or if it was deleted), the subtree starts at the first role.
  const subtreeId = roles.some((r) => r.id === chosenRoot) ? chosenRoot : (roles[0]?.id ?? '');

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
          // Only the subtree shown is named: a role here beside "Executive team" read as if it were in use.
          value={mode.kind === 'subtree' ? mode.roleId : null}
          placeholder="Choose a role…"
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
        onClick={() => setPicking(true)}
      >
        Hand-picked{mode.kind === 'custom' ? ` (${shown})` : '…'}
      </button>
      {picking && (
        <HandPickDialog
          roles={roles}
          initial={mode.kind === 'custom' ? mode.roleIds : []}
          onClose={() => setPicking(false)}
          onPick={(roleIds) => onMode({ kind: 'custom', roleIds })}
        />
      )}
    </div>
  );
}
