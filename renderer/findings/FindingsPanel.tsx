import './findings.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ChartRole, Finding, RuleInfo } from '../../app/views';
import {
  FINDINGS_KEYS,
  type FindingFilter,
  NO_FILTER,
  SEVERITIES,
  SEVERITY_LABELS,
  type Severity,
  type SeverityCounts,
  type Target,
  countBySeverity,
  groupFindings,
  isFiltered,
  matchRuleAndRole,
  rolesOf,
  targetLabel,
  targetOf,
} from './model';
import { SeverityIcon } from './SeverityIcon';

export interface FindingsPanelProps {
  findings: Finding[] | null;
  rules: RuleInfo[];
  roles: readonly ChartRole[];
  onShow: (target: Target) => void;
  onOpenSettings: () => void;
  onClose: () => void;
}

/** Findings drawn per group before "Show more": a large model may have thousands. */
const PAGE = 100;

const roleName = (role: ChartRole | undefined, id: string) =>
  role ? (role.shortName !== '' ? role.shortName : role.title) : id;

function FindingItem({
  finding,
  ruleTitle,
  rolesById,
  onShow,
}: {
  finding: Finding;
  ruleTitle: string;
  rolesById: ReadonlyMap<string, ChartRole>;
  onShow: (target: Target) => void;
}) {
  const target = targetOf(finding);
  const roleIds = rolesOf(finding);
  return (
    <li className={`finding finding--${finding.severity}`}>
      <div className="finding__head">
        <span className="finding__severity">
          <SeverityIcon severity={finding.severity} />
          {SEVERITY_LABELS[finding.severity].name}
        </span>
        <span className="finding__rule">{ruleTitle}</span>
      </div>
      <p className="finding__message">{finding.message}</p>
      <p className="finding__hint">{finding.hint}</p>
      <div className="finding__actions">
        <button type="button" className="button findings-button" onClick={() => onShow(target)}>
          {targetLabel(target)}
        </button>
        {roleIds.length > 0 && (
          <span className="finding__roles">
            <span className="muted">Roles:</span>
            {roleIds.map((id) => {
              const name = roleName(rolesById.get(id), id);
              return (
                <button
                  key={id}
                  type="button"
                  className="finding__role"
                  title={`Select ${rolesById.get(id)?.title ?? id} on the chart`}
                  aria-label={`Select ${name} on the chart`}
                  onClick={() => onShow({ kind: 'chart', roleId: id })}
                >
                  {name}
                </button>
              );
            })}
          </span>
        )}
      </div>
    </li>
  );
}

function SeverityToggles({
  counts,
  shown,
  onToggle,
}: {
  counts: SeverityCounts;
  shown: ReadonlySet<Severity>;
  onToggle: (s: Severity) => void;
}) {
  return (
    <div className="findings-toggles" role="group" aria-label="Show severities">
      {SEVERITIES.map((s) => (
        <button
          key={s}
          type="button"
          className={`findings-toggle findings-toggle--${s}${counts[s] === 0 ? ' findings-toggle--none' : ''}`}
          aria-pressed={shown.has(s)}
          onClick={() => onToggle(s)}
        >
          <SeverityIcon severity={s} />
          {SEVERITY_LABELS[s].group}
          <span className="findings-toggle__count">{counts[s].toLocaleString('en')}</span>
        </button>
      ))}
    </div>
  );
}

/** The Findings panel: every finding, filterable, each with a way to its subject. */
export function FindingsPanel({
  findings,
  rules,
  roles,
  onShow,
  onOpenSettings,
  onClose,
}: FindingsPanelProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [limit, setLimit] = useState(PAGE);
  const all = useMemo(() => findings ?? [], [findings]);
  const rolesById = useMemo(() => new Map(roles.map((r) => [r.id, r])), [roles]);
  const ruleTitles = useMemo(() => new Map(rules.map((r) => [r.id, r.title])), [rules]);

  // Focus moves to the panel when it opens, so the keyboard is where the eyes are; when it
  // closes with focus inside (now on the page's body), focus goes back to the status bar count.
  useEffect(() => {
    heading.current?.focus();
    return () => {
      if (document.activeElement === null || document.activeElement === document.body)
        document.querySelector<HTMLElement>('.findings-count')?.focus();
    };
  }, []);

  const matching = useMemo(() => matchRuleAndRole(all, filter), [all, filter]);
  const counts = useMemo(() => countBySeverity(matching), [matching]);
  const groups = useMemo(() => groupFindings(all, filter), [all, filter]);
  const shownCount = groups.reduce((n, g) => n + g.findings.length, 0);

  const ruleOptions = useMemo(() => {
    const n = new Map<string, number>();
    for (const f of all) n.set(f.ruleId, (n.get(f.ruleId) ?? 0) + 1);
    return rules
      .filter((r) => n.has(r.id) || r.id === filter.ruleId)
      .map((r) => ({ ...r, n: n.get(r.id) ?? 0 }));
  }, [all, rules, filter.ruleId]);
  const roleOptions = useMemo(() => {
    const ids = new Set(all.flatMap(rolesOf));
    if (filter.roleId !== '') ids.add(filter.roleId);
    return [...ids]
      .map((rid) => ({ id: rid, name: roleName(rolesById.get(rid), rid) }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [all, rolesById, filter.roleId]);

  const toggle = (s: Severity) =>
    setFilter((f) => {
      const severities = new Set(f.severities);
      if (severities.has(s)) severities.delete(s);
      else severities.add(s);
      return { ...f, severities };
    });

  let body;
  if (findings === null) body = <p className="findings-empty">Checking the model…</p>;
  else if (all.length === 0)
    body = (
      <div className="findings-empty">
        <p className="findings-empty__title">No findings</p>
        <p>The model passes every rule that is switched on.</p>
      </div>
    );
  else if (shownCount === 0)
    body = (
      <div className="findings-empty">
        <p className="findings-empty__title">No findings match these filters</p>
        <button type="button" className="button findings-button" onClick={() => setFilter(NO_FILTER)}>
          Show all findings
        </button>
      </div>
    );
  else
    body = groups.map((g) => (
      <section key={g.severity} className="findings-group" aria-labelledby={`${id}-${g.severity}`}>
        <h3
          id={`${id}-${g.severity}`}
          className={`findings-group__title findings-group__title--${g.severity}`}
        >
          <SeverityIcon severity={g.severity} />
          {SEVERITY_LABELS[g.severity].group}{' '}
          <span className="findings-group__count">{g.findings.length}</span>
        </h3>
        <ul className="findings-list">
          {g.findings.slice(0, limit).map((f) => (
            <FindingItem
              key={`${f.ruleId}|${f.subjectType}|${f.subjectId}`}
              finding={f}
              ruleTitle={ruleTitles.get(f.ruleId) ?? f.ruleId}
              rolesById={rolesById}
              onShow={onShow}
            />
          ))}
        </ul>
        {g.findings.length > limit && (
          <button
            type="button"
            className="button findings-button findings-more"
            onClick={() => setLimit((n) => n + PAGE)}
          >
            Show {Math.min(PAGE, g.findings.length - limit).toLocaleString('en')} more (
            {(g.findings.length - limit).toLocaleString('en')} not shown)
          </button>
        )}
      </section>
    ));

  return (
    <section className="findings-panel" aria-labelledby={`${id}-title`}>
      <div className="findings-panel__header">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          Findings
        </h2>
        <button type="button" className="button findings-button" onClick={onOpenSettings}>
          Rule settings…
        </button>
        <button
          type="button"
          className="button findings-button"
          onClick={onClose}
          aria-label="Close findings"
          title={`Close (${FINDINGS_KEYS})`}
        >
          Close
        </button>
      </div>
      {all.length > 0 && (
        <div className="findings-filters">
          <SeverityToggles counts={counts} shown={filter.severities} onToggle={toggle} />
          <div className="findings-selects">
            <label htmlFor={`${id}-rule`}>Rule</label>
            <select
              id={`${id}-rule`}
              value={filter.ruleId}
              onChange={(e) => setFilter((f) => ({ ...f, ruleId: e.target.value }))}
            >
              <option value="">All rules</option>
              {ruleOptions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title} ({r.n})
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-role`}>Role</label>
            <select
              id={`${id}-role`}
              value={filter.roleId}
              onChange={(e) => setFilter((f) => ({ ...f, roleId: e.target.value }))}
            >
              <option value="">All roles</option>
              {roleOptions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <p className="findings-panel__summary" aria-live="polite">
        {findings === null || all.length === 0
          ? ''
          : isFiltered(filter) && all.length > 0
            ? `Showing ${shownCount} of ${all.length} ${all.length === 1 ? 'finding' : 'findings'}`
            : `${all.length} ${all.length === 1 ? 'finding' : 'findings'}`}
      </p>
      <div className="findings-panel__body">{body}</div>
    </section>
  );
}
