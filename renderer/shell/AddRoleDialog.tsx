import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { ChartRole } from '../../app/views';
import { RolePicker } from './RolePicker';

export interface NewRole {
  title: string;
  shortName: string;
  function: string;
  managerRoleId: string | null;
}

/** What a closed dialog's picker lists: building 10,000 items for it slowed the chart's first render. */
const NO_ROLES: ChartRole[] = [];

export interface AddRoleDialogProps {
  open: boolean;
  roles: ChartRole[];
  /** The role the new one reports to unless the user picks another. */
  defaultManagerId: string | null;
  /** Why the last attempt failed; shown inside the dialog, which makes the page behind it inert. */
  error: string | null;
  onCreate: (role: NewRole) => Promise<boolean>;
  onClose: () => void;
}

/** A small modal form to add one role; the full editor comes with the chart editor. */
export function AddRoleDialog({
  open,
  roles,
  defaultManagerId,
  error,
  onCreate,
  onClose,
}: AddRoleDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [title, setTitle] = useState('');
  const [shortName, setShortName] = useState('');
  const [fn, setFn] = useState('');
  const [managerId, setManagerId] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      setTitle('');
      setShortName('');
      setManagerId(defaultManagerId ?? '');
      setFn(roles.find((r) => r.id === defaultManagerId)?.function ?? '');
      el.showModal();
    } else if (!open && el.open) el.close();
  }, [open, defaultManagerId, roles]);

  // Only while open: a closed dialog holding 10,000 sorted options slowed the chart's first render.
  const functions = useMemo(
    () => (open ? [...new Set(roles.map((r) => r.function).filter((f) => f !== ''))].sort() : []),
    [open, roles],
  );

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (title.trim() === '') return;
    setBusy(true);
    const ok = await onCreate({
      title,
      shortName,
      function: fn,
      managerRoleId: managerId === '' ? null : managerId,
    });
    setBusy(false);
    if (ok) onClose();
  }

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-heading`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={`${id}-heading`}>Add a role</h2>
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={200}
          placeholder="e.g. Chief Executive Officer"
          autoComplete="off"
        />
        <label htmlFor={`${id}-short`}>
          Short name <span className="optional">(optional)</span>
        </label>
        <input
          id={`${id}-short`}
          value={shortName}
          onChange={(e) => setShortName(e.target.value)}
          maxLength={200}
          placeholder="e.g. CEO"
          autoComplete="off"
        />
        <label htmlFor={`${id}-function`}>
          Function <span className="optional">(optional)</span>
        </label>
        <input
          id={`${id}-function`}
          value={fn}
          onChange={(e) => setFn(e.target.value)}
          maxLength={200}
          list={`${id}-functions`}
          placeholder="e.g. Information Security"
          autoComplete="off"
        />
        <datalist id={`${id}-functions`}>
          {functions.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
        <label htmlFor={`${id}-manager`}>Reports to</label>
        <RolePicker
          id={`${id}-manager`}
          roles={open ? roles : NO_ROLES}
          value={managerId === '' ? null : managerId}
          onChange={(next) => setManagerId(next ?? '')}
          noneLabel="No manager (top of the chart)"
          placeholder="Type a title or short name"
        />
        <div role="alert" className="dialog__error">
          {error}
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy || title.trim() === ''}>
            Add role
          </button>
        </div>
      </form>
    </dialog>
  );
}
