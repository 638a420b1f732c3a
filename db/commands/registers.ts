/**
 * Bulk deletion from the registers: several policies, assets,
 * responsibility areas or people, with what hangs off each, in one
 * transaction and one audit event, so one Undo brings them all back.
 * Removes exactly what the single delete commands remove.
 */
import type { ParsedInputOf } from '../../app/contract';
import type { MutationResult } from '../../app/views';
import type { Context } from '../context';
import { mustFind } from '../lookup';
import type { HolderRow, PolicyAssetRow } from '../rows';
import { all } from '../statements';
import type { Tracker } from '../tracker';
import { runCommand } from './run';
import { deleteAssignmentsOf } from './subjects';

type Kind = ParsedInputOf<'registers.deleteMany'>['kind'];

const NOUNS: Record<Kind, [string, string]> = {
  policy: ['policy', 'policies'],
  asset: ['asset', 'assets'],
  responsibility: ['responsibility area', 'responsibility areas'],
  person: ['person', 'people'],
};

function unlink(ctx: Context, t: Tracker, column: 'policy_id' | 'asset_id', id: string): number {
  const links = all<PolicyAssetRow>(
    ctx.db,
    `SELECT * FROM policy_assets WHERE ${column} = ? ORDER BY seq`,
    id,
  );
  for (const link of links) t.delete('policy_assets', link.seq);
  return links.length;
}

/** Deletes one entry and its dependents; returns its name for the summary. */
function deleteOne(ctx: Context, t: Tracker, kind: Kind, id: string): string {
  switch (kind) {
    case 'policy': {
      const row = mustFind(ctx.db, 'policies', id);
      unlink(ctx, t, 'policy_id', row.id);
      deleteAssignmentsOf(ctx.db, t, 'policy', row.id);
      t.delete('policies', row.seq);
      return row.title;
    }
    case 'asset': {
      const row = mustFind(ctx.db, 'assets', id);
      unlink(ctx, t, 'asset_id', row.id);
      deleteAssignmentsOf(ctx.db, t, 'asset', row.id);
      t.delete('assets', row.seq);
      return row.name;
    }
    case 'responsibility': {
      const row = mustFind(ctx.db, 'responsibility_areas', id);
      deleteAssignmentsOf(ctx.db, t, 'responsibility', row.id);
      t.delete('responsibility_areas', row.seq);
      return row.name;
    }
    case 'person': {
      const row = mustFind(ctx.db, 'people', id);
      const holdings = all<HolderRow>(
        ctx.db,
        'SELECT * FROM role_holders WHERE person_id = ? ORDER BY seq',
        row.id,
      );
      for (const holding of holdings) t.delete('role_holders', holding.seq);
      t.delete('people', row.seq);
      return row.name;
    }
  }
}

export function deleteMany(ctx: Context, input: ParsedInputOf<'registers.deleteMany'>): MutationResult {
  return runCommand(ctx, 'registers.deleteMany', (t) => {
    const ids = [...new Set(input.ids)];
    const names = ids.map((id) => deleteOne(ctx, t, input.kind, id));
    const [one, many] = NOUNS[input.kind];
    const summary =
      names.length === 1
        ? `Deleted the ${one} "${names[0]}"`
        : `Deleted ${names.length} ${many} ("${names.slice(0, 3).join('", "')}"${names.length > 3 ? ', …' : ''})`;
    return {
      entityType: input.kind === 'responsibility' ? 'area' : input.kind,
      entityId: null,
      summary,
      before: { ids },
      after: null,
    };
  });
}
