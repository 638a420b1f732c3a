import { describe, expect, it } from 'vitest';
import {
  RULES,
  defaultSettings,
  mergeSettings,
  parseGovernanceSettings,
  patchSettings,
  ruleCatalog,
} from '../../../app/governance';
import type { GovernanceSettingsInput } from '../../../app/governance';
import { CharterError } from '../../../app/errors';
import { check, cleanModel, setLetter, setManager } from './fixture';

describe('the default settings', () => {
  it('switch every rule on at its default severity with its default parameters', () => {
    const settings = defaultSettings();
    expect(Object.keys(settings.rules)).toEqual(RULES.map((r) => r.id));
    for (const rule of RULES)
      expect(settings.rules[rule.id]).toEqual({
        enabled: true,
        severity: rule.defaultSeverity,
        params: rule.defaultParams,
      });
  });

  it('give each rule parameters its own schema accepts', () => {
    for (const rule of RULES) expect(rule.params.parse(rule.defaultParams)).toEqual(rule.defaultParams);
  });

  it('survive a round trip through JSON and the schema', () => {
    const settings = defaultSettings();
    expect(mergeSettings(parseGovernanceSettings(JSON.parse(JSON.stringify(settings))))).toEqual(settings);
  });
});

describe('reading stored settings', () => {
  const refuses = (value: unknown, pattern: RegExp) => {
    let error: unknown;
    try {
      parseGovernanceSettings(value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CharterError);
    expect((error as CharterError).message).toMatch(pattern);
  };

  it('accepts sparse settings', () => {
    expect(parseGovernanceSettings({})).toEqual({});
    expect(parseGovernanceSettings({ rules: { 'review.overdue': { severity: 'error' } } })).toEqual({
      rules: { 'review.overdue': { severity: 'error' } },
    });
  });

  it('refuses an unknown rule, field or parameter', () => {
    refuses({ rules: { 'no.such-rule': {} } }, /unexpected field "no\.such-rule"/);
    refuses({ rules: { 'review.overdue': { on: true } } }, /unexpected field "on"/);
    refuses({ rules: { 'overload.accountable': { params: { limit: 3 } } } }, /unexpected field "limit"/);
    refuses({ extra: 1 }, /unexpected field "extra"/);
  });

  it('refuses a bad severity and parameters outside their limits, naming the field', () => {
    refuses({ rules: { 'review.overdue': { severity: 'fatal' } } }, /severity/);
    refuses({ rules: { 'overload.accountable': { params: { max: 0 } } } }, /params\.max must be at least 1/);
    refuses({ rules: { 'overload.accountable': { params: { max: 2.5 } } } }, /whole number/);
    refuses(
      { rules: { 'sod.conflicting-roles': { params: { pairs: Array(101).fill(['A', 'B']) } } } },
      /at most 100 pairs/,
    );
    refuses(
      { rules: { 'independence.ciso-reports-to-cio': { params: { cioShortName: 'x'.repeat(41) } } } },
      /at most 40 characters/,
    );
    refuses(
      { rules: { 'sod.conflicting-roles': { params: { pairs: [['CIO', '  ']] } } } },
      /must not be empty/,
    );
  });
});

describe('merging settings', () => {
  it('gives rules missing from the stored settings their defaults', () => {
    const merged = mergeSettings({ rules: { 'review.overdue': { enabled: false } } });
    expect(merged.rules['review.overdue']).toEqual({ enabled: false, severity: 'warning', params: {} });
    expect(merged.rules['overload.accountable']).toEqual({
      enabled: true,
      severity: 'warning',
      params: { max: 15 },
    });
  });

  it('ignores rules this version does not know', () => {
    expect(mergeSettings({ rules: { 'retired.rule': { enabled: false } } })).toEqual(defaultSettings());
  });

  it('merges parameters one by one, later layers winning', () => {
    const id = 'independence.ciso-reports-to-cio';
    const merged = mergeSettings(
      { rules: { [id]: { severity: 'error', params: { cisoShortName: 'CSO' } } } },
      { rules: { [id]: { params: { cioShortName: 'CTO' } } } },
    );
    expect(merged.rules[id]).toEqual({
      enabled: true,
      severity: 'error',
      params: { cisoShortName: 'CSO', cioShortName: 'CTO' },
    });
  });

  it('keeps patched settings sparse', () => {
    const stored: GovernanceSettingsInput = { rules: { 'review.overdue': { severity: 'error' } } };
    const patched = patchSettings(stored, { rules: { 'overload.accountable': { params: { max: 20 } } } });
    expect(patched).toEqual({
      version: 1,
      rules: { 'review.overdue': { severity: 'error' }, 'overload.accountable': { params: { max: 20 } } },
    });
    expect(parseGovernanceSettings(patched)).toEqual(patched);
  });
});

describe('settings in an evaluation', () => {
  const broken = () => {
    const doc = cleanModel();
    setLetter(doc, 'policy', 'policy-isp', 'role-ciso', null); // no Accountable role: an error
    setManager(doc, 'role-ciso', 'role-cio'); // CISO under the CIO: a warning
    return doc;
  };

  it('change the severity of a rule', () => {
    const found = check(broken(), {
      rules: {
        'ownership.no-accountable': { severity: 'info' },
        'independence.ciso-reports-to-cio': { severity: 'error' },
      },
    });
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([
      ['independence.ciso-reports-to-cio', 'error'],
      ['ownership.no-accountable', 'info'],
    ]);
  });

  it('switch a rule off', () => {
    const found = check(broken(), { rules: { 'ownership.no-accountable': { enabled: false } } });
    expect(found.map((f) => f.ruleId)).toEqual(['independence.ciso-reports-to-cio']);
  });
});

describe('the rule catalog', () => {
  it('lists every rule as plain data with its settings and a parameter schema', () => {
    const catalog = ruleCatalog({
      rules: { 'overload.accountable': { enabled: false, params: { max: 3 } } },
    });
    expect(catalog.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(catalog.find((r) => r.id === 'overload.accountable')).toMatchObject({
      enabled: false,
      severity: 'warning',
      params: { max: 3 },
      defaultParams: { max: 15 },
      paramsSchema: { properties: { max: { type: 'integer', minimum: 1 } } },
    });
    expect(JSON.parse(JSON.stringify(catalog))).toEqual(catalog);
  });
});
