import { useId } from 'react';
import type { HrField } from '../../app/import/columns';
import { FIELD_LABELS, HR_FIELDS } from '../../app/import/columns';

/**
 * Field -> column header chosen by the user (over the detected one); the
 * empty string marks a field as not imported, whatever would be detected.
 */
export type Mapping = Partial<Record<HrField, string>>;

const REQUIRED: ReadonlySet<HrField> = new Set(['employeeId', 'title']);

/** A select's value: detect (''), not imported, or the column at an index (headers may repeat). */
const NOT_IMPORTED = 'not-imported';
const column = (index: number) => `column:${index}`;

/** What a field's select shows: the user's choice, else the column the last preview used. */
export function choiceOf(
  field: HrField,
  mapping: Mapping,
  detected: Partial<Record<HrField, string>>,
  headers: readonly string[],
): string {
  const mapped = mapping[field];
  if (mapped === '') return NOT_IMPORTED;
  const header = mapped ?? detected[field];
  const index = header === undefined ? -1 : headers.indexOf(header);
  return index < 0 ? '' : column(index);
}

/** The mapping after choosing `choice` (a select value) for `field`. */
export function withChoice(
  mapping: Mapping,
  field: HrField,
  choice: string,
  headers: readonly string[],
): Mapping {
  const next = { ...mapping };
  const header = choice.startsWith('column:') ? headers[Number(choice.slice(7))] : undefined;
  if (choice === NOT_IMPORTED) next[field] = '';
  else if (header === undefined || header === '') delete next[field];
  else next[field] = header;
  return next;
}

export interface MappingEditorProps {
  headers: readonly string[];
  /** The columns the last preview used, detected or mapped. */
  detected: Partial<Record<HrField, string>>;
  mapping: Mapping;
  disabled: boolean;
  onChange: (mapping: Mapping) => void;
}

/** One select per HR field: which column of the file holds it, or none (not imported). */
export function MappingEditor({ headers, detected, mapping, disabled, onChange }: MappingEditorProps) {
  const id = useId();
  return (
    <fieldset className="io-mapping">
      <legend>Columns</legend>
      {HR_FIELDS.map((field) => {
        const value = choiceOf(field, mapping, detected, headers);
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
              onChange={(e) => onChange(withChoice(mapping, field, e.target.value, headers))}
            >
              <option value="">{value === '' ? 'Not in the file' : 'Detect automatically'}</option>
              {!REQUIRED.has(field) && <option value={NOT_IMPORTED}>— not imported —</option>}
              {headers.map((h, i) =>
                h === '' ? null : (
                  <option key={`${i}-${h}`} value={column(i)}>
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
