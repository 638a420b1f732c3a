import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../app/document';
import { openModel } from '../../db';
import { LATEST_VERSION } from '../../db/migrations';
import { call, failure, importable, newModel, tempPath, track } from './helpers';

const OVERLAP = ['error', 'ownership.multiple-accountable', 'area-information-security'];
const verdicts = (handle: ReturnType<typeof newModel>, today?: string) =>
  call(handle, 'governance.check', today === undefined ? {} : { today }).map((f) => [
    f.severity,
    f.ruleId,
    f.subjectId,
  ]);

describe('governance.check', () => {
  it("finds the seed's overlap: information security has two Accountable roles", () => {
    const m = newModel('seed');
    expect(verdicts(m)).toEqual([OVERLAP]);
    const [finding] = call(m, 'governance.check', {});
    expect(finding).toMatchObject({
      subjectType: 'responsibility',
      subjectName: 'Information security',
      roleIds: ['role-cio', 'role-ciso'],
    });
  });

  it('loses the finding once the overlap is fixed through commands', () => {
    const m = newModel('seed');
    call(m, 'raci.set', {
      subjectType: 'responsibility',
      subjectId: 'area-information-security',
      roleId: 'role-cio',
      letter: 'R',
    });
    expect(call(m, 'governance.check', {})).toEqual([]);
    call(m, 'history.undo', {});
    expect(verdicts(m)).toEqual([OVERLAP]);
  });

  it('dates reviews from the day it is given', () => {
    const m = newModel('seed');
    const later = verdicts(m, '2099-01-01');
    expect(later).toContainEqual(['warning', 'review.overdue', 'policy-isp']);
  });

  it('refuses a day that is not a date', () => {
    const m = newModel('seed');
    expect(failure(m, 'governance.check', { today: '2026-02-30' }).code).toBe('invalid_input');
    expect(failure(m, 'governance.check', { today: 'tomorrow' }).message).toContain('today');
  });
});

describe('governance settings', () => {
  it('start at the defaults: no stored row, every rule on', () => {
    const m = newModel('seed');
    expect(call(m, 'model.export', {}).governance).toEqual({});
    const rules = call(m, 'governance.rules', {});
    expect(rules.length).toBeGreaterThan(10);
    for (const rule of rules) {
      expect(rule.enabled).toBe(true);
      expect(rule.severity).toBe(rule.defaultSeverity);
      expect(rule.params).toEqual(rule.defaultParams);
    }
  });

  it('are stored in the model and change what governance.check reports', () => {
    const file = tempPath();
    const m = newModel('seed', file);
    const result = call(m, 'governance.update', {
      rules: { 'ownership.multiple-accountable': { severity: 'warning' } },
    });
    expect(result.eventId).toBeGreaterThan(0);
    expect(verdicts(m)).toEqual([['warning', 'ownership.multiple-accountable', 'area-information-security']]);
    call(m, 'governance.update', { rules: { 'ownership.multiple-accountable': { enabled: false } } });
    expect(call(m, 'governance.check', {})).toEqual([]);
    m.close();

    const reopened = track(openModel(file, { readOnly: true }));
    const rule = call(reopened, 'governance.rules', {}).find(
      (r) => r.id === 'ownership.multiple-accountable',
    );
    expect(rule).toMatchObject({ enabled: false, severity: 'warning', defaultSeverity: 'error' });
    expect(call(reopened, 'model.export', {}).governance).toEqual({
      version: 1,
      rules: { 'ownership.multiple-accountable': { enabled: false, severity: 'warning' } },
    });
  });

  it('merge parameters with the ones already set', () => {
    const m = newModel('seed');
    call(m, 'governance.update', { rules: { 'overload.accountable': { params: { max: 3 } } } });
    call(m, 'governance.update', { rules: { 'overload.accountable': { severity: 'error' } } });
    const rule = call(m, 'governance.rules', {}).find((r) => r.id === 'overload.accountable');
    expect(rule).toMatchObject({ severity: 'error', params: { max: 3 } });
    expect(verdicts(m)).toContainEqual(['error', 'overload.accountable', 'role-cio']);
  });

  it('are logged with a readable summary, and undo and redo restore them', () => {
    const m = newModel('seed');
    call(m, 'governance.update', { rules: { 'overload.accountable': { params: { max: 3 } } } });
    const first = call(m, 'model.export', {}).governance;
    call(m, 'governance.update', {
      rules: { 'ownership.multiple-accountable': { enabled: false, severity: 'info' } },
    });
    const second = call(m, 'model.export', {}).governance;
    const [event] = call(m, 'history.list', { limit: 1 });
    expect(event).toMatchObject({
      command: 'governance.update',
      entityType: 'settings',
      before: first,
      after: second,
    });
    expect(event?.summary).toBe(
      'Changed the governance settings of "More than one Accountable role" (off, severity info)',
    );

    call(m, 'history.undo', {});
    expect(call(m, 'model.export', {}).governance).toEqual(first);
    expect(verdicts(m)).toContainEqual(OVERLAP);
    call(m, 'history.undo', {});
    expect(call(m, 'model.export', {}).governance).toEqual({});
    call(m, 'history.redo', {});
    call(m, 'history.redo', {});
    expect(call(m, 'model.export', {}).governance).toEqual(second);
    expect(verdicts(m)).not.toContainEqual(OVERLAP);
  });

  it.each([
    [
      'an unknown rule',
      { rules: { 'ownership.nobody-cares': { enabled: false } } },
      'ownership.nobody-cares',
    ],
    ['an unknown severity', { rules: { 'overload.accountable': { severity: 'fatal' } } }, 'severity'],
    ['a parameter out of its limits', { rules: { 'overload.accountable': { params: { max: 0 } } } }, 'max'],
    ['an unknown parameter', { rules: { 'overload.accountable': { params: { min: 2 } } } }, 'min'],
    ['an unknown field', { rules: { 'overload.accountable': { colour: 'red' } } }, 'colour'],
    ['enabled as a string', { rules: { 'overload.accountable': { enabled: 'no' } } }, 'enabled'],
    ['no rules at all', {}, 'rules'],
  ])('refuse %s with a clear error and write nothing', (_, input, named) => {
    const m = newModel('seed');
    const info = call(m, 'model.info', {});
    const error = failure(m, 'governance.update', input);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('governance.update');
    expect(error.message).toContain(named);
    expect(call(m, 'model.info', {})).toEqual(info);
    expect(call(m, 'model.export', {}).governance).toEqual({});
  });

  it('cannot be changed in a model opened read-only', () => {
    const file = tempPath();
    newModel('seed', file).close();
    const m = track(openModel(file, { readOnly: true }));
    const error = failure(m, 'governance.update', { rules: { 'overload.accountable': { enabled: false } } });
    expect(error.code).toBe('read_only');
  });
});

describe('governance settings in the JSON document', () => {
  const settings = {
    version: 1 as const,
    rules: {
      'ownership.multiple-accountable': { severity: 'warning' as const },
      'sod.conflicting-roles': { params: { pairs: [['CFO', 'CAE']] as [string, string][] } },
    },
  };

  it('travel with an export into an empty model and come back the same', () => {
    const a = newModel('seed');
    call(a, 'governance.update', { rules: settings.rules });
    const first = call(a, 'model.export', {});
    expect(first.governance).toEqual(settings);
    const b = newModel('empty');
    call(b, 'model.import', { document: importable(first), replace: true });
    expect(call(b, 'model.export', {})).toEqual(first);
    expect(verdicts(b)).toEqual([['warning', 'ownership.multiple-accountable', 'area-information-security']]);
  });

  it('are reset to the defaults by a replacing import of a document without them', () => {
    const m = newModel('seed');
    call(m, 'governance.update', { rules: settings.rules });
    const { governance: _dropped, ...doc } = call(m, 'model.export', {});
    call(m, 'model.import', { document: importable(doc), replace: true });
    expect(call(m, 'model.export', {}).governance).toEqual({});
    call(m, 'history.undo', {});
    expect(call(m, 'model.export', {}).governance).toEqual(settings);
  });

  it("apply over the model's own when a document is added beside it", () => {
    const m = newModel('seed');
    call(m, 'governance.update', { rules: { 'overload.accountable': { params: { max: 3 } } } });
    const added = { ...emptyDocument('More'), governance: { rules: settings.rules } };
    call(m, 'model.import', { document: importable(added) });
    expect(call(m, 'model.export', {}).governance).toEqual({
      version: 1,
      rules: { 'overload.accountable': { params: { max: 3 } }, ...settings.rules },
    });
    call(m, 'model.import', { document: importable(emptyDocument('Nothing')) });
    expect(call(m, 'model.export', {}).governance?.rules).toHaveProperty('overload.accountable');
  });

  it('refuse a document whose settings are invalid, naming the field', () => {
    const m = newModel('empty');
    const doc = {
      ...emptyDocument(),
      governance: { rules: { 'overload.accountable': { params: { max: -1 } } } },
    };
    const error = failure(m, 'model.import', { document: doc, replace: true });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('governance.rules');
  });
});

describe('a model saved before settings existed (schema version 10)', () => {
  it('is upgraded on opening and starts with the default settings', () => {
    const file = tempPath();
    newModel('seed', file).close();
    const raw = new Database(file);
    raw.exec('DROP TABLE settings');
    raw.pragma('user_version = 10');
    raw.close();

    const m = track(openModel(file));
    expect(call(m, 'model.info', {}).schemaVersion).toBe(LATEST_VERSION);
    expect(call(m, 'model.export', {}).governance).toEqual({});
    call(m, 'governance.update', { rules: { 'overload.accountable': { enabled: false } } });
    expect(call(m, 'governance.rules', {}).find((r) => r.id === 'overload.accountable')?.enabled).toBe(false);
  });
});
