import { describe, expect, it } from 'vitest';
import { cleanModel, findingsOf } from './fixture';

describe('sod.accountable-approver', () => {
  it('reports a policy approved by its own Accountable role', () => {
    const doc = cleanModel();
    doc.policies[0]!.approverRoleId = 'role-ciso';
    expect(findingsOf(doc, 'sod.accountable-approver')).toEqual([
      {
        ruleId: 'sod.accountable-approver',
        severity: 'warning',
        subjectType: 'policy',
        subjectId: 'policy-isp',
        subjectName: 'ISP-001 Information Security Policy',
        message:
          'The policy "ISP-001 Information Security Policy" is approved by its own Accountable role, "Chief Information Security Officer" (CISO).',
        hint: 'Have a different role approve it, usually the one its Accountable role reports to.',
        roleIds: ['role-ciso'],
      },
    ]);
  });

  it('stays quiet when the approver is only Responsible or Consulted', () => {
    const doc = cleanModel();
    doc.policies[0]!.approverRoleId = 'role-cio'; // C for the policy
    expect(findingsOf(doc, 'sod.accountable-approver')).toEqual([]);
  });

  it('stays quiet when another role approves', () => {
    expect(findingsOf(cleanModel(), 'sod.accountable-approver')).toEqual([]);
  });
});

describe('sod.conflicting-roles', () => {
  it('reports one person holding both the CIO and the CISO role by default', () => {
    const doc = cleanModel();
    doc.holders.push({ roleId: 'role-ciso', personId: 'person-raman', acting: true });
    expect(findingsOf(doc, 'sod.conflicting-roles')).toEqual([
      {
        ruleId: 'sod.conflicting-roles',
        severity: 'error',
        subjectType: 'person',
        subjectId: 'person-raman',
        subjectName: 'Raman',
        message: 'Raman holds both CIO and CISO, roles the governance settings mark as conflicting.',
        hint: 'Give one of the two roles to someone else, or change the conflicting pairs in the governance settings if the combination is intended.',
        roleIds: ['role-cio', 'role-ciso'],
      },
    ]);
  });

  it('matches short names whatever their case', () => {
    const doc = cleanModel();
    doc.roles[1]!.shortName = 'cio';
    doc.roles[2]!.shortName = 'Ciso';
    doc.holders.push({ roleId: 'role-cio', personId: 'person-okafor', acting: false });
    expect(findingsOf(doc, 'sod.conflicting-roles').map((f) => f.subjectId)).toEqual(['person-okafor']);
  });

  it('uses the pairs the settings give', () => {
    const doc = cleanModel();
    doc.holders.push({ roleId: 'role-ism', personId: 'person-haddad', acting: false });
    const settings = { rules: { 'sod.conflicting-roles': { params: { pairs: [['secops', 'ISM']] } } } };
    expect(findingsOf(doc, 'sod.conflicting-roles', settings).map((f) => f.roleIds)).toEqual([
      ['role-secops', 'role-ism'],
    ]);
    expect(findingsOf(doc, 'sod.conflicting-roles')).toEqual([]);
  });

  it('stays quiet when different people hold the two roles', () => {
    expect(findingsOf(cleanModel(), 'sod.conflicting-roles')).toEqual([]);
  });

  it('stays quiet when the settings list no pairs', () => {
    const doc = cleanModel();
    doc.holders.push({ roleId: 'role-ciso', personId: 'person-raman', acting: false });
    const settings = { rules: { 'sod.conflicting-roles': { params: { pairs: [] } } } };
    expect(findingsOf(doc, 'sod.conflicting-roles', settings)).toEqual([]);
  });
});
