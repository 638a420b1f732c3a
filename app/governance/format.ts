/**
 * Findings for `charter check`: text for a terminal, the JSON report, and
 * the exit code.
 */
import { SEVERITIES } from './types';
import type { Finding, Severity } from './types';

/** One entry of the JSON report, fields in this order. */
export interface ReportedFinding {
  ruleId: string;
  severity: Severity;
  subjectType: Finding['subjectType'];
  subjectId: string;
  subjectName: string;
  message: string;
  hint: string;
}

/** `charter check --format json`: `{ "findings": [...] }`. */
export function toJsonReport(findings: readonly Finding[]): { findings: ReportedFinding[] } {
  return {
    findings: findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      subjectType: f.subjectType,
      subjectId: f.subjectId,
      subjectName: f.subjectName,
      message: f.message,
      hint: f.hint,
    })),
  };
}

/** 0 when no finding is an error, otherwise 1. (2, "the check could not run", is the CLI's.) */
export function exitCodeFor(findings: readonly Finding[]): 0 | 1 {
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Info' };

function count(n: number, severity: Severity): string {
  if (severity === 'info') return `${n} info`;
  return `${n} ${severity}${n === 1 ? '' : 's'}`;
}

/**
 * Names come from users and files: a control character or a bidirectional
 * override could rewrite the terminal, so each becomes a space.
 */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

/**
 * Findings as text for a terminal: a summary line, then one group per
 * severity, each finding on two lines (the message, then its hint).
 * No trailing newline.
 */
export function formatText(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings.';
  const groups = SEVERITIES.map((severity) => ({
    severity,
    items: findings.filter((f) => f.severity === severity),
  })).filter((g) => g.items.length > 0);
  const summary = groups.map((g) => count(g.items.length, g.severity)).join(', ');
  const lines = [`${findings.length} finding${findings.length === 1 ? '' : 's'}: ${summary}.`];
  for (const group of groups) {
    lines.push('', `${HEADINGS[group.severity]} (${group.items.length})`);
    for (const f of group.items) {
      lines.push(`  - ${clean(f.message)} [${f.ruleId}]`, `    Fix: ${clean(f.hint)}`);
    }
  }
  return lines.join('\n');
}
