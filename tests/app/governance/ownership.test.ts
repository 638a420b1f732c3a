import { describe, expect, it } from 'vitest';
import { check, cleanModel, findingsOf, setLetter } from './fixture';

describe('the clean fixture', () => {
  it('has no findings under the default settings', () => {
    expect(check(cleanModel())).toEqual([]);
  });
});

describe('ownership.no-accountable', () => {
  it('reports a policy with no Accountable role, naming it', () => {
    const doc = cleanModel();
    setLetter(doc, 'policy', 'policy-isp', 'role-ciso', 'R');
    expect(findingsOf(doc, 'ownership.no-accountable')).toEqual([
      {
        ruleId: 'ownership.no-accountable',
        severity: 'error',
        subjectType: 'policy',
        subjectId: 'policy-isp',
        subjectName: 'ISP-001 Information Security Policy',
        message: 'The policy "ISP-001 Information Security Policy" has no Accountable role.',
        hint: 'Set exactly one role to A for it in the RACI matrix.',
      },
    ]);
  });

  it('reports assets and responsibility areas too', () => {
    const doc = cleanModel();
    setLetter(doc, 'asset', 'asset-db', 'role-cio', null);
    setLetter(doc, 'responsibility', 'area-infosec', 'role-ciso', 'C');
    const found = findingsOf(doc, 'ownership.no-accountable');
    expect(found.map((f) => [f.subjectType, f.message])).toEqual([
      ['asset', 'The asset "Customer database" has no Accountable role.'],
      ['responsibility', 'The responsibility area "Information security" has no Accountable role.'],
    ]);
  });

  it('stays quiet when every subject has one Accountable role', () => {
    expect(findingsOf(cleanModel(), 'ownership.no-accountable')).toEqual([]);
  });

  it('does not judge a retired policy', () => {
    const doc = cleanModel();
    setLetter(doc, 'policy', 'policy-isp', 'role-ciso', null);
    doc.policies[0]!.status = 'retired';
    expect(findingsOf(doc, 'ownership.no-accountable')).toEqual([]);
  });
});

describe('ownership.multiple-accountable', () => {
  it('reports the article overlap: two Accountable roles for information security', () => {
    const doc = cleanModel();
    setLetter(doc, 'responsibility', 'area-infosec', 'role-cio', 'A');
    const [finding, ...rest] = findingsOf(doc, 'ownership.multiple-accountable');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error',
      subjectType: 'responsibility',
      subjectId: 'area-infosec',
      message: 'The responsibility area "Information security" has 2 Accountable roles: CIO and CISO.',
      roleIds: ['role-cio', 'role-ciso'],
    });
  });

  it('stays quiet with exactly one Accountable role', () => {
    expect(findingsOf(cleanModel(), 'ownership.multiple-accountable')).toEqual([]);
  });
});

describe('ownership.no-responsible', () => {
  it('reports a policy and an asset with no Responsible role', () => {
    const doc = cleanModel();
    setLetter(doc, 'policy', 'policy-isp', 'role-secops', 'I');
    setLetter(doc, 'asset', 'asset-db', 'role-ism', null);
    const found = findingsOf(doc, 'ownership.no-responsible');
    expect(found.map((f) => [f.subjectId, f.severity, f.roleIds])).toEqual([
      ['asset-db', 'warning', ['role-cio']],
      ['policy-isp', 'warning', ['role-ciso']],
    ]);
    expect(found[1]?.message).toBe(
      'The policy "ISP-001 Information Security Policy" has no Responsible role.',
    );
  });

  it('stays quiet for a responsibility area with no Responsible role', () => {
    const doc = cleanModel();
    setLetter(doc, 'responsibility', 'area-infosec', 'role-secops', null);
    expect(findingsOf(doc, 'ownership.no-responsible')).toEqual([]);
  });

  it('stays quiet when policies and assets have someone Responsible', () => {
    expect(findingsOf(cleanModel(), 'ownership.no-responsible')).toEqual([]);
  });
});

describe('ownership.vacant-accountable', () => {
  it('reports each subject whose Accountable role nobody holds', () => {
    const doc = cleanModel();
    doc.holders = doc.holders.filter((h) => h.roleId !== 'role-ciso');
    const found = findingsOf(doc, 'ownership.vacant-accountable');
    expect(found.map((f) => f.subjectId)).toEqual(['area-infosec', 'policy-isp']);
    expect(found[1]).toMatchObject({
      severity: 'warning',
      message:
        'The policy "ISP-001 Information Security Policy" is owned by the role "Chief Information Security Officer" (CISO), which nobody holds.',
      roleIds: ['role-ciso'],
    });
  });

  it('counts an acting holder as a holder', () => {
    const doc = cleanModel();
    doc.holders = doc.holders.map((h) => (h.roleId === 'role-ciso' ? { ...h, acting: true } : h));
    expect(findingsOf(doc, 'ownership.vacant-accountable')).toEqual([]);
  });

  it('stays quiet about vacant roles that own nothing', () => {
    const doc = cleanModel();
    doc.holders = doc.holders.filter((h) => h.roleId !== 'role-secops');
    expect(findingsOf(doc, 'ownership.vacant-accountable')).toEqual([]);
  });
});
