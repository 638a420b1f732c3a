/**
 * Every governance rule, in the order the settings screen lists them.
 */
import type { Rule } from '../types';
import { assetRules } from './assets';
import { independenceRules } from './independence';
import { overloadRules } from './overload';
import { ownershipRules } from './ownership';
import { reviewRules } from './review';
import { segregationRules } from './segregation';
import { structureRules } from './structure';

/** All rules. Ids are unique (a test holds it). */
export const RULES: readonly Rule[] = [
  ...ownershipRules,
  ...assetRules,
  ...reviewRules,
  ...segregationRules,
  ...independenceRules,
  ...overloadRules,
  ...structureRules,
];

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule with this id, if there is one. */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
