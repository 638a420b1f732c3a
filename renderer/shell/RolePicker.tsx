import './rolePicker.css';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { RoleRef } from '../../app/views';

/** At most this many matches are listed: a list of 10,000 options made pickers slow to open. */
export const MAX_SHOWN = 50;

/** What the picker shows of one choice: its name and, muted after it, what tells namesakes apart. */
export interface PickerItem {
  id: string;
  label: string;
  /** A short name or an email; searched too. Empty for none. */
  detail: string;
}

/** What an item reads as, in the list and in the field once chosen. */
export const itemText = (r: PickerItem) => (r.detail !== '' ? `${r.label} (${r.detail})` : r.label);

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/** The items sorted by label, as the list shows them before anything is typed. */
export function sortItems<T extends PickerItem>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => collator.compare(a.label, b.label) || collator.compare(a.detail, b.detail),
  );
}

/**
 * The sorted items that have every word typed in their label or detail,
 * ignoring case: "chief sec" finds the Chief Information Security Officer,
 * and the text an item shows, "Title (Short)", finds that item.
 */
export function matchItems<T extends PickerItem>(sorted: readonly T[], query: string): readonly T[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return sorted;
  return sorted.filter((r) => {
    const text = itemText(r).toLowerCase();
    return words.every((w) => text.includes(w));
  });
}

export interface PickerProps<T extends PickerItem> {
  items: readonly T[];
  /** What the items are called, for the list's name and its notes: role and roles, person and people. */
  noun: { one: string; many: string };
  /** The chosen item's id, or null for none. */
  value: string | null;
  onChange: (id: string | null) => void;
  /** When given, "none" is a choice with this label (e.g. "No manager (top of the chart)"). */
  noneLabel?: string;
  placeholder?: string;
  /** The list floats over what follows (for toolbars) instead of pushing it down (dialogs, panels). */
  floating?: boolean;
  /** What the closed field shows of the chosen item, when not "label (detail)" (a narrow table cell: "CEO"). */
  shownAs?: (item: T) => string;
  disabled?: boolean;
  id?: string;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
}

/**
 * A searchable picker (the ARIA combobox pattern): type words of the label
 * or detail to filter, arrow keys, Home/End and Enter or the mouse to choose, Escape
 * to close. Only the first matches are in the page, however many items
 * there are. The one picker for roles and people alike.
 */
export function Picker<T extends PickerItem>({
  items,
  noun,
  value,
  onChange,
  noneLabel,
  placeholder,
  floating = false,
  shownAs = itemText,
  disabled,
  ...labelling
}: PickerProps<T>) {
  const own = useId();
  const inputId = labelling.id ?? `${own}-input`;
  const listId = `${own}-list`;
  const [open, setOpen] = useState(false);
  /** What the user typed since opening; null shows every item, first ones first. */
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);

  // Sorted only while open: sorting 10,000 items on every render of the page around it was slow.
  const sorted = useMemo(() => (open ? sortItems(items) : []), [open, items]);
  const matches = useMemo(() => matchItems(sorted, query ?? ''), [sorted, query]);
  const showNone = noneLabel !== undefined && (query ?? '').trim() === '';
  const choices: (T | null)[] = [...(showNone ? [null] : []), ...matches.slice(0, MAX_SHOWN)];
  const optionId = (i: number) => `${own}-option-${i}`;

  const current = value === null ? null : items.find((r) => r.id === value);
  const shown = query ?? (current ? shownAs(current) : value === null ? (noneLabel ?? '') : '');

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

  function choose(choice: T | null) {
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
    } else if ((e.key === 'Home' || e.key === 'End') && open && e.ctrlKey) {
      e.preventDefault();
      setActive(e.key === 'Home' ? 0 : Math.max(0, last));
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
  const none = `No ${noun.one} matches “${(query ?? '').trim()}”.`;
  return (
    <div className={floating ? 'role-picker role-picker--floating' : 'role-picker'}>
      <input
        id={inputId}
        type="text"
        role="combobox"
        className="role-picker__input"
        aria-label={labelling['aria-label']}
        aria-labelledby={labelling['aria-labelledby']}
        aria-describedby={labelling['aria-describedby']}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && choices.length > 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        title={current && !open ? itemText(current) : undefined}
        disabled={disabled}
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
        <ul id={listId} role="listbox" className="role-picker__list" aria-label={`Matching ${noun.many}`}>
          {open &&
            choices.map((r, i) => (
              <li
                key={r?.id ?? ''}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={
                  r === null ? 'role-picker__option role-picker__option--none' : 'role-picker__option'
                }
                // Keep the focus in the input, so its blur does not close the list before the click.
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => i !== active && setActive(i)}
                title={r === null ? undefined : itemText(r)}
                onClick={() => choose(r)}
              >
                {r === null ? (
                  noneLabel
                ) : (
                  <>
                    {r.label}
                    {r.detail !== '' && <span className="role-picker__short"> ({r.detail})</span>}
                  </>
                )}
              </li>
            ))}
        </ul>
        {open && choices.length === 0 && (
          <p className="role-picker__note" role="status">
            {items.length === 0 ? `There are no ${noun.many} to choose from.` : none}
          </p>
        )}
        {open && choices.length > 0 && query !== null && (
          // Said, not shown: how many matches the typing left, as the list changes.
          <p className="role-picker__status" role="status">
            {matches.length === 1
              ? `1 ${noun.one} matches`
              : `${matches.length.toLocaleString('en')} ${noun.many} match`}
          </p>
        )}
        {open && more > 0 && (
          <p className="role-picker__note">{more.toLocaleString('en')} more: type to narrow the list.</p>
        )}
      </div>
    </div>
  );
}

type PickableRole = Pick<RoleRef, 'id' | 'title' | 'shortName'>;

export interface RolePickerProps extends Omit<PickerProps<PickerItem>, 'items' | 'noun'> {
  roles: readonly PickableRole[];
}

/** The role items of a picker: title, then the short name (CEO, CISO) muted. */
export function roleItems(roles: readonly PickableRole[]): PickerItem[] {
  return roles.map((r) => ({ id: r.id, label: r.title, detail: r.shortName }));
}

const ROLE_NOUN = { one: 'role', many: 'roles' };

/** The picker over roles: searches titles and short names. */
export function RolePicker({ roles, ...props }: RolePickerProps) {
  const items = useMemo(() => roleItems(roles), [roles]);
  return <Picker {...props} items={items} noun={ROLE_NOUN} />;
}
