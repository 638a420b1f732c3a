/**
 * Reporting lines: add and remove, and the checks every solid line passes
 * (no self-loop, one solid manager, no cycle).
 */
import type { Database } from 'better-sqlite3';
import type { ParsedInputOf } from '../../app/contract';
import { CharterError } from '../../app/errors';
import { findSolidCycle } from '../../app/reporting';
import type { MutationResult } from '../../app/views';
import type { Context } from '../context';
import { mustFind, roleLabel, roleLabels, solidLineOf, solidManagers } from '../lookup';
import type { LineRow, RoleRow } from '../rows';
import { toLine } from '../rows';
import { get } from '../statements';
import { runCommand } from './run';

export function refuseSelfLine(role: RoleRow, manager: RoleRow): void {
  if (role.id === manager.id)
    throw new CharterError('invalid_input', `"${roleLabel(role)}" cannot report to itself.`, {
      roleId: role.id,
    });
}

/**
 * Refuses a solid line from `role` to `manager` that would close a cycle.
 * `action` starts the message, e.g. `Moving "CISO" under "CIO"`.
 */
export function refuseCycle(db: Database, role: RoleRow, manager: RoleRow, action: string): void {
  refuseSelfLine(role, manager);
  const chain = findSolidCycle(solidManagers(db), role.id, manager.id);
  if (chain === null) return;
  throw new CharterError(
    'cycle',
    `${action} would make a reporting cycle: ${roleLabels(db, chain).join(' → ')}.`,
    { chain },
  );
}

function findLine(db: Database, roleId: string, managerRoleId: string, kind: string): LineRow | undefined {
  return get<LineRow>(
    db,
    'SELECT * FROM reporting_lines WHERE role_id = ? AND manager_role_id = ? AND kind = ?',
    roleId,
    managerRoleId,
    kind,
  );
}

export function addLine(ctx: Context, input: ParsedInputOf<'line.add'>): MutationResult {
  return runCommand(ctx, 'line.add', (t) => {
    const role = mustFind(ctx.db, 'roles', input.roleId);
    const manager = mustFind(ctx.db, 'roles', input.managerRoleId);
    const names = `"${roleLabel(role)}" to "${roleLabel(manager)}"`;
    refuseSelfLine(role, manager);
    if (input.kind === 'solid') {
      const current = solidLineOf(ctx.db, role.id);
      if (current !== undefined) {
        const currentManager = mustFind(ctx.db, 'roles', current.manager_role_id);
        throw new CharterError(
          'conflict',
          `"${roleLabel(role)}" already reports to "${roleLabel(currentManager)}" with a solid line; a role has one solid manager, so move it instead.`,
        );
      }
      refuseCycle(ctx.db, role, manager, `Making "${roleLabel(role)}" report to "${roleLabel(manager)}"`);
    } else if (findLine(ctx.db, role.id, manager.id, 'dotted') !== undefined) {
      throw new CharterError('conflict', `There is already a dotted line from ${names}.`);
    }
    const row = t.insert('reporting_lines', {
      role_id: role.id,
      manager_role_id: manager.id,
      kind: input.kind,
    });
    return {
      entityType: 'line',
      entityId: role.id,
      summary: `Added a ${input.kind} line from ${names}`,
      before: null,
      after: toLine(row),
    };
  });
}

export function removeLine(ctx: Context, input: ParsedInputOf<'line.remove'>): MutationResult {
  return runCommand(ctx, 'line.remove', (t) => {
    const role = mustFind(ctx.db, 'roles', input.roleId);
    const manager = mustFind(ctx.db, 'roles', input.managerRoleId);
    const names = `"${roleLabel(role)}" to "${roleLabel(manager)}"`;
    const line = findLine(ctx.db, role.id, manager.id, input.kind);
    if (line === undefined)
      throw new CharterError('not_found', `There is no ${input.kind} line from ${names}.`);
    t.delete('reporting_lines', line.seq);
    return {
      entityType: 'line',
      entityId: role.id,
      summary: `Removed the ${input.kind} line from ${names}`,
      before: toLine(line),
      after: null,
    };
  });
}
