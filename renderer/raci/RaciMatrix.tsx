import './raci.css';
import { useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { RaciLetter, SubjectType } from '../../app/model';
import type { ChartModel } from '../../app/views';
import type { RegisterData } from '../registers/data';
import type { Run } from '../registers/run';
import { useWindow } from '../registers/useWindow';
import { ColumnChooser } from './ColumnChooser';
import {
  type ColumnMode,
  FLAG_LABELS,
  indexAssignments,
  letterForKey,
  matrixRoles,
  matrixSubjects,
  moveCell,
  nextLetter,
} from './matrix';

const ROW = 36;
const HEAD = 72;
const SUBJECT_W = 440;
const FLAGS_W = 150;
const CELL_W = 64;

const TYPE_LABELS: Record<SubjectType, string> = { policy: 'Policy', asset: 'Asset', responsibility: 'Area' };
const TYPE_PLURALS: Record<SubjectType, string> = {
  policy: 'Policies',
  asset: 'Assets',
  responsibility: 'Responsibility areas',
};
const LETTER_NAMES: Record<RaciLetter, string> = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
};

function emptyHeading(modelRoles: number, shownRoles: number, data: RegisterData): string {
  if (modelRoles === 0) return 'This model has no roles yet';
  if (shownRoles === 0) return 'No roles chosen';
  const subjects = data.policies.length + data.assets.length + data.areas.length;
  return subjects === 0 ? 'Nothing to assign yet' : 'No subjects match these filters';
}

export interface RaciMatrixProps {
  data: RegisterData;
  chart: ChartModel;
  readOnly: boolean;
  run: Run;
}

/**
 * Subjects down the side, roles across the top, one RACI letter per cell.
 * A cell is set by clicking (cycles) or from the keyboard: arrows move,
 * R/A/C/I set, Delete or Backspace clears.
 */
export function RaciMatrix({ data, chart, readOnly, run }: RaciMatrixProps) {
  const [mode, setMode] = useState<ColumnMode>({ kind: 'executive' });
  const [types, setTypes] = useState<ReadonlySet<SubjectType>>(
    new Set(['policy', 'asset', 'responsibility']),
  );
  const [query, setQuery] = useState('');
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const grid = useRef<HTMLDivElement | null>(null);
  const focusPending = useRef(false);

  const roles = useMemo(() => matrixRoles(chart.roles, chart.lines, mode), [chart, mode]);
  const index = useMemo(() => indexAssignments(data.assignments), [data.assignments]);
  const subjects = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return matrixSubjects(data).filter(
      (s) =>
        types.has(s.type) &&
        words.every((w) => `${s.name} ${s.detail}`.toLowerCase().includes(w)) &&
        (!flaggedOnly || index.flags(s).length > 0),
    );
  }, [data, types, query, flaggedOnly, index]);
  const win = useWindow(subjects.length, ROW, HEAD);
  const row = Math.min(active.row, Math.max(0, subjects.length - 1));
  const col = Math.min(active.col, Math.max(0, roles.length - 1));

  const template = `${SUBJECT_W}px ${FLAGS_W}px repeat(${roles.length}, ${CELL_W}px)`;
  const width = SUBJECT_W + FLAGS_W + roles.length * CELL_W;
  const gridStyle: CSSProperties = { gridTemplateColumns: template, width };

  // After a keyboard move, focus the new cell once it is mounted.
  useEffect(() => {
    if (!focusPending.current) return;
    const el = grid.current?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`);
    if (el) {
      el.focus({ preventScroll: true });
      focusPending.current = false;
    }
  });

  function set(r: number, c: number, letter: RaciLetter | null) {
    const subject = subjects[r];
    const role = roles[c];
    if (!subject || !role || readOnly) return;
    if (index.letter(subject, role.id) === letter) return;
    void run('raci.set', { subjectType: subject.type, subjectId: subject.id, roleId: role.id, letter });
  }

  function reveal(r: number) {
    const el = win.element.current;
    if (!el) return;
    const top = r * ROW;
    const view = el.clientHeight - HEAD;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW > el.scrollTop + view) el.scrollTop = top + ROW - view;
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (!(e.target instanceof HTMLElement) || e.target.dataset.cell === undefined) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const moved = moveCell({ row, col }, e.key, subjects.length, roles.length);
    if (moved) {
      e.preventDefault();
      setActive(moved);
      focusPending.current = true;
      reveal(moved.row);
      return;
    }
    const letter = letterForKey(e.key);
    if (letter !== undefined) {
      e.preventDefault();
      set(row, col, letter);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const subject = subjects[row];
      const role = roles[col];
      if (subject && role) set(row, col, nextLetter(index.letter(subject, role.id)));
    }
  }

  function toggleType(t: SubjectType) {
    setTypes((s) => {
      const next = new Set(s);
      if (next.has(t)) next.delete(t);
      else next.add(t);
      return next;
    });
  }

  const flagged = useMemo(
    () => matrixSubjects(data).filter((s) => index.flags(s).length > 0).length,
    [data, index],
  );

  return (
    <section className="raci" aria-label="RACI matrix">
      <div className="raci__toolbar">
        {chart.roles.length > 0 && (
          <ColumnChooser roles={chart.roles} mode={mode} shown={roles.length} onMode={setMode} />
        )}
        <div className="raci__filters" role="group" aria-label="Subjects">
          {(['policy', 'asset', 'responsibility'] as const).map((t) => (
            <button
              key={t}
              type="button"
              className={types.has(t) ? 'chip chip--on' : 'chip'}
              aria-pressed={types.has(t)}
              onClick={() => toggleType(t)}
            >
              {TYPE_PLURALS[t]}
            </button>
          ))}
          <input
            type="search"
            aria-label="Filter subjects"
            placeholder="Filter subjects…"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <label className="register__check">
            <input type="checkbox" checked={flaggedOnly} onChange={(e) => setFlaggedOnly(e.target.checked)} />
            Flagged only ({flagged})
          </label>
        </div>
        <p className="raci__hint muted">
          Click a cell to cycle R → A → C → I → none, or use the keyboard: arrows move, R A C I set, Delete
          clears.
        </p>
      </div>
      {roles.length === 0 || subjects.length === 0 ? (
        <div className="empty-state empty-state--centre">
          <h2>{emptyHeading(chart.roles.length, roles.length, data)}</h2>
          <p>
            {chart.roles.length === 0
              ? 'The matrix puts roles across the top and policies, assets and responsibility areas down the side. Add roles on the chart first.'
              : roles.length === 0
                ? 'Choose the executive team, a subtree or a hand-picked set of roles above.'
                : 'Add policies, assets or responsibility areas in the registers, or loosen the filters above.'}
          </p>
        </div>
      ) : (
        <div
          className="raci__scroll"
          ref={(el) => {
            grid.current = el;
            win.ref(el);
          }}
          onScroll={win.onScroll}
          role="grid"
          aria-label="RACI assignments"
          aria-rowcount={subjects.length + 1}
          aria-colcount={roles.length + 2}
          aria-readonly={readOnly}
          onKeyDown={onKeyDown}
        >
          <div role="rowgroup" className="raci__head">
            <div role="row" aria-rowindex={1} className="raci__row raci__row--head" style={gridStyle}>
              <div role="columnheader" className="raci__cell raci__cell--subject raci__cell--corner">
                Subject ({subjects.length.toLocaleString('en')})
              </div>
              <div role="columnheader" className="raci__cell raci__cell--flags raci__cell--corner">
                Flags
              </div>
              {roles.map((r) => (
                <div key={r.id} role="columnheader" className="raci__cell raci__cell--role" title={r.title}>
                  <span className="raci__short">{r.shortName !== '' ? r.shortName : r.title}</span>
                  {r.shortName !== '' && <span className="raci__title">{r.title}</span>}
                </div>
              ))}
            </div>
          </div>
          <div role="rowgroup" className="raci__body" style={{ height: subjects.length * ROW, width }}>
            {subjects.slice(win.start, win.end).map((s, i) => {
              const r = win.start + i;
              const flags = index.flags(s);
              return (
                <div
                  key={`${s.type}:${s.id}`}
                  role="row"
                  aria-rowindex={r + 2}
                  className="raci__row"
                  style={{ ...gridStyle, transform: `translateY(${r * ROW}px)` }}
                >
                  <div role="rowheader" className="raci__cell raci__cell--subject">
                    <span className={`type-label type-label--${s.type}`}>{TYPE_LABELS[s.type]}</span>
                    <span className="raci__name" title={s.name}>
                      {s.name}
                    </span>
                    {s.detail !== '' && <span className="raci__detail">{s.detail}</span>}
                  </div>
                  <div role="gridcell" className="raci__cell raci__cell--flags">
                    {flags.length === 0 ? (
                      <span className="raci__ok">OK</span>
                    ) : (
                      flags.map((f) => (
                        <span key={f} className={`flag flag--${f === 'many-a' ? 'warn' : 'overdue'}`}>
                          {FLAG_LABELS[f]}
                        </span>
                      ))
                    )}
                  </div>
                  {roles.map((role, c) => {
                    const letter = index.letter(s, role.id);
                    const isActive = r === row && c === col;
                    return (
                      <div
                        key={role.id}
                        role="gridcell"
                        data-cell={`${r}:${c}`}
                        tabIndex={isActive ? 0 : -1}
                        aria-label={`${s.name}, ${role.title}: ${letter === null ? 'none' : LETTER_NAMES[letter]}`}
                        className={`raci__cell raci__cell--letter${letter ? ` raci__letter--${letter}` : ''}${isActive ? ' raci__cell--active' : ''}`}
                        onClick={() => {
                          setActive({ row: r, col: c });
                          set(r, c, nextLetter(letter));
                        }}
                        onFocus={() => {
                          if (!isActive) setActive({ row: r, col: c });
                        }}
                      >
                        {letter ?? ''}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}
