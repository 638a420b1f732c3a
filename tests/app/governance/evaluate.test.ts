import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CharterError } from '../../../app/errors';
import { RULES, RULE_FAILED_ID, compareFindings, evaluate } from '../../../app/governance';
import { evaluateIndex } from '../../../app/governance/evaluate';
import { buildIndex } from '../../../app/governance/model-index';
import { defineRule } from '../../../app/governance/types';
import { seedDocument } from '../../../app/templates';
import { TODAY, check, cleanModel, setLetter, setManager } from './fixture';

/** A model that breaks several rules at once. */
function messy() {
  const doc = cleanModel();
  setLetter(doc, 'policy', 'policy-isp', 'role-ciso', null);
  setLetter(doc, 'asset', 'asset-db', 'role-ism', null);
  setLetter(doc, 'responsibility', 'area-infosec', 'role-cio', 'A');
  setManager(doc, 'role-ciso', 'role-cio');
  doc.reportingLines.push({ roleId: 'role-cio', managerRoleId: 'role-ceo', kind: 'dotted' });
  doc.policies[0]!.approverRoleId = null;
  doc.roles.push({ id: 'role-board', title: 'Board', shortName: '', function: '', description: '' });
  return doc;
}

describe('the rule list', () => {
  it('has unique ids of the form theme.name', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+\.[a-z-]+$/);
  });

  it('has the rules issue 5 asks for', () => {
    expect(RULES.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'ownership.no-accountable',
        'ownership.multiple-accountable',
        'ownership.no-responsible',
        'ownership.vacant-accountable',
        'assets.critical-ungoverned',
        'review.overdue',
        'review.approved-without-approver',
        'sod.accountable-approver',
        'sod.conflicting-roles',
        'independence.ciso-reports-to-cio',
        'overload.accountable',
        'structure.multiple-roots',
        'structure.dotted-duplicates-solid',
      ]),
    );
  });

  it('gives every rule a title and a description', () => {
    for (const rule of RULES) {
      expect(rule.title.length).toBeGreaterThan(0);
      expect(rule.description).toMatch(/\.$/);
    }
  });
});

describe('evaluate', () => {
  it('orders findings by severity, then rule id, then subject name', () => {
    const found = check(messy());
    expect(found.length).toBeGreaterThan(5);
    expect([...found].sort(compareFindings)).toEqual(found);
    const severities = found.map((f) => f.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
    expect(found.map((f) => f.ruleId)).toEqual([
      'ownership.multiple-accountable',
      'ownership.no-accountable',
      'independence.ciso-reports-to-cio',
      'ownership.no-responsible',
      'review.approved-without-approver',
      'structure.multiple-roots',
      'structure.dotted-duplicates-solid',
    ]);
  });

  it('gives the same findings whatever the order of the lists in the model', () => {
    const doc = messy();
    const reversed = {
      ...doc,
      roles: [...doc.roles].reverse(),
      holders: [...doc.holders].reverse(),
      reportingLines: [...doc.reportingLines].reverse(),
      policies: [...doc.policies].reverse(),
      assets: [...doc.assets].reverse(),
      assignments: [...doc.assignments].reverse(),
    };
    const strip = (list: ReturnType<typeof check>) =>
      list.map((f) => ({ ...f, roleIds: [...(f.roleIds ?? [])].sort() }));
    expect(strip(check(reversed))).toEqual(strip(check(doc)));
  });

  it('names the subject in every message', () => {
    for (const f of check(messy())) if (f.subjectType !== 'line') expect(f.message).toContain(f.subjectName);
  });

  it('does not change the model', () => {
    const doc = messy();
    const before = JSON.stringify(doc);
    check(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => evaluate(cleanModel(), {}, '27/11/2026')).toThrow(CharterError);
  });

  it('reports a rule that throws as an error and still runs the others', () => {
    const broken = defineRule({
      id: 'test.broken',
      title: 'Broken on purpose',
      description: 'Throws.',
      defaultSeverity: 'info',
      params: z.strictObject({}),
      defaultParams: {},
      check() {
        throw new Error('boom');
      },
    });
    const index = buildIndex(seedDocument(TODAY), TODAY);
    const found = evaluateIndex(index, {}, [broken, ...RULES]);
    expect(found[0]).toMatchObject({
      ruleId: RULE_FAILED_ID,
      severity: 'error',
      subjectType: 'model',
      subjectId: 'test.broken',
      message: 'The check "Broken on purpose" (test.broken) could not run: boom',
    });
    expect(found.slice(1)).toEqual(evaluateIndex(index, {}));
  });
});
