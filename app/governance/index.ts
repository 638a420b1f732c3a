/**
 * Governance checks: pure rules that read a Charter document and report
 * findings (issue 5). Hosts call {@link evaluate}; the CLI formats the
 * result with {@link formatText} or {@link toJsonReport}.
 */
export { SEVERITIES, FINDING_SUBJECT_TYPES } from './types';
export type { Finding, FindingSubjectType, Rule, Severity } from './types';
export { RULES, ruleById } from './rules';
export {
  defaultSettings,
  governanceSettingsSchema,
  mergeSettings,
  parseGovernanceSettings,
  patchSettings,
  severitySchema,
} from './settings';
export type { GovernanceSettings, GovernanceSettingsInput, RuleSetting, RuleSettingInput } from './settings';
export { evaluate, compareFindings, RULE_FAILED_ID } from './evaluate';
export { formatText, toJsonReport, exitCodeFor } from './format';
export type { ReportedFinding } from './format';
export { ruleCatalog } from './catalog';
export type { RuleInfo } from './catalog';
export { lineSubjectId } from './subjects';
