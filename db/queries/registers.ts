/**
 * The registers: people, policies, assets, responsibility areas and RACI
 * assignments, each in the order it was added.
 */
import type { Assignment } from '../../app/model';
import { isReviewOverdue, nextReviewDue, todayUtc } from '../../app/policy';
import type { AreaView, AssetView, PersonView, PolicyView } from '../../app/views';
import type { Context } from '../context';
import { assetIdsByPolicy } from '../document';
import type { AreaRow, AssetRow, AssignmentRow, PersonRow, PolicyAssetRow, PolicyRow } from '../rows';
import { toArea, toAsset, toAssignment, toPerson, toPolicy } from '../rows';
import { all } from '../statements';

export function listPeople(ctx: Context): PersonView[] {
  const held = new Map<string, PersonView['roles']>();
  const rows = all<{ person_id: string; role_id: string; title: string; acting: number }>(
    ctx.db,
    'SELECT h.person_id, h.role_id, r.title, h.acting FROM role_holders h JOIN roles r ON r.id = h.role_id ORDER BY h.seq',
  );
  for (const row of rows) {
    const list = held.get(row.person_id) ?? [];
    list.push({ roleId: row.role_id, title: row.title, acting: row.acting === 1 });
    held.set(row.person_id, list);
  }
  return all<PersonRow>(ctx.db, 'SELECT * FROM people ORDER BY seq').map((row) => ({
    ...toPerson(row),
    roles: held.get(row.id) ?? [],
  }));
}

/** Policies with their review due date; `today` is for tests. */
export function listPolicies(ctx: Context, today: string = todayUtc()): PolicyView[] {
  const assetIds = assetIdsByPolicy(ctx.db);
  return all<PolicyRow>(ctx.db, 'SELECT * FROM policies ORDER BY seq').map((row) => {
    const policy = toPolicy(row, assetIds.get(row.id) ?? []);
    const due = nextReviewDue(policy.lastReviewedOn, policy.reviewIntervalMonths);
    return { ...policy, nextReviewDue: due, overdue: isReviewOverdue(due, today) };
  });
}

export function listAssets(ctx: Context): AssetView[] {
  const byAsset = new Map<string, string[]>();
  for (const link of all<PolicyAssetRow>(ctx.db, 'SELECT * FROM policy_assets ORDER BY seq')) {
    const list = byAsset.get(link.asset_id) ?? [];
    list.push(link.policy_id);
    byAsset.set(link.asset_id, list);
  }
  return all<AssetRow>(ctx.db, 'SELECT * FROM assets ORDER BY seq').map((row) => ({
    ...toAsset(row),
    policyIds: byAsset.get(row.id) ?? [],
  }));
}

export function listAreas(ctx: Context): AreaView[] {
  return all<AreaRow>(ctx.db, 'SELECT * FROM responsibility_areas ORDER BY seq').map(toArea);
}

export function listAssignments(ctx: Context): Assignment[] {
  return all<AssignmentRow>(ctx.db, 'SELECT * FROM assignments ORDER BY seq').map(toAssignment);
}
