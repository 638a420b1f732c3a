import './search.css';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Call } from '../../app/contract';
import type { ChartModel } from '../../app/views';
import { isSearchShortcut, onOpenSearch } from './open';
import { searchEntries, searchFor, type ResultKind, type SearchEntry, type SearchSources } from './search';

const KIND_LABELS: Record<ResultKind, string> = {
  role: 'Role',
  person: 'Person',
  policy: 'Policy',
  asset: 'Asset',
};

export interface SearchPaletteProps {
  call: Call;
  chart: ChartModel | null;
  /** Focuses a role on the chart (and so highlights its chain to the root). */
  onFocusRole: (roleId: string) => void;
  onError: (error: unknown) => void;
}

/** Ctrl/Cmd+K: find a role, person, policy or asset and focus it on the chart. */
export function SearchPalette({ call, chart, onFocusRole, onError }: SearchPaletteProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [registers, setRegisters] = useState<Omit<SearchSources, 'chart'> | null>(null);

  const show = useCallback(() => {
    if (chart === null) return;
    setQuery('');
    setActive(0);
    setOpen(true);
  }, [chart]);

  useEffect(() => onOpenSearch(show), [show]);
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(e)) return;
      if (!open && document.querySelector('dialog[open]')) return;
      e.preventDefault();
      if (open) input.current?.select();
      else show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, show]);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  // Policies and assets are fetched each time the palette opens, so they are never stale.
  useEffect(() => {
    if (!open) return;
    let current = true;
    Promise.all([call('policies.list', {}), call('assets.list', {}), call('assignments.list', {})]).then(
      ([policies, assets, assignments]) => {
        if (current) setRegisters({ policies, assets, assignments });
      },
      (e: unknown) => {
        if (current) onError(e);
      },
    );
    return () => {
      current = false;
    };
  }, [open, call, onError]);

  // Built while the palette is open only: 10,000 roles' entries would cost every chart update.
  const entries = useMemo(
    () =>
      chart === null || !open
        ? []
        : searchEntries({ chart, policies: [], assets: [], assignments: [], ...(registers ?? {}) }),
    [chart, registers, open],
  );
  const results = useMemo(() => searchFor(entries, query), [entries, query]);
  const current = Math.min(active, Math.max(results.length - 1, 0));

  const choose = (entry: SearchEntry | undefined) => {
    if (!entry || entry.roleId === null) return;
    setOpen(false);
    onFocusRole(entry.roleId);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + results.length) % Math.max(results.length, 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(results[current]);
    }
  };

  useEffect(() => {
    document.getElementById(`search-option-${current}`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  return (
    <dialog
      ref={dialog}
      className="search-palette"
      aria-label="Search the model"
      onClose={() => setOpen(false)}
      onClick={(e) => {
        if (e.target === dialog.current) setOpen(false);
      }}
    >
      {open && (
        <div className="search-palette__body">
          <input
            ref={input}
            className="search-palette__input"
            type="search"
            role="combobox"
            aria-label="Search roles, people, policies and assets"
            aria-expanded="true"
            aria-controls="search-results"
            aria-activedescendant={results.length > 0 ? `search-option-${current}` : undefined}
            aria-autocomplete="list"
            placeholder="Search roles, people, policies and assets…"
            value={query}
            autoFocus
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <ul id="search-results" className="search-palette__results" role="listbox" aria-label="Results">
            {results.map((r, i) => (
              <li
                key={`${r.kind}:${r.id}`}
                id={`search-option-${i}`}
                role="option"
                aria-selected={i === current}
                aria-disabled={r.roleId === null}
                className="search-palette__option"
                onMouseMove={() => setActive(i)}
                onClick={() => choose(r)}
              >
                <span className={`search-palette__kind search-palette__kind--${r.kind}`}>
                  {KIND_LABELS[r.kind]}
                </span>
                <span className="search-palette__label">{r.label}</span>
                <span className="search-palette__detail">{r.detail}</span>
              </li>
            ))}
          </ul>
          {results.length === 0 && <p className="search-palette__empty">Nothing matches “{query}”.</p>}
          <p className="search-palette__hint">
            ↑ ↓ to move · Enter to show on the chart · Esc to close
            {registers === null && ' · loading policies and assets…'}
          </p>
        </div>
      )}
    </dialog>
  );
}
