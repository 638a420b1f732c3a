/**
 * People and the roles they hold.
 */
import type { ParsedInputOf } from '../../app/contract';
import { CharterError } from '../../app/errors';
import type { MutationResult } from '../../app/views';
import type { Context } from '../context';
import { mustFind, newId, roleLabel } from '../lookup';
import type { HolderRow } from '../rows';
import { fromPerson, toHolder, toPerson } from '../rows';
import { all, get } from '../statements';
import { changedFields, definedFields, fieldList, runCommand } from './run';

export function createPerson(ctx: Context, input: ParsedInputOf<'person.create'>): MutationResult {
  return runCommand(ctx, 'person.create', (t) => {
    const person = { id: newId(ctx.db, 'people', 'person', input.name), ...input };
    t.insert('people', fromPerson(person));
    return {
      entityType: 'person',
      entityId: person.id,
      summary: `Added the person "${person.name}"`,
      before: null,
      after: person,
    };
  });
}

export function updatePerson(ctx: Context, input: ParsedInputOf<'person.update'>): MutationResult {
  return runCommand(ctx, 'person.update', (t) => {
    const row = mustFind(ctx.db, 'people', input.id);
    const before = toPerson(row);
    const after = { ...before, ...definedFields(input) };
    t.update('people', row.seq, fromPerson(after));
    return {
      entityType: 'person',
      entityId: row.id,
      summary: `Updated the person "${after.name}"${fieldList(changedFields(before, after))}`,
      before,
      after,
    };
  });
}

/** Deletes a person and the roles they held (the roles stay, vacant if no one else holds them). */
export function deletePerson(ctx: Context, input: ParsedInputOf<'person.delete'>): MutationResult {
  return runCommand(ctx, 'person.delete', (t) => {
    const row = mustFind(ctx.db, 'people', input.id);
    const holdings = all<HolderRow>(
      ctx.db,
      'SELECT * FROM role_holders WHERE person_id = ? ORDER BY seq',
      row.id,
    );
    for (const holding of holdings) t.delete('role_holders', holding.seq);
    t.delete('people', row.seq);
    return {
      entityType: 'person',
      entityId: row.id,
      summary: `Deleted the person "${row.name}"`,
      before: { ...toPerson(row), holds: holdings.map(toHolder) },
      after: null,
    };
  });
}

function findHolder(ctx: Context, roleId: string, personId: string): HolderRow | undefined {
  return get<HolderRow>(
    ctx.db,
    'SELECT * FROM role_holders WHERE role_id = ? AND person_id = ?',
    roleId,
    personId,
  );
}

export function setHolder(ctx: Context, input: ParsedInputOf<'holder.set'>): MutationResult {
  return runCommand(ctx, 'holder.set', (t) => {
    const role = mustFind(ctx.db, 'roles', input.roleId);
    const person = mustFind(ctx.db, 'people', input.personId);
    const current = findHolder(ctx, role.id, person.id);
    const acting = input.acting ? 1 : 0;
    if (current === undefined) t.insert('role_holders', { role_id: role.id, person_id: person.id, acting });
    else t.update('role_holders', current.seq, { acting });
    const how = input.acting ? ' (acting)' : '';
    return {
      entityType: 'holder',
      entityId: role.id,
      summary: `"${person.name}" holds "${roleLabel(role)}"${how}`,
      before: current === undefined ? null : toHolder(current),
      after: { roleId: role.id, personId: person.id, acting: input.acting },
    };
  });
}

export function removeHolder(ctx: Context, input: ParsedInputOf<'holder.remove'>): MutationResult {
  return runCommand(ctx, 'holder.remove', (t) => {
    const role = mustFind(ctx.db, 'roles', input.roleId);
    const person = mustFind(ctx.db, 'people', input.personId);
    const current = findHolder(ctx, role.id, person.id);
    if (current === undefined)
      throw new CharterError('not_found', `"${person.name}" does not hold "${roleLabel(role)}".`);
    t.delete('role_holders', current.seq);
    return {
      entityType: 'holder',
      entityId: role.id,
      summary: `"${person.name}" no longer holds "${roleLabel(role)}"`,
      before: toHolder(current),
      after: null,
    };
  });
}
