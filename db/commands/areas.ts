/**
 * Responsibility areas.
 */
import type { ParsedInputOf } from '../../app/contract';
import type { MutationResult } from '../../app/views';
import type { Context } from '../context';
import { mustFind, newId } from '../lookup';
import { fromArea, toArea } from '../rows';
import { changedFields, definedFields, fieldList, runCommand } from './run';
import { deleteAssignmentsOf } from './subjects';

export function createArea(ctx: Context, input: ParsedInputOf<'area.create'>): MutationResult {
  return runCommand(ctx, 'area.create', (t) => {
    const area = { id: newId(ctx.db, 'responsibility_areas', 'area', input.name), ...input };
    t.insert('responsibility_areas', fromArea(area));
    return {
      entityType: 'area',
      entityId: area.id,
      summary: `Added the responsibility area "${area.name}"`,
      before: null,
      after: area,
    };
  });
}

export function updateArea(ctx: Context, input: ParsedInputOf<'area.update'>): MutationResult {
  return runCommand(ctx, 'area.update', (t) => {
    const row = mustFind(ctx.db, 'responsibility_areas', input.id);
    const before = toArea(row);
    const after = { ...before, ...definedFields(input) };
    t.update('responsibility_areas', row.seq, fromArea(after));
    return {
      entityType: 'area',
      entityId: row.id,
      summary: `Updated the responsibility area "${after.name}"${fieldList(changedFields(before, after))}`,
      before,
      after,
    };
  });
}

export function deleteArea(ctx: Context, input: ParsedInputOf<'area.delete'>): MutationResult {
  return runCommand(ctx, 'area.delete', (t) => {
    const row = mustFind(ctx.db, 'responsibility_areas', input.id);
    const letters = deleteAssignmentsOf(ctx.db, t, 'responsibility', row.id);
    t.delete('responsibility_areas', row.seq);
    return {
      entityType: 'area',
      entityId: row.id,
      summary: `Deleted the responsibility area "${row.name}"`,
      before: { ...toArea(row), assignments: letters },
      after: null,
    };
  });
}
