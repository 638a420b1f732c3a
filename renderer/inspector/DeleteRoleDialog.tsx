import { useEffect, useId, useRef } from 'react';
import type { RaciLetter } from '../../app/model';
import type { RoleDetail } from '../../app/views';

const LETTERS: { letter: RaciLetter; name: string }[] = [
  { letter: 'A', name: 'Accountable' },
  { letter: 'R', name: 'Responsible' },
  { letter: 'C', name: 'Consulted' },
  { letter: 'I', name: 'Informed' },
];

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What deleting a role does, in sentences, for the confirmation. */
export function deleteConsequences(detail: RoleDetail): string[] {
  const out: string[] = [];
  const { reports, manager } = detail;
  if (reports.length > 0) {
    const names = reports.map((r) => (r.shortName !== '' ? r.shortName : r.title)).join(', ');
    out.push(
      manager
        ? `Its ${plural(reports.length, 'direct report', 'direct reports')} (${names}) will report to ${manager.title} instead.`
        : `Its ${plural(reports.length, 'direct report', 'direct reports')} (${names}) will become top-level roles.`,
    );
  } else out.push('No role reports to it.');
  const counts = LETTERS.map(({ letter, name }) => ({
    name,
    n: detail.assignments.filter((a) => a.letter === letter).length,
  })).filter((c) => c.n > 0);
  if (counts.length > 0) {
    const total = counts.reduce((s, c) => s + c.n, 0);
    out.push(
      `Its ${plural(total, 'RACI assignment', 'RACI assignments')} will be removed (${counts
        .map((c) => `${c.n} ${c.name}`)
        .join(', ')}).` +
        (counts.some((c) => c.name === 'Accountable')
          ? ' What it is Accountable for will have no owner.'
          : ''),
    );
  } else out.push('It has no RACI assignments.');
  if (detail.holders.length > 0)
    out.push(`${detail.holders.map((h) => h.name).join(', ')} will no longer hold it (the people stay).`);
  const dotted = detail.dottedManagers.length + detail.dottedReports.length;
  if (dotted > 0) out.push(`${plural(dotted, 'dotted line', 'dotted lines')} will be removed.`);
  if (detail.approves.length > 0)
    out.push(`${plural(detail.approves.length, 'policy', 'policies')} will have no approver.`);
  return out;
}

export interface DeleteRoleDialogProps {
  detail: RoleDetail;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before a role is deleted, saying what happens to its reports and to what it owns. */
export function DeleteRoleDialog({ detail, onConfirm, onClose }: DeleteRoleDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);
  return (
    <dialog ref={dialog} className="dialog delete-role" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm();
        }}
      >
        <h2 id={`${id}-title`}>Delete “{detail.role.title}”?</h2>
        <ul className="delete-role__list">
          {deleteConsequences(detail).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="muted">You can undo this with Undo (Ctrl/Cmd+Z).</p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose} autoFocus>
            Cancel
          </button>
          <button type="submit" className="button button--danger">
            Delete role
          </button>
        </div>
      </form>
    </dialog>
  );
}
