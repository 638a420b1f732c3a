import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface IoDialogProps {
  title: string;
  /** While true, Escape does not close the dialog (a file is being written). */
  busy: boolean;
  onClose: () => void;
  children: (headingId: string) => ReactNode;
}

/**
 * The frame of the import and export dialogs: a native modal <dialog>, so
 * focus stays inside and the page behind is inert; Escape closes it unless
 * work is under way.
 */
export function IoDialog({ title, busy, onClose, children }: IoDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="dialog io-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        if (busy) e.preventDefault();
      }}
      onClose={onClose}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {children(`${id}-title`)}
    </dialog>
  );
}

/** A progress line: a bar (indeterminate without a fraction) and what is happening. */
export function Progress({ label, fraction }: { label: string; fraction?: number | undefined }) {
  return (
    <div className="io-progress" role="status">
      <progress
        max={1}
        value={fraction}
        aria-label={label}
        {...(fraction === undefined ? {} : { 'aria-valuetext': `${Math.round(fraction * 100)}%` })}
      />
      <span>
        {label}
        {fraction === undefined ? '' : ` ${Math.round(fraction * 100)}%`}
      </span>
    </div>
  );
}
