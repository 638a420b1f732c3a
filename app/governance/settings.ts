/**
 * Governance settings, stored per model as JSON: each rule on or off, its
 * severity and its parameters. What is stored may be sparse: a rule or a
 * field that is missing takes its default, so rules added later start with
 * their defaults in existing models.
 */
import { z } from 'zod';
import { parseWith } from '../parse';
import { RULES, ruleById } from './rules';
import { SEVERITIES } from './types';
import type { RuleParams, Severity } from './types';

export const severitySchema = z.enum(SEVERITIES);

/** One rule's settings with every field filled in. */
export interface RuleSetting {
  enabled: boolean;
  severity: Severity;
  params: RuleParams;
}

/** Settings for every rule, as {@link mergeSettings} resolves them. */
export interface GovernanceSettings {
  version: 1;
  rules: Record<string, RuleSetting>;
}

/** One rule's settings as stored: any field may be missing. */
export interface RuleSettingInput {
  enabled?: boolean;
  severity?: Severity;
  params?: RuleParams;
}

/** Settings as stored: any rule may be missing. */
export interface GovernanceSettingsInput {
  version?: 1;
  rules?: Record<string, RuleSettingInput | undefined>;
}

/**
 * Strict schema of stored settings: unknown rules, fields and parameters are
 * refused, parameters are checked against each rule's own limits.
 */
export const governanceSettingsSchema = z.strictObject({
  version: z.literal(1, { error: 'must be 1' }).optional(),
  rules: z
    .strictObject(
      Object.fromEntries(
        RULES.map((rule) => [
          rule.id,
          z
            .strictObject({
              enabled: z.boolean().optional(),
              severity: severitySchema.optional(),
              params: rule.params.partial().optional(),
            })
            .optional(),
        ]),
      ),
    )
    .optional(),
});

/** Parses stored or submitted settings; throws a CharterError naming the bad field. */
export function parseGovernanceSettings(
  value: unknown,
  source = 'The governance settings',
): GovernanceSettingsInput {
  return parseWith(governanceSettingsSchema, value, source) as GovernanceSettingsInput;
}

function withoutUndefined(params: RuleParams | undefined): RuleParams {
  const out: RuleParams = {};
  for (const [key, value] of Object.entries(params ?? {})) if (value !== undefined) out[key] = value;
  return out;
}

function overlay(
  base: RuleSettingInput | undefined,
  top: RuleSettingInput | undefined,
): RuleSettingInput | undefined {
  if (top === undefined) return base;
  const out: RuleSettingInput = { ...base };
  if (top.enabled !== undefined) out.enabled = top.enabled;
  if (top.severity !== undefined) out.severity = top.severity;
  if (top.params !== undefined) out.params = { ...out.params, ...withoutUndefined(top.params) };
  return out;
}

/** Every rule on, at its default severity, with its default parameters. */
export function defaultSettings(): GovernanceSettings {
  return mergeSettings();
}

/**
 * Resolves settings: the defaults, overlaid by each layer in turn (later
 * layers win, field by field and parameter by parameter). Missing rules
 * keep their defaults; rules this version does not know are ignored.
 */
export function mergeSettings(...layers: GovernanceSettingsInput[]): GovernanceSettings {
  const rules: Record<string, RuleSetting> = {};
  for (const rule of RULES) {
    let setting: RuleSettingInput | undefined;
    for (const layer of layers) setting = overlay(setting, layer.rules?.[rule.id]);
    rules[rule.id] = {
      enabled: setting?.enabled ?? true,
      severity: setting?.severity ?? rule.defaultSeverity,
      params: { ...rule.defaultParams, ...setting?.params },
    };
  }
  return { version: 1, rules };
}

/**
 * Applies a change to stored settings and keeps them sparse: only what was
 * ever set is kept, so later changes to defaults still reach the model.
 */
export function patchSettings(
  stored: GovernanceSettingsInput,
  patch: GovernanceSettingsInput,
): GovernanceSettingsInput {
  const rules: Record<string, RuleSettingInput> = {};
  const ids = new Set([...Object.keys(stored.rules ?? {}), ...Object.keys(patch.rules ?? {})]);
  for (const id of ids) {
    if (ruleById(id) === undefined) continue;
    const merged = overlay(overlay(undefined, stored.rules?.[id]), patch.rules?.[id]);
    if (merged !== undefined) rules[id] = merged;
  }
  return { version: 1, rules };
}
