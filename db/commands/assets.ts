/**
 * Technology assets.
 */
import type { ParsedInputOf } from '../../app/contract';
import type { MutationResult } from '../../app/views';
import type { Context } from '../context';
import { mustFind, newId } from '../lookup';
import type { PolicyAssetRow } from '../rows';
import { fromAsset, toAsset } from '../rows';
import { all } from '../statements';
import { changedFields, definedFields, fieldList, runCommand } from './run';
import { deleteAssignmentsOf } from './subjects';

export function createAsset(ctx: Context, input: ParsedInputOf<'asset.create'>): MutationResult {
  return runCommand(ctx, 'asset.create', (t) => {
    const asset = { id: newId(ctx.db, 'assets', 'asset', input.name), ...input };
    t.insert('assets', fromAsset(asset));
    return {
      entityType: 'asset',
      entityId: asset.id,
      summary: `Added the ${asset.type} asset "${asset.name}"`,
      before: null,
      after: asset,
    };
  });
}

export function updateAsset(ctx: Context, input: ParsedInputOf<'asset.update'>): MutationResult {
  return runCommand(ctx, 'asset.update', (t) => {
    const row = mustFind(ctx.db, 'assets', input.id);
    const before = toAsset(row);
    const after = { ...before, ...definedFields(input) };
    t.update('assets', row.seq, fromAsset(after));
    return {
      entityType: 'asset',
      entityId: row.id,
      summary: `Updated the asset "${after.name}"${fieldList(changedFields(before, after))}`,
      before,
      after,
    };
  });
}

/** Deletes an asset, its links to policies and its RACI letters. */
export function deleteAsset(ctx: Context, input: ParsedInputOf<'asset.delete'>): MutationResult {
  return runCommand(ctx, 'asset.delete', (t) => {
    const row = mustFind(ctx.db, 'assets', input.id);
    const links = all<PolicyAssetRow>(
      ctx.db,
      'SELECT * FROM policy_assets WHERE asset_id = ? ORDER BY seq',
      row.id,
    );
    for (const link of links) t.delete('policy_assets', link.seq);
    const letters = deleteAssignmentsOf(ctx.db, t, 'asset', row.id);
    t.delete('assets', row.seq);
    return {
      entityType: 'asset',
      entityId: row.id,
      summary: `Deleted the asset "${row.name}"`,
      before: { ...toAsset(row), policyIds: links.map((l) => l.policy_id), assignments: letters },
      after: null,
    };
  });
}
