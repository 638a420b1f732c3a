import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Picker } from '../shell/RolePicker';
import { localToday, readIsoDate } from './dates';
import type { CellValue, Editor } from './table';

export interface EditCellProps<T> {
  row: T;
  value: CellValue;
  editor: Editor<T>;
  label: string;
  disabled: boolean;
  /** The datalist id for combo editors. */
  listId?: string;
  /** Says why a typed value was not saved (a bad date), or null once it is fixed or undone. */
  onInvalid?: (message: string | null) => void;
  /** The id of the element that shows that message, for aria-describedby. */
  errorId?: string;
}

function onTextKey(e: KeyboardEvent<HTMLInputElement>, original: string) {
  if (e.key === 'Enter') e.currentTarget.blur();
  if (e.key === 'Escape') {
    e.currentTarget.value = original;
    e.currentTarget.blur();
  }
}

/**
 * A cell edited in place: the field commits when it loses focus or on
 * Enter, Escape puts the stored value back. Uncontrolled, keyed by the
 * stored value, so a refresh after the command shows what was saved.
 */
export function EditCell<T>(props: EditCellProps<T>) {
  const { row, value, editor, label, disabled, listId } = props;
  const original = value === null ? '' : String(value);
  if (editor.kind === 'date') return <DateCell {...props} editor={editor} original={original} />;
  if (editor.kind === 'picker') {
    return (
      <Picker
        aria-label={label}
        items={editor.items}
        noun={editor.noun}
        noneLabel={editor.noneLabel}
        shownAs={editor.shownAs}
        value={original === '' ? null : original}
        disabled={disabled}
        onChange={(next) => editor.commit(row, next)}
        floating
      />
    );
  }
  if (editor.kind === 'select') {
    return (
      <select
        className="cell-input"
        aria-label={label}
        value={original}
        disabled={disabled}
        onChange={(e) => editor.commit(row, e.target.value)}
      >
        {editor.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  }
  const type = editor.kind === 'number' ? 'number' : editor.kind === 'url' ? 'url' : 'text';
  return (
    <input
      key={original}
      className="cell-input"
      type={type}
      aria-label={label}
      defaultValue={original}
      title={
        editor.kind === 'text' || editor.kind === 'url' || editor.kind === 'combo' ? original : undefined
      }
      disabled={disabled}
      list={editor.kind === 'combo' ? listId : undefined}
      min={editor.kind === 'number' ? editor.min : undefined}
      max={editor.kind === 'number' ? editor.max : undefined}
      onKeyDown={(e) => onTextKey(e, original)}
      onBlur={(e) => {
        const next = e.currentTarget.value;
        if (next === original) return;
        if (editor.kind === 'number') {
          const n = next.trim() === '' ? null : Number(next);
          if (n !== null && !Number.isFinite(n)) return;
          editor.commit(row, n);
        } else editor.commit(row, next);
      }}
    />
  );
}

const CalendarIcon = () => (
  <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
    <rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
    <path d="M2 6.5h12M5.5 1.5v3M10.5 1.5v3" fill="none" stroke="currentColor" strokeWidth="1.4" />
  </svg>
);

/**
 * A date typed as yyyy-mm-dd (the browser's date field shows the locale's
 * order, which read 03/15/2020 beside the ISO dates of the other columns),
 * with a button that opens the browser's calendar. A bad date is not saved:
 * the field stays as typed, marked invalid, and `onInvalid` says why.
 */
function DateCell<T>({
  row,
  editor,
  label,
  disabled,
  original,
  onInvalid,
  errorId,
}: EditCellProps<T> & { editor: Extract<Editor<T>, { kind: 'date' }>; original: string }) {
  const text = useRef<HTMLInputElement>(null);
  const calendar = useRef<HTMLInputElement>(null);
  const [invalid, setInvalid] = useState(false);
  /** What this field last saved, until the refreshed model shows it: a blur right after a pick must not save it twice. */
  const committed = useRef<string | null>(null);
  useEffect(() => {
    committed.current = null;
  }, [original]);
  const today = localToday();

  function report(message: string | null) {
    setInvalid(message !== null);
    onInvalid?.(message === null ? null : `${label}: ${message}`);
  }

  function save(typed: string) {
    const reading = readIsoDate(typed, editor.notAfterToday ? today : undefined);
    if (!reading.ok) return report(reading.message);
    if (invalid) report(null);
    if (text.current) text.current.value = reading.value;
    if (reading.value === original || reading.value === committed.current) return;
    committed.current = reading.value;
    editor.commit(row, reading.value);
  }

  return (
    <span className="date-cell" key={original}>
      <input
        ref={text}
        className="cell-input date-cell__text"
        type="text"
        inputMode="numeric"
        placeholder="yyyy-mm-dd"
        maxLength={10}
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        defaultValue={original}
        disabled={disabled}
        spellCheck={false}
        autoComplete="off"
        onKeyDown={(e) => {
          if (e.key === 'Escape' && invalid) report(null);
          onTextKey(e, original);
        }}
        onBlur={(e) => save(e.currentTarget.value)}
      />
      <button
        type="button"
        className="date-cell__pick"
        aria-label={`Pick the ${label.charAt(0).toLowerCase()}${label.slice(1)} on a calendar`}
        title="Pick on a calendar"
        disabled={disabled}
        onClick={() => {
          const native = calendar.current;
          if (!native) return;
          native.value = readIsoDate(text.current?.value ?? '').ok ? (text.current?.value ?? '') : '';
          try {
            native.showPicker();
          } catch {
            native.focus(); // A browser without showPicker: its own field still takes the date.
          }
        }}
      >
        <CalendarIcon />
      </button>
      {/* The browser's calendar only; what it picks is written into the ISO field and saved. */}
      <input
        ref={calendar}
        className="date-cell__native"
        type="date"
        tabIndex={-1}
        aria-hidden="true"
        max={editor.notAfterToday ? today : undefined}
        onChange={(e) => {
          if (e.currentTarget.value === '') return;
          save(e.currentTarget.value);
          text.current?.focus();
        }}
      />
    </span>
  );
}
