/**
 * The Findings panel's logic as pure functions: counts, filters, what a
 * role's chart badge says, and where "Show" takes a finding's subject.
 */
import { SEVERITIES, type Finding, type Severity } from '../../app/governance/types';
import type { KeyLike } from '../shell/shortcuts';

export { SEVERITIES };
export type { Finding, Severity };

export type SeverityCounts = Record<Severity, number>;

export const SEVERITY_LABELS: Record<Severity, { name: string; one: string; many: string; group: string }> = {
  error: { name: 'Error', one: 'error', many: 'errors', group: 'Errors' },
  warning: { name: 'Warning', one: 'warning', many: 'warnings', group: 'Warnings' },
  info: { name: 'Info', one: 'info', many: 'info', group: 'Info' },
};

/** `1 error`, `3 warnings`. */
export function countText(n: number, severity: Severity): string {
  const label = SEVERITY_LABELS[severity];
  return `${n.toLocaleString('en')} ${n === 1 ? label.one : label.many}`;
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The roles a finding names: its roleIds, and its subject when that is a role. */
export function rolesOf(finding: Finding): string[] {
  const ids = finding.roleIds ?? [];
  if (finding.subjectType === 'role' && !ids.includes(finding.subjectId)) return [finding.subjectId, ...ids];
  return ids;
}

export interface FindingFilter {
  /** Severities shown; all three when nothing is hidden. */
  severities: ReadonlySet<Severity>;
  /** A rule id, or '' for every rule. */
  ruleId: string;
  /** A role id, or '' for every role. */
  roleId: string;
}

export const NO_FILTER: FindingFilter = { severities: new Set(SEVERITIES), ruleId: '', roleId: '' };

/** Whether the filter hides anything at all. */
export function isFiltered(filter: FindingFilter): boolean {
  return filter.severities.size < SEVERITIES.length || filter.ruleId !== '' || filter.roleId !== '';
}

/** The findings the rule and role filters leave, before the severity toggles. */
export function matchRuleAndRole(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  return findings.filter(
    (f) =>
      (filter.ruleId === '' || f.ruleId === filter.ruleId) &&
      (filter.roleId === '' || rolesOf(f).includes(filter.roleId)),
  );
}

/** The findings the whole filter leaves, grouped by severity, most serious first. */
export function groupFindings(
  findings: readonly Finding[],
  filter: FindingFilter,
): { severity: Severity; findings: Finding[] }[] {
  const kept = matchRuleAndRole(findings, filter);
  return SEVERITIES.filter((s) => filter.severities.has(s))
    .map((severity) => ({ severity, findings: kept.filter((f) => f.severity === severity) }))
    .filter((g) => g.findings.length > 0);
}

/** What the findings say about one role, for its badge on the chart. */
export interface RoleFindings {
  counts: SeverityCounts;
  total: number;
  /** The most serious severity among them. */
  top: Severity;
}

function sameCounts(a: SeverityCounts, b: SeverityCounts): boolean {
  return a.error === b.error && a.warning === b.warning && a.info === b.info;
}

/**
 * Findings per role. An entry whose counts did not change is the very
 * object `previous` held, so a badge that did not change does not render.
 */
export function findingsByRole(
  findings: readonly Finding[],
  previous: ReadonlyMap<string, RoleFindings> = new Map(),
): Map<string, RoleFindings> {
  const counts = new Map<string, SeverityCounts>();
  for (const f of findings) {
    for (const id of new Set(rolesOf(f))) {
      const c = counts.get(id) ?? { error: 0, warning: 0, info: 0 };
      c[f.severity]++;
      counts.set(id, c);
    }
  }
  const out = new Map<string, RoleFindings>();
  for (const [id, c] of counts) {
    const old = previous.get(id);
    if (old && sameCounts(old.counts, c)) {
      out.set(id, old);
      continue;
    }
    const top = SEVERITIES.find((s) => c[s] > 0) ?? 'info';
    out.set(id, { counts: c, total: c.error + c.warning + c.info, top });
  }
  return out;
}

/** What a screen reader hears for a badge: `2 findings: 1 error, 1 warning`. */
export function badgeLabel(role: RoleFindings): string {
  const parts = SEVERITIES.filter((s) => role.counts[s] > 0).map((s) => countText(role.counts[s], s));
  return `${role.total} ${role.total === 1 ? 'finding' : 'findings'}: ${parts.join(', ')}`;
}

/** The register a subject lives in, as the registers name their kinds. */
export type RegisterSubject = 'policy' | 'asset' | 'responsibility';

/** Where "Show" takes a finding. */
export type Target =
  | { kind: 'chart'; roleId: string | null }
  | { kind: 'register'; register: RegisterSubject; id: string }
  | { kind: 'person'; id: string };

export function targetOf(finding: Finding): Target {
  switch (finding.subjectType) {
    case 'role':
      return { kind: 'chart', roleId: finding.subjectId };
    case 'line':
      // A line's id is `roleId>managerRoleId`: show the role the line starts from.
      return { kind: 'chart', roleId: finding.subjectId.split('>')[0] ?? null };
    case 'policy':
    case 'asset':
    case 'responsibility':
      return { kind: 'register', register: finding.subjectType, id: finding.subjectId };
    case 'person':
      return { kind: 'person', id: finding.subjectId };
    case 'model':
      return { kind: 'chart', roleId: finding.roleIds?.[0] ?? null };
  }
}

const REGISTER_NAMES: Record<RegisterSubject, string> = {
  policy: 'Policies',
  asset: 'Assets',
  responsibility: 'Responsibility areas',
};

/** The "Show" button's text. */
export function targetLabel(target: Target): string {
  if (target.kind === 'chart') return 'Show on chart';
  if (target.kind === 'person') return 'Open person page';
  return `Show in ${REGISTER_NAMES[target.register]}`;
}

/**
 * Ctrl/Cmd+5 opens or closes the Findings panel: the digit after the views'
 * Ctrl/Cmd+1..4 (chart, registers, RACI matrix, ownership map).
 */
export function findingsShortcut(e: KeyLike): boolean {
  return !e.altKey && !e.shiftKey && (e.ctrlKey || e.metaKey) && e.key === '5';
}

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
/** The shortcut as the person's keyboard names it. */
export const FINDINGS_KEYS = mac ? '⌘5' : 'Ctrl+5';
