import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../../app/document';
import { CharterError } from '../../../app/errors';
import { subsetDocument } from '../../../app/export/subset';
import { seedDocument } from '../../../app/templates';
import { TODAY } from './fixtures';

describe('subset export', () => {
  const doc = seedDocument(TODAY);

  it('keeps the whole document when no root is given', () => {
    expect(subsetDocument(doc, null)).toBe(doc);
  });

  it('keeps only the roles under the chosen role, with their lines and holders', () => {
    const sub = subsetDocument(doc, 'role-cio');
    expect(sub.roles.map((r) => r.id).sort()).toEqual(['role-cio', 'role-head-dev', 'role-is-manager']);
    expect(sub.reportingLines).toEqual([
      { roleId: 'role-head-dev', managerRoleId: 'role-cio', kind: 'solid' },
      { roleId: 'role-is-manager', managerRoleId: 'role-cio', kind: 'solid' },
    ]);
    expect(sub.people.map((p) => p.id).sort()).toEqual(['person-chen', 'person-lindqvist', 'person-raman']);
    expect(
      sub.assignments.every((a) => ['role-cio', 'role-head-dev', 'role-is-manager'].includes(a.roleId)),
    ).toBe(true);
    expect(sub.responsibilityAreas.map((a) => a.id)).toContain('area-software-development');
    expect(sub.assignments.some((a) => a.roleId === 'role-ciso')).toBe(false);
  });

  it('stays a valid document: approvers outside the subtree are cleared, assets filtered', () => {
    const sub = subsetDocument(doc, 'role-ciso');
    expect(() => checkDocument(sub)).not.toThrow();
    const isp = sub.policies.find((p) => p.id === 'policy-isp');
    expect(isp?.approverRoleId).toBeNull();
    for (const p of sub.policies)
      for (const a of p.assetIds) expect(sub.assets.some((x) => x.id === a)).toBe(true);
  });

  it('refuses an unknown root with not_found', () => {
    expect(() => subsetDocument(doc, 'role-nobody')).toThrow(CharterError);
    try {
      subsetDocument(doc, 'role-nobody');
    } catch (error) {
      expect((error as CharterError).code).toBe('not_found');
    }
  });
});
