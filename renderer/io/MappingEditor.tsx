import { useId } from 'react';
import type { HrField } from '../../app/import/columns';
import { FIELD_LABELS, HR_FIELDS } from '../../app/import/columns';

/** Field -> column header chosen by the user (over the detected one). */
export type Mapping = Partial<Record<HrField, string>>;

const REQUIRED: ReadonlySet<HrField> = new Set(['employeeId', 'title']);

export interface MappingEditorProps {
  headers: readonly string[];
  /** The columns the last preview used, detected or mapped. */
  detected: Partial<Record<HrField, string>>;
  mapping: Mapping;
  disabled: boolean;
  onChange: (mapping: Mapping) => void;
}

/** One select per HR field: which column of the file holds it. */
export function MappingEditor({ headers, detected, mapping, disabled, onChange }: MappingEditorProps) {
  const id = useId();
  return (
    <fieldset className="io-mapping">
      <legend>Columns</legend>
      {HR_FIELDS.map((field) => {
        const value = mapping[field] ?? detected[field] ?? '';
        const label = FIELD_LABELS[field];
        return (
          <div key={field} className="io-mapping__field">
            <label htmlFor={`${id}-${field}`}>
              {label.charAt(0).toUpperCase() + label.slice(1)}
              {REQUIRED.has(field) && <span className="muted"> (needed)</span>}
            </label>
            <select
              id={`${id}-${field}`}
              value={value}
              disabled={disabled}
              onChange={(e) => {
                const next = { ...mapping };
                if (e.target.value === '') delete next[field];
                else next[field] = e.target.value;
                onChange(next);
              }}
            >
              <option value="">{value === '' ? 'Not in the file' : 'Detect automatically'}</option>
              {headers.map((h, i) =>
                h === '' ? null : (
                  <option key={`${i}-${h}`} value={h}>
                    {h}
                  </option>
                ),
              )}
            </select>
          </div>
        );
      })}
    </fieldset>
  );
}
