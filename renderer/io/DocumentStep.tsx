import { useId, useState } from 'react';

export interface DocumentStepProps {
  source: string;
  busy: boolean;
  onImport: (replace: boolean) => void;
  onClose: () => void;
}

/** A whole Charter model (JSON): add it to this model, or replace this model with it after a confirmation. */
export function DocumentStep({ source, busy, onImport, onClose }: DocumentStepProps) {
  const id = useId();
  const [replace, setReplace] = useState(false);
  const [confirming, setConfirming] = useState(false);
  if (confirming)
    return (
      <div className="io-confirm" role="group" aria-labelledby={`${id}-confirm`}>
        <p id={`${id}-confirm`} className="io-note io-note--warning">
          Replace the whole model with {source}? Every role, person, policy, asset and RACI assignment in it
          now is removed. Undo brings them back.
        </p>
        <div className="dialog__actions">
          <button
            type="button"
            className="button"
            onClick={() => setConfirming(false)}
            disabled={busy}
            autoFocus
          >
            Back
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => onImport(true)}
            disabled={busy}
          >
            Replace the model
          </button>
        </div>
      </div>
    );
  return (
    <>
      <p className="io-summary">
        <strong>{source}</strong> is a whole Charter model. Its roles, people, policies, assets and RACI
        assignments are added to this model, or replace it.
      </p>
      <div className="io-check">
        <input
          id={`${id}-replace`}
          type="checkbox"
          checked={replace}
          onChange={(e) => setReplace(e.target.checked)}
          disabled={busy}
        />
        <label htmlFor={`${id}-replace`}>Replace the whole model instead of adding to it</label>
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => (replace ? setConfirming(true) : onImport(false))}
          disabled={busy}
        >
          {replace ? 'Replace…' : 'Import'}
        </button>
      </div>
    </>
  );
}
