/**
 * The governance engine's vocabulary: severities, findings and rules.
 * A finding is computed, never stored: one rule's verdict on one subject.
 */
import type { z } from 'zod';
import type { ModelIndex } from './model-index';

/** How serious a finding is, most serious first. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What a finding is about; `line` and `model` have no entity of their own. */
export const FINDING_SUBJECT_TYPES = [
  'role',
  'person',
  'policy',
  'asset',
  'responsibility',
  'line',
  'model',
] as const;
export type FindingSubjectType = (typeof FINDING_SUBJECT_TYPES)[number];

/** One rule's verdict on one subject. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  subjectType: FindingSubjectType;
  /**
   * The subject's id. A reporting line's id is `roleId>managerRoleId`
   * (see `lineSubjectId`); the model's is `model`.
   */
  subjectId: string;
  subjectName: string;
  /** Plain English, naming the subject. */
  message: string;
  /** How to fix it. */
  hint: string;
  /** Roles involved, for filtering and chart badges. */
  roleIds?: string[];
}

/** What a rule's check reports; the engine adds the rule id and severity. */
export type Draft = Omit<Finding, 'ruleId' | 'severity'>;

/** A rule's parameters, as its settings hold them. */
export type RuleParams = Record<string, unknown>;

/**
 * A governance rule. `check` is pure: it reads the indexed model and the
 * rule's parameters and returns its findings, in any order.
 */
export interface Rule<P extends RuleParams = RuleParams> {
  /** `theme.name`, e.g. `ownership.no-accountable`. Stable: settings are keyed by it. */
  id: string;
  title: string;
  description: string;
  defaultSeverity: Severity;
  /** Strict schema of the parameters, with limits. */
  params: z.ZodObject;
  defaultParams: P;
  // Method syntax on purpose: a Rule<{ max: number }> must fit a Rule[] list.
  check(index: ModelIndex, params: P): Draft[];
}

/** Declares a rule with its parameter type inferred from its defaults. */
export function defineRule<P extends RuleParams>(rule: Rule<P>): Rule<P> {
  return rule;
}
