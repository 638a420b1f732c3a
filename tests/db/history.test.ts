import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../app/document';
import { openModel } from '../../db';
import { call, failure, importable, newModel, tempPath, track } from './helpers';

describe('undo and redo', () => {
  it('undo and redo a move, even after closing and reopening the file', () => {
    const file = tempPath();
    const m = newModel('seed', file);
    const original = call(m, 'model.export', {});
    const { eventId } = call(m, 'role.move', { id: 'role-ciso', managerRoleId: 'role-cio' });
    const moved = call(m, 'model.export', {});
    m.close();

    const second = track(openModel(file));
    expect(call(second, 'model.info', {}).undo).toEqual({ eventId, summary: 'Moved "CISO" under "CIO"' });
    call(second, 'history.undo', {});
    expect(call(second, 'model.export', {})).toEqual(original);
    second.close();

    const third = track(openModel(file));
    expect(call(third, 'model.info', {}).redo).toEqual({ eventId, summary: 'Moved "CISO" under "CIO"' });
    call(third, 'history.redo', {});
    expect(call(third, 'model.export', {})).toEqual(moved);
  });

  it('restores everything a role delete removed', () => {
    const m = newModel('seed');
    const original = call(m, 'model.export', {});
    call(m, 'role.delete', { id: 'role-ciso' });
    call(m, 'history.undo', {});
    expect(call(m, 'model.export', {})).toEqual(original);
    call(m, 'history.redo', {});
    expect(call(m, 'model.export', {}).roles.some((r) => r.id === 'role-ciso')).toBe(false);
  });

  it('undoes several commands in reverse order', () => {
    const m = newModel('seed');
    const states = [call(m, 'model.export', {})];
    call(m, 'role.create', { title: 'Chief Risk Officer', shortName: 'CRO', managerRoleId: 'role-ceo' });
    states.push(call(m, 'model.export', {}));
    call(m, 'raci.set', { subjectType: 'policy', subjectId: 'policy-isp', roleId: 'role-cro', letter: 'C' });
    states.push(call(m, 'model.export', {}));
    call(m, 'person.delete', { id: 'person-morgan' });
    for (let i = states.length - 1; i >= 0; i--) {
      call(m, 'history.undo', {});
      expect(call(m, 'model.export', {})).toEqual(states[i]);
    }
    expect(failure(m, 'history.undo', {}).code).toBe('nothing_to_undo');
  });

  it('records undo and redo as audit events that name what they revert', () => {
    const m = newModel('seed');
    const { eventId } = call(m, 'model.rename', { name: 'Acme' });
    call(m, 'history.undo', {});
    call(m, 'history.redo', {});
    const [redo, undo] = call(m, 'history.list', { limit: 2 });
    expect(undo).toMatchObject({
      command: 'history.undo',
      reverts: eventId,
      summary: expect.stringContaining('Undid'),
    });
    expect(undo?.after).toEqual({ name: 'Example organization (CISO vs CIO)' });
    expect(redo).toMatchObject({ command: 'history.redo', reverts: eventId });
    expect(call(m, 'model.info', {}).name).toBe('Acme');
  });

  it('forgets what could be redone once a new command runs', () => {
    const m = newModel('seed');
    call(m, 'model.rename', { name: 'A' });
    call(m, 'history.undo', {});
    expect(call(m, 'model.info', {}).redo).not.toBeNull();
    call(m, 'model.rename', { name: 'B' });
    expect(call(m, 'model.info', {}).redo).toBeNull();
    expect(failure(m, 'history.redo', {}).code).toBe('nothing_to_redo');
  });

  it('undoes an import that replaced the whole model', () => {
    const m = newModel('seed');
    const original = call(m, 'model.export', {});
    call(m, 'model.import', { document: importable(emptyDocument('Blank')), replace: true });
    expect(call(m, 'model.summary', {}).roles).toBe(0);
    call(m, 'history.undo', {});
    expect(call(m, 'model.export', {})).toEqual(original);
  });

  it('keeps the revision moving forward on every change, undo included', () => {
    const m = newModel('seed');
    const revisions = [call(m, 'model.info', {}).revision];
    call(m, 'model.rename', { name: 'A' });
    revisions.push(call(m, 'model.info', {}).revision);
    call(m, 'history.undo', {});
    revisions.push(call(m, 'model.info', {}).revision);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    expect(new Set(revisions).size).toBe(3);
  });
});

describe('the audit log', () => {
  it('cannot be rewritten or deleted in the model file', () => {
    const file = tempPath();
    const m = newModel('seed', file);
    call(m, 'role.move', { id: 'role-ciso', managerRoleId: 'role-cio' });
    m.close();
    const raw = new Database(file);
    try {
      expect(() => raw.exec("UPDATE audit_events SET actor = 'someone else'")).toThrow(/append-only/);
      expect(() => raw.exec('DELETE FROM audit_events')).toThrow(/append-only/);
      expect(raw.prepare('SELECT count(*) FROM audit_events').pluck().get()).toBe(2);
    } finally {
      raw.close();
    }
  });
});
