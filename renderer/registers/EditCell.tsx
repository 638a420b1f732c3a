import { type KeyboardEvent } from 'react';
import type { CellValue, Editor } from './table';

export interface EditCellProps<T> {
  row: T;
  value: CellValue;
  editor: Editor<T>;
  label: string;
  disabled: boolean;
  /** The datalist id for combo editors. */
  listId?: string;
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
export function EditCell<T>({ row, value, editor, label, disabled, listId }: EditCellProps<T>) {
  const original = value === null ? '' : String(value);
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
  const type =
    editor.kind === 'number'
      ? 'number'
      : editor.kind === 'date'
        ? 'date'
        : editor.kind === 'url'
          ? 'url'
          : 'text';
  return (
    <input
      key={original}
      className="cell-input"
      type={type}
      aria-label={label}
      defaultValue={original}
      title={editor.kind === 'text' || editor.kind === 'url' || editor.kind === 'combo' ? original : undefined}
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
