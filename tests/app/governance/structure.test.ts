import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../../app/document';
import { check, cleanModel, findingsOf, setManager } from './fixture';

describe('structure.multiple-roots', () => {
  it('reports each top-level role beyond the largest tree', () => {
    const doc = cleanModel();
    setManager(doc, 'role-ciso', null); // the CISO and SecOps become a tree of their own
    expect(findingsOf(doc, 'structure.multiple-roots')).toEqual([
      {
        ruleId: 'structure.multiple-roots',
        severity: 'warning',
        subjectType: 'role',
        subjectId: 'role-ciso',
        subjectName: 'Chief Information Security Officer',
        message:
          'The role "Chief Information Security Officer" (CISO) has no solid-line manager (with 1 role under it): the chart has 2 top-level roles where the settings expect one.',
        hint: 'Give it a solid line to its manager, for example a role under "Chief Executive Officer" (CEO), or allow more top-level roles in the governance settings.',
        roleIds: ['role-ciso'],
      },
    ]);
  });

  it('counts a role with no lines at all as a top-level role', () => {
    const doc = cleanModel();
    doc.roles.push({ id: 'role-board', title: 'Board', shortName: '', function: '', description: '' });
    const [finding] = findingsOf(doc, 'structure.multiple-roots');
    expect(finding?.subjectId).toBe('role-board');
    expect(finding?.message).toContain('(on its own)');
  });

  it('allows as many top-level roles as the settings say', () => {
    const doc = cleanModel();
    setManager(doc, 'role-ciso', null);
    const settings = { rules: { 'structure.multiple-roots': { params: { maxRoots: 2 } } } };
    expect(findingsOf(doc, 'structure.multiple-roots', settings)).toEqual([]);
  });

  it('stays quiet with one root, and with no roles at all', () => {
    expect(findingsOf(cleanModel(), 'structure.multiple-roots')).toEqual([]);
    expect(check(emptyDocument())).toEqual([]);
  });
});

describe('structure.dotted-duplicates-solid', () => {
  it('reports a dotted line between the same two roles as a solid line', () => {
    const doc = cleanModel();
    doc.reportingLines.push({ roleId: 'role-cio', managerRoleId: 'role-ceo', kind: 'dotted' });
    expect(findingsOf(doc, 'structure.dotted-duplicates-solid')).toEqual([
      {
        ruleId: 'structure.dotted-duplicates-solid',
        severity: 'info',
        subjectType: 'line',
        subjectId: 'role-cio>role-ceo',
        subjectName: 'CIO → CEO',
        message:
          'The dotted line from "Chief Information Officer" (CIO) to "Chief Executive Officer" (CEO) repeats the solid line between the same two roles.',
        hint: 'Remove the dotted line: the solid line already says who the role reports to.',
        roleIds: ['role-cio', 'role-ceo'],
      },
    ]);
  });

  it('stays quiet about dotted lines to other roles and in the other direction', () => {
    const doc = cleanModel();
    doc.reportingLines.push({ roleId: 'role-ceo', managerRoleId: 'role-cio', kind: 'dotted' });
    expect(findingsOf(doc, 'structure.dotted-duplicates-solid')).toEqual([]);
  });
});
