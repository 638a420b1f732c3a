/**
 * The rules as plain data, for the settings screen and `charter check`
 * help: no functions or schemas, so it crosses IPC and HTTP as JSON.
 */
import { z } from 'zod';
import { RULES } from './rules';
import { mergeSettings } from './settings';
import type { GovernanceSettingsInput } from './settings';
import type { RuleParams, Severity } from './types';

export interface RuleInfo {
  id: string;
  title: string;
  description: string;
  defaultSeverity: Severity;
  defaultParams: RuleParams;
  /** JSON Schema of the parameters (field types, limits, descriptions), to build a form from. */
  paramsSchema: Record<string, unknown>;
  /** The model's current settings for the rule. */
  enabled: boolean;
  severity: Severity;
  params: RuleParams;
}

/** Every rule with its defaults and the settings in force. */
export function ruleCatalog(settings: GovernanceSettingsInput = {}): RuleInfo[] {
  const resolved = mergeSettings(settings);
  return RULES.map((rule) => {
    const current = resolved.rules[rule.id];
    return {
      id: rule.id,
      title: rule.title,
      description: rule.description,
      defaultSeverity: rule.defaultSeverity,
      defaultParams: rule.defaultParams,
      paramsSchema: z.toJSONSchema(rule.params) as Record<string, unknown>,
      enabled: current?.enabled ?? true,
      severity: current?.severity ?? rule.defaultSeverity,
      params: current?.params ?? rule.defaultParams,
    };
  });
}
