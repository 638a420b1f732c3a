import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

export interface ModalProps {
  title: string;
  /** Called with the form's submit; the modal closes when it resolves true. */
  onSubmit: () => Promise<boolean> | boolean;
  onClose: () => void;
  submitLabel: string;
  danger?: boolean;
  busy?: boolean;
  children: ReactNode;
}

/** A modal form on the native <dialog>: focus is trapped, Escape closes it. */
export function Modal({ title, onSubmit, onClose, submitLabel, danger, busy, children }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await onSubmit()) onClose();
  }

  return (
    <dialog ref={dialog} className="dialog register-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id={`${id}-title`}>{title}</h2>
        {children}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className={danger ? 'button button--danger' : 'button button--primary'}
            disabled={busy}
          >
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
