import { describe, expect, it } from 'vitest';
import type { CharterDocument } from '../../app/document';
import { emptyDocument } from '../../app/document';
import { openDatabase } from '../../db/open';
import { ROLE_ASSIGNMENTS_SQL } from '../../db/queries/roles';
import { call, importable, newModel, tempPath } from './helpers';

describe('model.summary', () => {
  it('counts the seed organization', () => {
    const m = newModel('seed');
    expect(call(m, 'model.summary', {})).toEqual({
      roles: 7,
      vacantRoles: 2,
      people: 5,
      solidLines: 6,
      dottedLines: 1,
      responsibilityAreas: 7,
      policies: 6,
      assets: 5,
      assignments: 60,
      roots: 1,
      maxDepth: 3,
    });
  });

  it('counts an empty model as zero everywhere', () => {
    const summary = call(newModel('empty'), 'model.summary', {});
    expect(Object.values(summary).every((n) => n === 0)).toBe(true);
  });
});

describe('model.chart', () => {
  it('gives every role with its holders and what it is accountable for, and every line', () => {
    const m = newModel('seed');
    const chart = call(m, 'model.chart', {});
    expect(chart.name).toBe('Example organization (CISO vs CIO)');
    expect(chart.roles.map((r) => r.shortName)).toEqual([
      'CEO',
      'CIO',
      'CISO',
      'HoSD',
      'ISM',
      'SecOps',
      'SAM',
    ]);
    expect(chart.lines).toHaveLength(7);
    const ciso = chart.roles.find((r) => r.id === 'role-ciso');
    expect(ciso?.holders).toEqual([{ personId: 'person-okafor', name: 'Daniel Okafor', acting: false }]);
    expect(ciso?.accountablePolicies).toBe(4);
    expect(ciso?.accountableAssets).toBe(0);
    expect(chart.roles.find((r) => r.id === 'role-is-manager')?.holders[0]?.acting).toBe(true);
    expect(chart.roles.find((r) => r.id === 'role-secops')?.holders).toEqual([]);
  });

  it('draws 10,000 roles with every line', () => {
    const doc: CharterDocument = {
      ...emptyDocument('Large'),
      roles: [],
      people: [],
      holders: [],
      reportingLines: [],
    };
    for (let i = 0; i < 10_000; i++) {
      doc.roles.push({
        id: `r${i}`,
        title: `Role ${i}`,
        shortName: `R${i}`,
        function: 'Ops',
        description: '',
      });
      doc.people.push({ id: `p${i}`, name: `Person ${i}`, email: '', externalId: '' });
      doc.holders.push({ roleId: `r${i}`, personId: `p${i}`, acting: false });
      if (i > 0)
        doc.reportingLines.push({
          roleId: `r${i}`,
          managerRoleId: `r${Math.floor((i - 1) / 5)}`,
          kind: 'solid',
        });
    }
    const m = newModel('empty');
    call(m, 'model.import', { document: importable(doc), replace: true });
    const chart = call(m, 'model.chart', {});
    expect(chart.roles).toHaveLength(10_000);
    expect(chart.lines).toHaveLength(9_999);
    expect(call(m, 'model.summary', {})).toMatchObject({ roles: 10_000, roots: 1, maxDepth: 7 });
  });
});

describe('role.detail', () => {
  it('lists what the role is R, A, C or I for, by letter then name, with subject names', () => {
    const m = newModel('seed');
    const detail = call(m, 'role.detail', { id: 'role-cio' });
    expect(detail.manager).toEqual({ id: 'role-ceo', title: 'Chief Executive Officer', shortName: 'CEO' });
    expect(detail.reports.map((r) => r.shortName)).toEqual(['HoSD', 'ISM']);
    expect(detail.dottedReports).toEqual([]);
    const letters = detail.assignments.map((a) => a.letter);
    expect(letters).toEqual([...letters].sort((a, b) => 'RACI'.indexOf(a) - 'RACI'.indexOf(b)));
    expect(detail.assignments).toContainEqual({
      subjectType: 'responsibility',
      subjectId: 'area-information-security',
      subjectName: 'Information security',
      letter: 'A',
    });
    expect(detail.assignments).toContainEqual({
      subjectType: 'asset',
      subjectId: 'asset-customer-db',
      subjectName: 'Customer database',
      letter: 'A',
    });
    const accountable = detail.assignments.filter((a) => a.letter === 'A').map((a) => a.subjectName);
    expect(accountable).toEqual(
      [...accountable].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
  });

  it('lists the policies the role approves and its dotted lines', () => {
    const m = newModel('seed');
    // The seed's CEO approves the policies, so that no owner approves their own.
    expect(call(m, 'role.detail', { id: 'role-ceo' }).approves.map((p) => p.code)).toEqual([
      'ISP-001',
      'ISP-002',
      'ISP-003',
      'ISP-004',
      'IT-001',
    ]);
    const ciso = call(m, 'role.detail', { id: 'role-ciso' });
    expect(ciso.approves).toEqual([]);
    expect(ciso.dottedReports.map((r) => r.id)).toEqual(['role-head-dev']);
    expect(call(m, 'role.detail', { id: 'role-head-dev' }).dottedManagers.map((r) => r.id)).toEqual([
      'role-ciso',
    ]);
  });
});

describe('the registers', () => {
  it('lists people with the roles they hold, and assets with the policies that govern them', () => {
    const m = newModel('seed');
    expect(call(m, 'people.list', {}).find((p) => p.id === 'person-chen')?.roles).toEqual([
      { roleId: 'role-is-manager', title: 'Information Systems Manager', acting: true },
    ]);
    expect(call(m, 'assets.list', {}).find((a) => a.id === 'asset-customer-db')?.policyIds).toEqual([
      'policy-isp',
      'policy-data',
      'policy-is-management',
    ]);
    expect(call(m, 'areas.list', {})).toHaveLength(7);
    expect(call(m, 'assignments.list', {})).toHaveLength(60);
  });
});

describe('hot queries', () => {
  const plan = (sql: string, ...params: unknown[]) => {
    const file = tempPath();
    newModel('seed', file).close();
    const db = openDatabase(file, { readOnly: true });
    try {
      return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
    } finally {
      db.close();
    }
  };

  it("use an index for a role's RACI letters and their subjects' names", () => {
    const detail = plan(ROLE_ASSIGNMENTS_SQL, 'role-ciso');
    expect(detail).toMatch(/SEARCH a USING INDEX assignments_by_role/);
    expect(detail).not.toMatch(/SCAN (p|s|ar)\b/);
  });

  it("use an index for a manager's reports", () => {
    expect(
      plan("SELECT * FROM reporting_lines WHERE manager_role_id = ? AND kind = 'solid'", 'role-ceo'),
    ).toMatch(/USING INDEX reporting_lines_by_manager/);
  });

  it("use an index for a role's solid manager", () => {
    expect(plan("SELECT * FROM reporting_lines WHERE role_id = ? AND kind = 'solid'", 'role-cio')).toMatch(
      /USING INDEX/,
    );
  });
});
