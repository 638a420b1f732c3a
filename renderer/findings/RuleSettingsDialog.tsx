import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { RuleInfo } from '../../app/views';
import { SEVERITIES, SEVERITY_LABELS, type Severity } from './model';
import { ParamInput } from './ParamInput';
import {
  type Drafts,
  type Patch,
  type RuleDraft,
  draftsOf,
  explainRefusal,
  paramFields,
  settingsPatch,
} from './settings';

export interface RuleSettingsDialogProps {
  rules: RuleInfo[];
  readOnly: boolean;
  /** Why the last save failed (the model's own message); shown in the dialog, which makes the page inert. */
  error: string | null;
  /** Saves the change; resolves true when the model took it. */
  onSave: (patch: Patch) => Promise<boolean>;
  onClose: () => void;
}

function RuleFieldset({
  rule,
  draft,
  readOnly,
  onChange,
}: {
  rule: RuleInfo;
  draft: RuleDraft;
  readOnly: boolean;
  onChange: (next: RuleDraft) => void;
}) {
  const id = useId();
  const fields = useMemo(() => paramFields(rule.paramsSchema), [rule.paramsSchema]);
  return (
    <fieldset
      className={draft.enabled ? 'rule-setting' : 'rule-setting rule-setting--off'}
      disabled={readOnly}
    >
      <legend className="rule-setting__title">{rule.title}</legend>
      <p className="rule-setting__description">{rule.description}</p>
      <div className="rule-setting__row">
        <label className="rule-setting__switch">
          <input
            type="checkbox"
            checked={draft.enabled}
            onChange={(e) => onChange({ ...draft, enabled: e.target.checked })}
          />
          On
        </label>
        <label htmlFor={`${id}-severity`}>Severity</label>
        <select
          id={`${id}-severity`}
          value={draft.severity}
          onChange={(e) => onChange({ ...draft, severity: e.target.value as Severity })}
        >
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_LABELS[s].name}
              {s === rule.defaultSeverity ? ' (default)' : ''}
            </option>
          ))}
        </select>
      </div>
      {fields.map((field) => (
        <ParamInput
          key={field.key}
          field={field}
          value={draft.params[field.key]}
          onChange={(value) => onChange({ ...draft, params: { ...draft.params, [field.key]: value } })}
        />
      ))}
    </fieldset>
  );
}

/** Every governance rule: on or off, its severity, its parameters; saved as one undoable change. */
export function RuleSettingsDialog({ rules, readOnly, error, onSave, onClose }: RuleSettingsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(rules));
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    return () => el?.close();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const patch = settingsPatch(rules, drafts);
    if (patch === null) return onClose();
    setBusy(true);
    const ok = await onSave(patch);
    setBusy(false);
    if (ok) onClose();
  }

  return (
    <dialog ref={dialog} className="dialog rule-settings" aria-labelledby={`${id}-title`} onClose={onClose}>
      {/* noValidate: the model checks every value and says what is wrong in its own words. */}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-title`}>Rule settings</h2>
        <p className="muted">
          These settings are saved in this model. Saving is one step you can undo.
          {readOnly && ' The model is open read-only, so they cannot be changed here.'}
        </p>
        <div className="rule-settings__list">
          {rules.map((rule) => {
            const draft = drafts[rule.id];
            return (
              draft && (
                <RuleFieldset
                  key={rule.id}
                  rule={rule}
                  draft={draft}
                  readOnly={readOnly}
                  onChange={(next) => setDrafts((d) => ({ ...d, [rule.id]: next }))}
                />
              )
            );
          })}
        </div>
        <div role="alert" className="dialog__error">
          {error === null ? null : explainRefusal(error, rules)}
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy || readOnly}>
            Save settings
          </button>
        </div>
      </form>
    </dialog>
  );
}
