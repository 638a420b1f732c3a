/**
 * Roles: create, update, move under another manager, delete.
 */
import type { ParsedInputOf } from '../../app/contract';
import type { MutationResult } from '../../app/views';
import type { Context } from '../context';
import { mustFind, newId, roleLabel, solidLineOf } from '../lookup';
import type { AssignmentRow, HolderRow, LineRow, PolicyRow } from '../rows';
import { fromRole, toRole } from '../rows';
import { all } from '../statements';
import { refuseCycle } from './lines';
import { changedFields, definedFields, fieldList, runCommand } from './run';

export function createRole(ctx: Context, input: ParsedInputOf<'role.create'>): MutationResult {
  return runCommand(ctx, 'role.create', (t) => {
    const manager = input.managerRoleId === null ? null : mustFind(ctx.db, 'roles', input.managerRoleId);
    const id = newId(ctx.db, 'roles', 'role', input.shortName !== '' ? input.shortName : input.title);
    const role = {
      id,
      title: input.title,
      shortName: input.shortName,
      function: input.function,
      description: input.description,
    };
    const row = t.insert('roles', fromRole(role));
    if (manager !== null) {
      refuseCycle(ctx.db, row, manager, `Creating "${roleLabel(row)}" under "${roleLabel(manager)}"`);
      t.insert('reporting_lines', { role_id: id, manager_role_id: manager.id, kind: 'solid' });
    }
    return {
      entityType: 'role',
      entityId: id,
      summary:
        manager === null
          ? `Created the role "${roleLabel(row)}"`
          : `Created the role "${roleLabel(row)}" under "${roleLabel(manager)}"`,
      before: null,
      after: { ...role, managerRoleId: manager?.id ?? null },
    };
  });
}

export function updateRole(ctx: Context, input: ParsedInputOf<'role.update'>): MutationResult {
  return runCommand(ctx, 'role.update', (t) => {
    const row = mustFind(ctx.db, 'roles', input.id);
    const before = toRole(row);
    const after = { ...before, ...definedFields(input) };
    const updated = t.update('roles', row.seq, fromRole(after));
    return {
      entityType: 'role',
      entityId: row.id,
      summary: `Updated the role "${roleLabel(updated)}"${fieldList(changedFields(before, after))}`,
      before,
      after,
    };
  });
}

export function moveRole(ctx: Context, input: ParsedInputOf<'role.move'>): MutationResult {
  return runCommand(ctx, 'role.move', (t) => {
    const role = mustFind(ctx.db, 'roles', input.id);
    const current = solidLineOf(ctx.db, role.id);
    const before = { roleId: role.id, managerRoleId: current?.manager_role_id ?? null };
    const after = { roleId: role.id, managerRoleId: input.managerRoleId };
    const outcome = { entityType: 'role', entityId: role.id, before, after };
    if (input.managerRoleId === null) {
      if (current !== undefined) t.delete('reporting_lines', current.seq);
      return { ...outcome, summary: `Made "${roleLabel(role)}" a top-level role` };
    }
    const manager = mustFind(ctx.db, 'roles', input.managerRoleId);
    const summary = `Moved "${roleLabel(role)}" under "${roleLabel(manager)}"`;
    refuseCycle(ctx.db, role, manager, `Moving "${roleLabel(role)}" under "${roleLabel(manager)}"`);
    if (current === undefined)
      t.insert('reporting_lines', { role_id: role.id, manager_role_id: manager.id, kind: 'solid' });
    else t.update('reporting_lines', current.seq, { manager_role_id: manager.id });
    return { ...outcome, summary };
  });
}

/**
 * Deletes a role. Its solid reports move up to its manager (or become
 * top-level roles); its dotted lines, holders and RACI letters go; the
 * policies it approves lose their approver. Each of these is a tracked
 * change, so undo restores all of it.
 */
export function deleteRole(ctx: Context, input: ParsedInputOf<'role.delete'>): MutationResult {
  return runCommand(ctx, 'role.delete', (t) => {
    const { db } = ctx;
    const role = mustFind(db, 'roles', input.id);
    const own = solidLineOf(db, role.id);
    const manager = own === undefined ? null : mustFind(db, 'roles', own.manager_role_id);
    const reports = all<LineRow>(
      db,
      "SELECT * FROM reporting_lines WHERE manager_role_id = ? AND kind = 'solid' ORDER BY seq",
      role.id,
    );
    for (const line of reports) {
      if (manager === null) t.delete('reporting_lines', line.seq);
      else t.update('reporting_lines', line.seq, { manager_role_id: manager.id });
    }
    const otherLines = all<LineRow>(
      db,
      'SELECT * FROM reporting_lines WHERE role_id = ? OR manager_role_id = ? ORDER BY seq',
      role.id,
      role.id,
    );
    for (const line of otherLines) t.delete('reporting_lines', line.seq);
    const holders = all<HolderRow>(db, 'SELECT * FROM role_holders WHERE role_id = ? ORDER BY seq', role.id);
    for (const holder of holders) t.delete('role_holders', holder.seq);
    const letters = all<AssignmentRow>(
      db,
      'SELECT * FROM assignments WHERE role_id = ? ORDER BY seq',
      role.id,
    );
    for (const letter of letters) t.delete('assignments', letter.seq);
    const approves = all<PolicyRow>(
      db,
      'SELECT * FROM policies WHERE approver_role_id = ? ORDER BY seq',
      role.id,
    );
    for (const policy of approves) t.update('policies', policy.seq, { approver_role_id: null });
    t.delete('roles', role.seq);

    const moved =
      reports.length === 0
        ? ''
        : `; ${reports.length === 1 ? 'its direct report' : `its ${reports.length} direct reports`} ${
            manager === null ? 'now report to no one' : `moved up to "${roleLabel(manager)}"`
          }`;
    return {
      entityType: 'role',
      entityId: role.id,
      summary: `Deleted the role "${roleLabel(role)}"${moved}`,
      before: {
        ...toRole(role),
        managerRoleId: manager?.id ?? null,
        reports: reports.map((l) => l.role_id),
        holders: holders.map((h) => h.person_id),
        assignments: letters.length,
        approves: approves.map((p) => p.id),
      },
      after: null,
    };
  });
}
