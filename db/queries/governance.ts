/**
 * Governance queries: the model's findings and the rule catalog, both
 * under the settings stored in the model.
 */
import type { Database } from 'better-sqlite3';
import type { ParsedInputOf } from '../../app/contract';
import { ruleCatalog } from '../../app/governance/catalog';
import type { RuleInfo } from '../../app/governance/catalog';
import { evaluate } from '../../app/governance/evaluate';
import type { Finding } from '../../app/governance/types';
import { todayUtc } from '../../app/policy';
import type { Context } from '../context';
import { exportDocument } from '../document';
import { readGovernanceSettings } from '../settings';
import { get } from '../statements';

interface Checked {
  revision: string;
  today: string;
  findings: readonly Finding[];
}

/** The last check of each open connection: the Findings panel asks again after every change and on every view. */
const lastCheck = new WeakMap<Database, Checked>();

/**
 * Changes whenever the model may have: a write through this connection
 * (total_changes counts every row it inserted, updated or deleted) or a
 * commit by any other connection (data_version).
 */
function revision(db: Database): string {
  const changes = get<{ n: number }>(db, 'SELECT total_changes() AS n')?.n;
  return `${String(db.pragma('data_version', { simple: true }))}:${changes}`;
}

/** Findings as of `today` (default: today, UTC), in the engine's stable order. */
export function governanceCheck(ctx: Context, input: ParsedInputOf<'governance.check'>): Finding[] {
  const today = input.today ?? todayUtc();
  const current = revision(ctx.db);
  const last = lastCheck.get(ctx.db);
  if (last !== undefined && last.revision === current && last.today === today) return [...last.findings];
  const doc = exportDocument(ctx.db);
  const findings = evaluate(doc, doc.governance ?? {}, today);
  lastCheck.set(ctx.db, { revision: current, today, findings });
  return [...findings];
}

export function governanceRules(ctx: Context): RuleInfo[] {
  return ruleCatalog(readGovernanceSettings(ctx.db));
}
