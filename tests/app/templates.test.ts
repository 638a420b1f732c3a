import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../app/document';
import { BUILTIN_ASSET_TYPES } from '../../app/model';
import { seedDocument, templateDocument } from '../../app/templates';

describe('the seed template', () => {
  const doc = seedDocument('2026-11-27');

  it('is a valid document', () => {
    expect(() => parseDocument(doc)).not.toThrow();
  });

  it('has the CEO at the top with the CIO and the CISO reporting to it', () => {
    const solid = doc.reportingLines.filter((l) => l.kind === 'solid');
    expect(solid).toContainEqual({ roleId: 'role-cio', managerRoleId: 'role-ceo', kind: 'solid' });
    expect(solid).toContainEqual({ roleId: 'role-ciso', managerRoleId: 'role-ceo', kind: 'solid' });
    expect(solid.some((l) => l.roleId === 'role-ceo')).toBe(false);
  });

  it('has at least one asset of each type the article names', () => {
    for (const type of BUILTIN_ASSET_TYPES) expect(doc.assets.some((a) => a.type === type)).toBe(true);
  });

  it('makes the CISO accountable for the information security policy', () => {
    const isp = doc.policies.find((p) => p.title === 'Information Security Policy');
    expect(isp).toBeDefined();
    expect(doc.assignments).toContainEqual({ subjectType: 'policy', subjectId: isp?.id, roleId: 'role-ciso', letter: 'A' });
  });

  it('names both the CIO and the CISO for information security', () => {
    const area = doc.responsibilityAreas.find((a) => a.name === 'Information security');
    const named = doc.assignments.filter((a) => a.subjectId === area?.id).map((a) => a.roleId);
    expect(named).toEqual(expect.arrayContaining(['role-cio', 'role-ciso']));
  });

  it('dates reviews relative to the day the model is created', () => {
    expect(seedDocument('2030-03-31').policies[0]?.lastReviewedOn).toBe('2029-11-28');
  });
});

describe('the empty template', () => {
  it('has nothing in it', () => {
    const doc = templateDocument('empty', '2026-11-27');
    expect(doc.roles).toHaveLength(0);
    expect(() => parseDocument(doc)).not.toThrow();
  });
});
