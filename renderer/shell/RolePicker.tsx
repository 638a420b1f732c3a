import './rolePicker.css';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { RoleRef } from '../../app/views';

/** At most this many matches are listed: a list of 10,000 options made pickers slow to open. */
const MAX_SHOWN = 50;

type Pickable = Pick<RoleRef, 'id' | 'title' | 'shortName'>;

export interface RolePickerProps {
  roles: readonly Pickable[];
  /** The chosen role's id, or null for none. */
  value: string | null;
  onChange: (id: string | null) => void;
  /** When given, "none" is a choice with this label (e.g. "No manager (top of the chart)"). */
  noneLabel?: string;
  placeholder?: string;
  /** The list floats over what follows (for toolbars) instead of pushing it down (dialogs, panels). */
  floating?: boolean;
  id?: string;
  'aria-label'?: string;
  'aria-labelledby'?: string;
}

const roleLabel = (r: Pickable) => (r.shortName !== '' ? `${r.title} (${r.shortName})` : r.title);
const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/**
 * A searchable role picker (the ARIA combobox pattern): type to filter by
 * title or short name, arrow keys and Enter or the mouse to choose, Escape to
 * close. Only the first matches are in the page, however many roles there are.
 */
export function RolePicker({
  roles,
  value,
  onChange,
  noneLabel,
  placeholder,
  floating = false,
  ...labelling
}: RolePickerProps) {
  const own = useId();
  const inputId = labelling.id ?? `${own}-input`;
  const listId = `${own}-list`;
  const [open, setOpen] = useState(false);
  /** What the user typed since opening; null shows every role, first ones first. */
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);

  const sorted = useMemo(
    () => (open ? [...roles].sort((a, b) => collator.compare(a.title, b.title)) : []),
    [open, roles],
  );
  const matches = useMemo(() => {
    const q = (query ?? '').trim().toLowerCase();
    return q === ''
      ? sorted
      : sorted.filter((r) => r.title.toLowerCase().includes(q) || r.shortName.toLowerCase().includes(q));
  }, [sorted, query]);
  const showNone = noneLabel !== undefined && (query ?? '').trim() === '';
  const choices: (Pickable | null)[] = [...(showNone ? [null] : []), ...matches.slice(0, MAX_SHOWN)];
  const optionId = (i: number) => `${own}-option-${i}`;

  const current = value === null ? null : roles.find((r) => r.id === value);
  const shown = query ?? (current ? roleLabel(current) : value === null ? (noneLabel ?? '') : '');

  useEffect(() => {
    if (open) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  function openList() {
    if (open) return;
    setOpen(true);
    setQuery(null);
    setActive(0);
  }

  function close() {
    setOpen(false);
    setQuery(null);
  }

  function choose(choice: Pickable | null) {
    close();
    if ((choice?.id ?? null) !== value) onChange(choice?.id ?? null);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const last = choices.length - 1;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return openList();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.min(last, Math.max(0, i + step)));
    } else if (e.key === 'Enter' && open) {
      // Enter picks; it must not also submit the form around the picker.
      e.preventDefault();
      const choice = choices[active];
      if (choice !== undefined) choose(choice);
    } else if (e.key === 'Escape' && open) {
      // Closes the list only, not the dialog the picker is in.
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  }

  const more = matches.length - MAX_SHOWN;
  return (
    <div className={floating ? 'role-picker role-picker--floating' : 'role-picker'}>
      <input
        id={inputId}
        type="text"
        role="combobox"
        className="role-picker__input"
        aria-label={labelling['aria-label']}
        aria-labelledby={labelling['aria-labelledby']}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && choices.length > 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={shown}
        onFocus={(e) => e.target.select()}
        onClick={openList}
        onBlur={close}
        onKeyDown={onKeyDown}
        onChange={(e) => {
          setOpen(true);
          setQuery(e.target.value);
          setActive(0);
        }}
      />
      <div className="role-picker__popup" hidden={!open}>
        <ul id={listId} role="listbox" className="role-picker__list" aria-label="Matching roles">
          {open &&
            choices.map((r, i) => (
              <li
                key={r?.id ?? ''}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={r === null ? 'role-picker__option role-picker__option--none' : 'role-picker__option'}
                // Keep the focus in the input, so its blur does not close the list before the click.
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => i !== active && setActive(i)}
                onClick={() => choose(r)}
              >
                {r === null ? (
                  noneLabel
                ) : (
                  <>
                    {r.title}
                    {r.shortName !== '' && <span className="role-picker__short"> ({r.shortName})</span>}
                  </>
                )}
              </li>
            ))}
        </ul>
        {open && choices.length === 0 && <p className="role-picker__note">No role matches.</p>}
        {open && more > 0 && (
          <p className="role-picker__note">
            {more.toLocaleString()} more: type to narrow the list.
          </p>
        )}
      </div>
    </div>
  );
}
