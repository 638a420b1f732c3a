/**
 * Runs the enabled rules over a model and returns their findings in a
 * stable order: by severity (error, warning, info), then rule id, then
 * subject name.
 */
import type { CharterDocument } from '../document';
import { CharterError } from '../errors';
import { buildIndex } from './model-index';
import type { ModelIndex } from './model-index';
import { RULES } from './rules';
import { mergeSettings } from './settings';
import type { GovernanceSettingsInput } from './settings';
import { SEVERITIES } from './types';
import type { Finding, Rule } from './types';

/**
 * The rule id of the finding reported when a rule throws. A rule that
 * throws is a bug in Charter: it is reported, as an error, instead of
 * taking the other rules down with it.
 */
export const RULE_FAILED_ID = 'engine.rule-failed';

/**
 * Checks `model` as of `today` (`YYYY-MM-DD`, used for review dates).
 * `settings` may be sparse: missing rules and fields take their defaults.
 * Time is linear in the size of the model. Throws only when `today` is not a date.
 */
export function evaluate(
  model: CharterDocument,
  settings: GovernanceSettingsInput,
  today: string,
): Finding[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today))
    throw new CharterError('invalid_input', `The date to check against must be YYYY-MM-DD, not "${today}".`);
  return evaluateIndex(buildIndex(model, today), settings);
}

/** {@link evaluate} over an already built index, with a given rule list. */
export function evaluateIndex(
  index: ModelIndex,
  settings: GovernanceSettingsInput,
  rules: readonly Rule[] = RULES,
): Finding[] {
  const resolved = mergeSettings(settings);
  const out: Finding[] = [];
  for (const rule of rules) {
    const setting = resolved.rules[rule.id];
    const enabled = setting?.enabled ?? true;
    if (!enabled) continue;
    const severity = setting?.severity ?? rule.defaultSeverity;
    try {
      for (const draft of rule.check(index, setting?.params ?? rule.defaultParams)) {
        const finding: Finding = {
          ruleId: rule.id,
          severity,
          subjectType: draft.subjectType,
          subjectId: draft.subjectId,
          subjectName: draft.subjectName,
          message: draft.message,
          hint: draft.hint,
        };
        if (draft.roleIds !== undefined) finding.roleIds = draft.roleIds;
        out.push(finding);
      }
    } catch (error) {
      out.push(ruleFailed(rule, error));
    }
  }
  return out.sort(compareFindings);
}

function ruleFailed(rule: Rule, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ruleId: RULE_FAILED_ID,
    severity: 'error',
    subjectType: 'model',
    subjectId: rule.id,
    subjectName: rule.title,
    message: `The check "${rule.title}" (${rule.id}) could not run: ${reason}`,
    hint: 'This is a bug in Charter. The other checks ran; please report this one with the model if you can.',
  };
}

const rank = new Map(SEVERITIES.map((s, i) => [s, i]));

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Severity, rule id, subject name (ignoring case), then subject id and message so ties stay stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (rank.get(a.severity) ?? 0) - (rank.get(b.severity) ?? 0) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.subjectName.toLowerCase(), b.subjectName.toLowerCase()) ||
    compareText(a.subjectName, b.subjectName) ||
    compareText(a.subjectId, b.subjectId) ||
    compareText(a.message, b.message)
  );
}
