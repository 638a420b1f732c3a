import { useEffect, useId, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { EditCell } from './EditCell';
import { type RevealRequest, locateRow, scrollTopFor, settleReveal } from './reveal';
import { type Column, type SortState, filterAndSort, nextSort } from './table';
import { useWindow } from './useWindow';

export const ROW_HEIGHT = 38;
const HEADER_HEIGHT = 36;
const SELECT_WIDTH = 40;

export interface RegisterTableProps<T> {
  /** Plural noun for labels: "policies". */
  noun: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  getId: (row: T) => string;
  /** How a row is named in field labels: `Title of "Access control policy"`. */
  rowLabel: (row: T) => string;
  readOnly: boolean;
  /** Row buttons (open, delete...), in the last column. */
  actions: (row: T) => ReactNode;
  actionsWidth: number;
  /** Extra filters beside the search box, already applied to `rows`. */
  filters?: ReactNode;
  /** Rows before the extra filters, for the "x of y" count and the empty state. */
  total: number;
  onCreate: () => void;
  onDeleteMany: (ids: string[]) => void;
  empty: ReactNode;
  /** A row to bring into view, highlight and focus (from the Findings panel's "Show"). */
  reveal?: RevealRequest | null;
}

function sortLabel(sort: SortState | null, key: string): 'ascending' | 'descending' | 'none' {
  if (sort?.key !== key) return 'none';
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}

/**
 * A register: a search box, sortable column headers, cells edited in
 * place, a selection for bulk deletion, and only the visible rows mounted.
 */
export function RegisterTable<T>(props: RegisterTableProps<T>) {
  const { noun, rows, columns, getId, rowLabel, readOnly, actions, actionsWidth } = props;
  const id = useId();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortState | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  /** Why the last value typed in a cell was not saved (a bad date), shown under the toolbar. */
  const [cellError, setCellError] = useState<string | null>(null);

  const shown = useMemo(() => filterAndSort(rows, columns, query, sort), [rows, columns, query, sort]);
  const { ref, onScroll, start, end, element, scrollTo } = useWindow(shown.length, ROW_HEIGHT, HEADER_HEIGHT);
  /** The row "Show" brought here: highlighted until another is shown. */
  const [target, setTarget] = useState<string | null>(null);
  /** The row to focus once it is mounted (the window mounts it after the scroll). */
  const focusNext = useRef<string | null>(null);

  const { reveal } = props;
  useEffect(() => {
    if (!reveal) return;
    const { index, hidden } = locateRow(shown, rows, getId, reveal.id);
    if (index < 0) {
      // The search box hides it: clear the search, and this runs again with the row shown.
      if (hidden && query !== '') setQuery('');
      else settleReveal(reveal);
      return;
    }
    const el = element.current;
    if (el) scrollTo(scrollTopFor(index, ROW_HEIGHT, el.clientHeight, HEADER_HEIGHT, shown.length));
    setTarget(reveal.id);
    focusNext.current = reveal.id;
    settleReveal(reveal);
  }, [reveal, shown, rows, getId, query, element, scrollTo]);

  useEffect(() => {
    const wanted = focusNext.current;
    if (wanted === null) return;
    const row = element.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(wanted)}"]`);
    // Not before the render that makes it the target: until then it cannot take the focus.
    if (!row?.hasAttribute('tabindex')) return;
    focusNext.current = null;
    row.focus({ preventScroll: true });
  });
  // The last data column takes whatever room is left, so the table fills a wide window.
  const template = [
    `${SELECT_WIDTH}px`,
    ...columns.map((c, i) => (i === columns.length - 1 ? `minmax(${c.width}px, 1fr)` : `${c.width}px`)),
    `${actionsWidth}px`,
  ].join(' ');
  const width = `max(100%, ${SELECT_WIDTH + actionsWidth + columns.reduce((n, c) => n + c.width, 0)}px)`;
  const gridStyle: CSSProperties = { gridTemplateColumns: template, width };

  // Only rows still present (and shown) count as selected.
  const shownIds = useMemo(() => new Set(shown.map(getId)), [shown, getId]);
  const selection = [...selected].filter((s) => shownIds.has(s));
  const allSelected = shown.length > 0 && selection.length === shown.length;

  function toggle(rowId: string) {
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(rowId)) next.delete(rowId);
      else next.add(rowId);
      return next;
    });
  }

  if (props.total === 0) return <div className="register register--empty">{props.empty}</div>;

  return (
    <div className="register">
      <div className="register__toolbar">
        <input
          type="search"
          className="register__search"
          placeholder={`Filter ${noun}…`}
          aria-label={`Filter ${noun}`}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        {props.filters}
        <span className="register__count" aria-live="polite">
          {shown.length === props.total
            ? `${props.total.toLocaleString('en')} ${noun}`
            : `${shown.length.toLocaleString('en')} of ${props.total.toLocaleString('en')} ${noun}`}
        </span>
        <span className="register__spacer" />
        {selection.length > 0 && (
          <button
            type="button"
            className="button button--danger"
            disabled={readOnly}
            onClick={() => props.onDeleteMany(selection)}
          >
            Delete {selection.length.toLocaleString('en')} selected
          </button>
        )}
        <button type="button" className="button button--primary" disabled={readOnly} onClick={props.onCreate}>
          New {noun === 'people' ? 'person' : noun.replace(/ies$/, 'y').replace(/s$/, '')}
        </button>
      </div>
      {cellError !== null && (
        <div className="register__error" role="alert">
          <p id={`${id}-error`}>{cellError}</p>
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => setCellError(null)}
          >
            Dismiss
          </button>
        </div>
      )}
      <div
        className="register__scroll"
        ref={ref}
        onScroll={onScroll}
        role="table"
        aria-label={noun[0]?.toUpperCase() + noun.slice(1)}
        aria-rowcount={shown.length + 1}
        tabIndex={-1}
      >
        <div role="rowgroup" className="register__head">
          <div role="row" aria-rowindex={1} className="register__row register__row--head" style={gridStyle}>
            <div role="columnheader" className="register__cell register__cell--select">
              <input
                type="checkbox"
                aria-label={`Select all ${shown.length} ${noun} shown`}
                checked={allSelected}
                ref={(el) => {
                  if (el) el.indeterminate = selection.length > 0 && !allSelected;
                }}
                onChange={() => setSelected(allSelected ? new Set() : new Set(shownIds))}
              />
            </div>
            {columns.map((c) => (
              <div
                key={c.key}
                role="columnheader"
                aria-sort={sortLabel(sort, c.key)}
                className="register__cell register__cell--head"
              >
                <button
                  type="button"
                  className="register__sort"
                  title={`Sort by ${c.label.toLowerCase()}`}
                  onClick={() => setSort((s) => nextSort(s, c.key))}
                >
                  {c.label}
                  <span aria-hidden="true" className="register__arrow">
                    {sort?.key === c.key ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </div>
            ))}
            <div role="columnheader" className="register__cell register__cell--head">
              <span className="visually-hidden">Actions</span>
            </div>
          </div>
        </div>
        <div role="rowgroup" className="register__body" style={{ height: shown.length * ROW_HEIGHT, width }}>
          {shown.slice(start, end).map((row, i) => {
            const index = start + i;
            const rowId = getId(row);
            const name = rowLabel(row);
            return (
              <div
                key={rowId}
                role="row"
                data-row-id={rowId}
                aria-rowindex={index + 2}
                aria-selected={selected.has(rowId)}
                aria-current={rowId === target ? 'true' : undefined}
                tabIndex={rowId === target ? -1 : undefined}
                className={[
                  'register__row',
                  selected.has(rowId) && 'register__row--selected',
                  rowId === target && 'register__row--target',
                ]
                  .filter(Boolean)
                  .join(' ')}
                style={{ ...gridStyle, transform: `translateY(${index * ROW_HEIGHT}px)` }}
              >
                <div role="cell" className="register__cell register__cell--select">
                  <input
                    type="checkbox"
                    aria-label={`Select ${name}`}
                    checked={selected.has(rowId)}
                    onChange={() => toggle(rowId)}
                  />
                </div>
                {columns.map((c) => (
                  <div
                    key={c.key}
                    role="cell"
                    className={[
                      'register__cell',
                      c.align === 'end' && 'register__cell--end',
                      c.edit?.kind === 'picker' && 'register__cell--picker',
                    ]
                      .filter(Boolean)
                      .join(' ')}
                  >
                    {c.edit ? (
                      <EditCell
                        row={row}
                        value={c.value(row)}
                        editor={c.edit}
                        label={`${c.label} of ${name}`}
                        disabled={readOnly}
                        listId={`${id}-${c.key}`}
                        onInvalid={setCellError}
                        errorId={`${id}-error`}
                      />
                    ) : c.render ? (
                      c.render(row)
                    ) : (
                      <span className="register__text">{String(c.value(row) ?? '')}</span>
                    )}
                  </div>
                ))}
                <div role="cell" className="register__cell register__cell--actions">
                  {actions(row)}
                </div>
              </div>
            );
          })}
        </div>
        {shown.length === 0 && <p className="empty-state">No {noun} match this filter.</p>}
      </div>
      {columns.map((c) =>
        c.edit?.kind === 'combo' ? (
          <datalist key={c.key} id={`${id}-${c.key}`}>
            {c.edit.options.map((o) => (
              <option key={o} value={o} />
            ))}
          </datalist>
        ) : null,
      )}
    </div>
  );
}
