import { describe, expect, it } from 'vitest';
import { contract } from '../../app/contract';
import { ruleCatalog } from '../../app/governance/catalog';
import { parseWith } from '../../app/parse';
import type { Finding } from '../../app/views';
import { BadgeStore } from '../../renderer/findings/badges';
import {
  NO_FILTER,
  badgeLabel,
  countBySeverity,
  findingsByRole,
  findingsShortcut,
  groupFindings,
  isFiltered,
  rolesOf,
  targetLabel,
  targetOf,
} from '../../renderer/findings/model';
import {
  draftsOf,
  explainRefusal,
  numberValue,
  paramFields,
  settingsPatch,
} from '../../renderer/findings/settings';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'ownership.multiple-accountable',
  severity: 'error',
  subjectType: 'responsibility',
  subjectId: 'area-information-security',
  subjectName: 'Information security',
  message: 'The responsibility area "Information security" has 2 Accountable roles: CIO and CISO.',
  hint: 'Keep one role as A.',
  roleIds: ['role-cio', 'role-ciso'],
  ...over,
});

const overlap = finding({});
const overload = finding({
  ruleId: 'overload.accountable',
  severity: 'warning',
  subjectType: 'role',
  subjectId: 'role-cio',
  roleIds: undefined,
});
const dotted = finding({
  ruleId: 'structure.dotted-duplicates-solid',
  severity: 'info',
  subjectType: 'line',
  subjectId: 'role-ciso>role-ceo',
  roleIds: ['role-ciso', 'role-ceo'],
});
const all = [overlap, overload, dotted];

describe('the findings list', () => {
  it('counts findings by severity', () => {
    expect(countBySeverity(all)).toEqual({ error: 1, warning: 1, info: 1 });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('names a role subject among the roles of its finding', () => {
    expect(rolesOf(overload)).toEqual(['role-cio']);
    expect(rolesOf(overlap)).toEqual(['role-cio', 'role-ciso']);
  });

  it('groups findings by severity, most serious first, and leaves out empty groups', () => {
    const groups = groupFindings([dotted, overlap], NO_FILTER);
    expect(groups.map((g) => g.severity)).toEqual(['error', 'info']);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it('filters by severity, rule and role', () => {
    const errorsHidden = { ...NO_FILTER, severities: new Set(['warning', 'info'] as const) };
    expect(groupFindings(all, errorsHidden).flatMap((g) => g.findings)).toEqual([overload, dotted]);
    expect(isFiltered(errorsHidden)).toBe(true);
    const byRule = { ...NO_FILTER, ruleId: 'overload.accountable' };
    expect(groupFindings(all, byRule).flatMap((g) => g.findings)).toEqual([overload]);
    const byRole = { ...NO_FILTER, roleId: 'role-ceo' };
    expect(groupFindings(all, byRole).flatMap((g) => g.findings)).toEqual([dotted]);
  });
});

describe('where "Show" takes a finding', () => {
  it('selects a role, or the role a line starts from, on the chart', () => {
    expect(targetOf(overload)).toEqual({ kind: 'chart', roleId: 'role-cio' });
    expect(targetOf(dotted)).toEqual({ kind: 'chart', roleId: 'role-ciso' });
    expect(targetLabel(targetOf(dotted))).toBe('Show on chart');
  });

  it('opens the register of a policy, asset or responsibility area', () => {
    expect(targetOf(overlap)).toEqual({
      kind: 'register',
      register: 'responsibility',
      id: 'area-information-security',
    });
    expect(targetLabel(targetOf(overlap))).toBe('Show in Responsibility areas');
    expect(targetOf(finding({ subjectType: 'policy', subjectId: 'pol-1' }))).toMatchObject({
      register: 'policy',
    });
  });

  it('opens a person on their page, and the model on the chart', () => {
    expect(targetOf(finding({ subjectType: 'person', subjectId: 'p-1' }))).toEqual({
      kind: 'person',
      id: 'p-1',
    });
    expect(targetOf(finding({ subjectType: 'model', subjectId: 'model', roleIds: [] }))).toEqual({
      kind: 'chart',
      roleId: null,
    });
  });

  it('opens the panel on Ctrl or Cmd+5 only', () => {
    const key = { key: '5', ctrlKey: true, metaKey: false, shiftKey: false, altKey: false };
    expect(findingsShortcut(key)).toBe(true);
    expect(findingsShortcut({ ...key, ctrlKey: false, metaKey: true })).toBe(true);
    expect(findingsShortcut({ ...key, shiftKey: true })).toBe(false);
    expect(findingsShortcut({ ...key, ctrlKey: false })).toBe(false);
    // Ctrl/Cmd+4 is the ownership map's.
    expect(findingsShortcut({ ...key, key: '4' })).toBe(false);
  });
});

describe('chart badges', () => {
  it("count each role's findings with the most serious severity", () => {
    const byRole = findingsByRole(all);
    expect(byRole.get('role-cio')).toEqual({
      counts: { error: 1, warning: 1, info: 0 },
      total: 2,
      top: 'error',
    });
    expect(byRole.get('role-ceo')?.top).toBe('info');
    expect(byRole.has('role-head-dev')).toBe(false);
  });

  it('say what they count in words', () => {
    const byRole = findingsByRole(all);
    expect(badgeLabel(byRole.get('role-cio')!)).toBe('2 findings: 1 error, 1 warning');
    expect(badgeLabel(byRole.get('role-ceo')!)).toBe('1 finding: 1 info');
  });

  it('keep the same entry for a role whose counts did not change', () => {
    const first = findingsByRole(all);
    const next = findingsByRole([overlap, dotted], first);
    expect(next.get('role-ciso')).toBe(first.get('role-ciso'));
    expect(next.get('role-cio')).not.toBe(first.get('role-cio'));
  });

  it('tell only subscribers, and a fixed role reads no badge', () => {
    const store = new BadgeStore();
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.set(findingsByRole(all));
    expect(store.get('role-cio')?.total).toBe(2);
    store.set(findingsByRole([]));
    expect(store.get('role-cio')).toBeNull();
    stop();
    store.set(findingsByRole(all));
    expect(calls).toBe(2);
  });
});

describe('the rule settings form', () => {
  const rules = ruleCatalog();
  const field = (ruleId: string) => paramFields(rules.find((r) => r.id === ruleId)!.paramsSchema);

  it('reads an input per parameter from the rule schema', () => {
    expect(field('overload.accountable')).toEqual([
      expect.objectContaining({ kind: 'number', key: 'max', min: 1, max: 100000, integer: true }),
    ]);
    expect(field('independence.ciso-reports-to-cio').map((f) => f.kind)).toEqual(['text', 'text']);
    expect(field('sod.conflicting-roles')).toEqual([
      expect.objectContaining({ kind: 'pairs', key: 'pairs', maxLength: 40, maxItems: 100 }),
    ]);
    expect(field('ownership.no-accountable')).toEqual([]);
    expect(paramFields({ properties: { odd: { type: 'object' } } })).toEqual([
      { kind: 'json', key: 'odd', label: 'odd' },
    ]);
  });

  it('sends only what changed', () => {
    const drafts = draftsOf(rules);
    expect(settingsPatch(rules, drafts)).toBeNull();
    drafts['ownership.multiple-accountable']!.severity = 'warning';
    drafts['overload.accountable']!.params = { max: 3 };
    drafts['structure.multiple-roots']!.enabled = false;
    expect(settingsPatch(rules, drafts)).toEqual({
      'ownership.multiple-accountable': { severity: 'warning' },
      'overload.accountable': { params: { max: 3 } },
      'structure.multiple-roots': { enabled: false },
    });
  });

  it('passes a number field on as a number, and anything else as typed for the model to refuse', () => {
    expect(numberValue(' 12 ')).toBe(12);
    expect(numberValue('')).toBe('');
    expect(numberValue('1e999')).toBe('1e999');
  });
});

describe('a refused rule setting', () => {
  const rules = ruleCatalog();
  const refusal = (rulesInput: unknown) => {
    try {
      parseWith(contract['governance.update'].input, { rules: rulesInput }, 'The input of governance.update');
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('accepted');
  };

  it('is told with the rule title and the field label', () => {
    const message = refusal({ 'overload.accountable': { params: { max: 0 } } });
    expect(explainRefusal(message, rules)).toBe(
      'Role Accountable for too much: The most items one role may be Accountable for must be at least 1.',
    );
  });

  it('names the pairs field of conflicting roles', () => {
    const message = refusal({ 'sod.conflicting-roles': { params: { pairs: [['CIO', '']] } } });
    expect(explainRefusal(message, rules)).toMatch(
      /^One person in two conflicting roles: Pairs of role short names that one person must not hold together /,
    );
  });

  it('leaves a message it cannot read as it is', () => {
    expect(explainRefusal('The model file is read-only.', rules)).toBe('The model file is read-only.');
  });
});
