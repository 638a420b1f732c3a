import { describe, expect, it } from 'vitest';
import { seedDocument } from '../../app/templates';
import type { AssetView, PolicyView, RoleDetail } from '../../app/views';
import { deleteConsequences } from '../../renderer/inspector/DeleteRoleDialog';
import { defaultOwnershipRoles, ownershipGraph } from '../../renderer/ownership/ownership';
import { fakeChart, fakeDetail } from './fake-bridge';

const doc = seedDocument('2026-01-01');
const chart = fakeChart(doc);
const policies = doc.policies.map((p) => ({ ...p, nextReviewDue: null, overdue: false }) as PolicyView);
const assets = doc.assets.map((a) => ({ ...a, policyIds: [] }) as AssetView);

describe('the ownership map', () => {
  it('starts with the CIO against the CISO', () => {
    expect(defaultOwnershipRoles(chart.roles)).toEqual(['role-cio', 'role-ciso']);
  });

  it('draws one edge per letter the chosen roles hold for a policy or asset, never for an area', () => {
    const graph = ownershipGraph(['role-cio', 'role-ciso'], chart.roles, policies, assets, doc.assignments);
    const expected = doc.assignments.filter(
      (a) => a.subjectType !== 'responsibility' && (a.roleId === 'role-cio' || a.roleId === 'role-ciso'),
    );
    expect(graph.links).toHaveLength(expected.length);
    expect(graph.subjects.find((s) => s.key === 'asset:asset-customer-db')?.shared).toBe(true);
    // Each subject's badges take distinct places.
    const slots = new Set(graph.links.map((l) => `${l.subjectKey}:${l.slot}`));
    expect(slots.size).toBe(graph.links.length);
  });

  it('keeps the subjects apart and both columns apart', () => {
    const graph = ownershipGraph(['role-cio', 'role-ciso'], chart.roles, policies, assets, doc.assignments);
    const ys = graph.subjects.map((s) => s.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++)
      expect((ys[i] as number) - (ys[i - 1] as number)).toBeGreaterThanOrEqual(52);
    expect(Math.min(...graph.subjects.map((s) => s.x))).toBeGreaterThan(
      Math.max(...graph.roles.map((r) => r.x)) + 300,
    );
  });

  it('ignores roles that are not in the model', () => {
    expect(ownershipGraph(['role-gone'], chart.roles, policies, assets, doc.assignments).roles).toEqual([]);
  });
});

describe('the delete confirmation', () => {
  it('says where the reports go and what ownership is lost', () => {
    const lines = deleteConsequences(fakeDetail(doc, 'role-ciso') as RoleDetail);
    expect(lines[0]).toBe(
      'Its 2 direct reports (SecOps, SAM) will report to Chief Executive Officer instead.',
    );
    expect(lines[1]).toMatch(
      /^Its \d+ RACI assignments will be removed \(\d+ Accountable, .*What it is Accountable for will have no owner\.$/,
    );
    expect(lines).toContain('Daniel Okafor will no longer hold it (the people stay).');
  });

  it('says a top role’s reports become top-level roles', () => {
    expect(deleteConsequences(fakeDetail(doc, 'role-ceo'))[0]).toContain('will become top-level roles');
  });
});
