/**
 * Policies and the assets they govern. A policy can only be approved
 * once it names the role that approves it.
 */
import type { Database } from 'better-sqlite3';
import type { ParsedInputOf } from '../../app/contract';
import { CharterError } from '../../app/errors';
import type { Policy } from '../../app/model';
import { isReviewDateAcceptable, policyName, todayUtc } from '../../app/policy';
import type { MutationResult } from '../../app/views';
import type { Context } from '../context';
import { mustFind, newId } from '../lookup';
import type { PolicyAssetRow, PolicyRow } from '../rows';
import { fromPolicy, toPolicy } from '../rows';
import { all } from '../statements';
import type { Tracker } from '../tracker';
import { changedFields, definedFields, fieldList, runCommand } from './run';
import { deleteAssignmentsOf } from './subjects';

const policyLabel = (p: Pick<PolicyRow, 'code' | 'title'>): string =>
  p.code === '' ? p.title : `${p.code} ${p.title}`;

function links(db: Database, policyId: string): PolicyAssetRow[] {
  return all<PolicyAssetRow>(db, 'SELECT * FROM policy_assets WHERE policy_id = ? ORDER BY seq', policyId);
}

function readPolicy(db: Database, row: PolicyRow): Policy {
  return toPolicy(
    row,
    links(db, row.id).map((l) => l.asset_id),
  );
}

/** Checks the approver exists and that an approved policy has one. */
function checkApproval(db: Database, policy: Omit<Policy, 'assetIds'>): void {
  if (policy.approverRoleId !== null) mustFind(db, 'roles', policy.approverRoleId);
  else if (policy.status === 'approved')
    throw new CharterError(
      'invalid_input',
      `The policy "${policyLabel(policy)}" cannot be approved without an approver: choose the role that approves it first.`,
    );
}

/**
 * Refuses a last review later than `today` (UTC) allows: a review cannot
 * have happened in the future, and the date decides when the next is due.
 */
function checkLastReview(policy: Pick<Policy, 'code' | 'title' | 'lastReviewedOn'>, today: string): void {
  if (!isReviewDateAcceptable(policy.lastReviewedOn, today))
    throw new CharterError(
      'invalid_input',
      `The last review of ${policyName(policy)} (${policy.lastReviewedOn}) is later than today (${today}): a review date must not be in the future.`,
      { field: 'lastReviewedOn', date: policy.lastReviewedOn, today },
    );
}

/** Makes the policy govern exactly `assetIds`, keeping existing links in place. */
function linkAssets(db: Database, t: Tracker, policyId: string, assetIds: readonly string[]): void {
  const wanted = [...new Set(assetIds)];
  for (const id of wanted) mustFind(db, 'assets', id);
  const current = links(db, policyId);
  for (const link of current) if (!wanted.includes(link.asset_id)) t.delete('policy_assets', link.seq);
  const have = new Set(current.map((l) => l.asset_id));
  for (const id of wanted)
    if (!have.has(id)) t.insert('policy_assets', { policy_id: policyId, asset_id: id });
}

/** Adds a policy, whose last review may be no later than the day after `today` (default: today, UTC). */
export function createPolicy(
  ctx: Context,
  input: ParsedInputOf<'policy.create'>,
  today: string = todayUtc(),
): MutationResult {
  return runCommand(ctx, 'policy.create', (t) => {
    const { assetIds, ...fields } = input;
    const policy = {
      id: newId(ctx.db, 'policies', 'policy', fields.code !== '' ? fields.code : fields.title),
      ...fields,
    };
    checkLastReview(policy, today);
    checkApproval(ctx.db, policy);
    t.insert('policies', fromPolicy(policy));
    linkAssets(ctx.db, t, policy.id, assetIds);
    return {
      entityType: 'policy',
      entityId: policy.id,
      summary: `Added the policy "${policyLabel(policy)}"`,
      before: null,
      after: { ...policy, assetIds: [...new Set(assetIds)] },
    };
  });
}

/**
 * Changes the fields given. A last review given is checked against `today`
 * (default: today, UTC); one already stored is left alone, so a model with
 * an older mistake can still be edited, and its date corrected.
 */
export function updatePolicy(
  ctx: Context,
  input: ParsedInputOf<'policy.update'>,
  today: string = todayUtc(),
): MutationResult {
  return runCommand(ctx, 'policy.update', (t) => {
    const row = mustFind(ctx.db, 'policies', input.id);
    const before = readPolicy(ctx.db, row);
    const after = { ...before, ...definedFields(input) };
    if (input.lastReviewedOn !== undefined) checkLastReview(after, today);
    checkApproval(ctx.db, after);
    t.update('policies', row.seq, fromPolicy(after));
    return {
      entityType: 'policy',
      entityId: row.id,
      summary: `Updated the policy "${policyLabel(after)}"${fieldList(changedFields(before, after))}`,
      before,
      after,
    };
  });
}

export function setPolicyAssets(ctx: Context, input: ParsedInputOf<'policy.setAssets'>): MutationResult {
  return runCommand(ctx, 'policy.setAssets', (t) => {
    const row = mustFind(ctx.db, 'policies', input.id);
    const before = readPolicy(ctx.db, row);
    linkAssets(ctx.db, t, row.id, input.assetIds);
    const after = readPolicy(ctx.db, row);
    return {
      entityType: 'policy',
      entityId: row.id,
      summary: `Set the assets governed by "${policyLabel(row)}" (${after.assetIds.length})`,
      before: { assetIds: before.assetIds },
      after: { assetIds: after.assetIds },
    };
  });
}

/** Deletes a policy, its asset links and its RACI letters. */
export function deletePolicy(ctx: Context, input: ParsedInputOf<'policy.delete'>): MutationResult {
  return runCommand(ctx, 'policy.delete', (t) => {
    const row = mustFind(ctx.db, 'policies', input.id);
    const before = readPolicy(ctx.db, row);
    for (const link of links(ctx.db, row.id)) t.delete('policy_assets', link.seq);
    const letters = deleteAssignmentsOf(ctx.db, t, 'policy', row.id);
    t.delete('policies', row.seq);
    return {
      entityType: 'policy',
      entityId: row.id,
      summary: `Deleted the policy "${policyLabel(row)}"`,
      before: { ...before, assignments: letters },
      after: null,
    };
  });
}
