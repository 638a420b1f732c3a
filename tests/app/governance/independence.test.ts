import { describe, expect, it } from 'vitest';
import { cleanModel, findingsOf, setManager } from './fixture';

const RULE = 'independence.ciso-reports-to-cio';

describe('independence.ciso-reports-to-cio', () => {
  it('reports a CISO whose solid line runs to the CIO, as a warning by default', () => {
    const doc = cleanModel();
    setManager(doc, 'role-ciso', 'role-cio');
    expect(findingsOf(doc, RULE)).toEqual([
      {
        ruleId: RULE,
        severity: 'warning',
        subjectType: 'role',
        subjectId: 'role-ciso',
        subjectName: 'Chief Information Security Officer',
        message:
          'The role "Chief Information Security Officer" (CISO) reports to "Chief Information Officer" (CIO) by a solid line.',
        hint: "Give the CISO a solid line to the CEO or another role outside the CIO's organization (a dotted line to the CIO can stay), or switch this check off if the structure is intended.",
        roleIds: ['role-ciso', 'role-cio'],
      },
    ]);
  });

  it('reports a CISO who reaches the CIO through roles in between', () => {
    const doc = cleanModel();
    setManager(doc, 'role-ciso', 'role-ism');
    const [finding] = findingsOf(doc, RULE);
    expect(finding?.message).toBe(
      'The role "Chief Information Security Officer" (CISO) reports to "Chief Information Officer" (CIO) through ISM, by solid lines.',
    );
    expect(finding?.roleIds).toEqual(['role-ciso', 'role-ism', 'role-cio']);
  });

  it('can be raised to an error or switched off', () => {
    const doc = cleanModel();
    setManager(doc, 'role-ciso', 'role-cio');
    expect(findingsOf(doc, RULE, { rules: { [RULE]: { severity: 'error' } } })[0]?.severity).toBe('error');
    expect(findingsOf(doc, RULE, { rules: { [RULE]: { enabled: false } } })).toEqual([]);
  });

  it('finds the two roles by the short names the settings give', () => {
    const doc = cleanModel();
    setManager(doc, 'role-ism', 'role-secops');
    setManager(doc, 'role-secops', 'role-ceo');
    const settings = { rules: { [RULE]: { params: { cisoShortName: 'ism', cioShortName: 'SECOPS' } } } };
    expect(findingsOf(doc, RULE, settings).map((f) => f.subjectId)).toEqual(['role-ism']);
  });

  it('stays quiet when the CISO reports to the CEO, even with a dotted line to the CIO', () => {
    const doc = cleanModel();
    doc.reportingLines.push({ roleId: 'role-ciso', managerRoleId: 'role-cio', kind: 'dotted' });
    expect(findingsOf(doc, RULE)).toEqual([]);
  });

  it('stays quiet when the model has no CISO', () => {
    const doc = cleanModel();
    doc.roles[2]!.shortName = '';
    setManager(doc, 'role-ciso', 'role-cio');
    expect(findingsOf(doc, RULE)).toEqual([]);
  });
});
