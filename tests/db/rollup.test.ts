import { describe, expect, it } from 'vitest';
import { call, failure, newModel } from './helpers';

describe('the roll-up of a role', () => {
  it('lists what the role itself is Accountable for, and nothing it is only R, C or I for', () => {
    const m = newModel('seed');
    const items = call(m, 'role.rollup', { id: 'role-ciso' });
    const own = call(m, 'role.detail', { id: 'role-ciso' }).assignments.filter((a) => a.letter === 'A');
    expect(items.map((i) => `${i.subjectType}:${i.subjectId}`).sort()).toEqual(
      own.map((a) => `${a.subjectType}:${a.subjectId}`).sort(),
    );
    expect(items.every((i) => i.role.id === 'role-ciso' && i.depth === 0)).toBe(true);
  });

  it('adds what every role under it is Accountable for, naming that role and how far down it is', () => {
    const m = newModel('seed');
    const all = call(m, 'assignments.list', {}).filter((a) => a.letter === 'A');
    const items = call(m, 'role.rollup', { id: 'role-ceo' });
    // The CEO heads the whole seed organization: every A letter rolls up to it.
    expect(items).toHaveLength(all.length);
    const cio = items.find((i) => i.subjectId === 'asset-erp-suite');
    expect(cio?.role).toEqual({ id: 'role-cio', title: 'Chief Information Officer', shortName: 'CIO' });
    expect(cio?.depth).toBe(1);
    expect(items.map((i) => i.subjectType)).toEqual(
      [...items.map((i) => i.subjectType)].sort(
        (a, b) =>
          ['policy', 'asset', 'responsibility'].indexOf(a) - ['policy', 'asset', 'responsibility'].indexOf(b),
      ),
    );
  });

  it('follows a move: a role moved under another brings its ownership along', () => {
    const m = newModel('seed');
    const before = call(m, 'role.rollup', { id: 'role-cio' }).length;
    const ciso = call(m, 'role.rollup', { id: 'role-ciso' }).length;
    call(m, 'role.move', { id: 'role-ciso', managerRoleId: 'role-cio' });
    const after = call(m, 'role.rollup', { id: 'role-cio' });
    expect(after).toHaveLength(before + ciso);
    expect(after.filter((i) => i.role.id === 'role-ciso').every((i) => i.depth === 1)).toBe(true);
  });

  it('refuses an unknown role', () => {
    const m = newModel('seed');
    expect(failure(m, 'role.rollup', { id: 'role-nobody' }).code).toBe('not_found');
  });
});
