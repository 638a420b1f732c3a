import { describe, expect, it } from 'vitest';
import { call, failure, newModel } from './helpers';

describe('deleting many register entries at once', () => {
  it('removes assets with their policy links and RACI letters, as one undoable step', () => {
    const m = newModel('seed');
    const before = call(m, 'model.export', {});
    call(m, 'registers.deleteMany', { kind: 'asset', ids: ['asset-customer-db', 'asset-server-fleet'] });
    const assets = call(m, 'assets.list', {}).map((a) => a.id);
    expect(assets).not.toContain('asset-customer-db');
    expect(assets).not.toContain('asset-server-fleet');
    expect(call(m, 'policies.list', {}).flatMap((p) => p.assetIds)).not.toContain('asset-customer-db');
    expect(call(m, 'assignments.list', {}).filter((a) => a.subjectId === 'asset-server-fleet')).toEqual([]);
    const info = call(m, 'model.info', {});
    expect(info.undo?.summary).toBe('Deleted 2 assets ("Customer database", "Production server fleet")');

    call(m, 'history.undo', {});
    expect(call(m, 'model.export', {})).toEqual(before);
  });

  it('removes the same things as the single delete commands', () => {
    for (const [kind, single, id] of [
      ['policy', 'policy.delete', 'policy-isp'],
      ['asset', 'asset.delete', 'asset-erp-suite'],
      ['responsibility', 'area.delete', 'area-information-security'],
      ['person', 'person.delete', 'person-raman'],
    ] as const) {
      const bulk = newModel('seed');
      const one = newModel('seed');
      call(bulk, 'registers.deleteMany', { kind, ids: [id] });
      call(one, single, { id });
      expect(call(bulk, 'model.export', {}), kind).toEqual(call(one, 'model.export', {}));
    }
  });

  it('changes nothing when one of the ids is unknown', () => {
    const m = newModel('seed');
    const before = call(m, 'model.export', {});
    const error = failure(m, 'registers.deleteMany', { kind: 'policy', ids: ['policy-isp', 'policy-nope'] });
    expect(error.code).toBe('not_found');
    expect(call(m, 'model.export', {})).toEqual(before);
  });

  it('refuses an empty list and an unknown kind', () => {
    const m = newModel('seed');
    expect(failure(m, 'registers.deleteMany', { kind: 'policy', ids: [] }).code).toBe('invalid_input');
    expect(failure(m, 'registers.deleteMany', { kind: 'role', ids: ['role-ceo'] }).code).toBe(
      'invalid_input',
    );
  });
});
