/**
 * Governance queries: the model's findings and the rule catalog, both
 * under the settings stored in the model.
 */
import type { ParsedInputOf } from '../../app/contract';
import { ruleCatalog } from '../../app/governance/catalog';
import type { RuleInfo } from '../../app/governance/catalog';
import { evaluate } from '../../app/governance/evaluate';
import type { Finding } from '../../app/governance/types';
import { todayUtc } from '../../app/policy';
import type { Context } from '../context';
import { exportDocument } from '../document';
import { readGovernanceSettings } from '../settings';

/** Findings as of `today` (default: today, UTC), in the engine's stable order. */
export function governanceCheck(ctx: Context, input: ParsedInputOf<'governance.check'>): Finding[] {
  const doc = exportDocument(ctx.db);
  return evaluate(doc, doc.governance ?? {}, input.today ?? todayUtc());
}

export function governanceRules(ctx: Context): RuleInfo[] {
  return ruleCatalog(readGovernanceSettings(ctx.db));
}
