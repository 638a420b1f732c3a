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
import { RevisionCache } from '../revision';

/** The last check of each open connection: the Findings panel asks again after every change and on every view. */
const lastCheck = new RevisionCache<readonly Finding[]>();

/** Findings as of `today` (default: today, UTC), in the engine's stable order. */
export function governanceCheck(ctx: Context, input: ParsedInputOf<'governance.check'>): Finding[] {
  const today = input.today ?? todayUtc();
  const findings = lastCheck.get(
    ctx.db,
    () => {
      const doc = exportDocument(ctx.db);
      return evaluate(doc, doc.governance ?? {}, today);
    },
    today,
  );
  return [...findings];
}

export function governanceRules(ctx: Context): RuleInfo[] {
  return ruleCatalog(readGovernanceSettings(ctx.db));
}
