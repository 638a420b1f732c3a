import { describe, expect, it } from 'vitest';
import { type ExistingModel, planImport } from '../../../app/import/plan';
import type { ImportTable } from '../../../app/import/table';

const HEADERS = ['Employee ID', 'Manager ID', 'Name', 'Title', 'Email', 'Department'];
const table = (rows: string[][], headers = HEADERS): ImportTable => ({
  headers,
  rows,
  rowNumbers: rows.map((_, i) => i + 2),
  rowNoun: 'row',
});
const plan = (rows: string[][], existing?: ExistingModel, headers = HEADERS) =>
  planImport(table(rows, headers), { source: 'hr.csv', ...(existing ? { existing } : {}) });
const messages = (issues: { row: number; field: string; message: string }[]) =>
  issues.map((i) => `${i.row} ${i.field}: ${i.message}`);

const CEO = ['E1', '', 'Ada Lovelace', 'Chief Executive Officer', 'ada@example.com', 'Executive'];
const CIO = ['E2', 'E1', 'Grace Hopper', 'Chief Information Officer', 'grace@example.com', 'IT'];
const CISO = [
  'E3',
  'E1',
  'Alan Turing',
  'Chief Information Security Officer',
  'alan@example.com',
  'Security',
];

describe('planning an HR import', () => {
  it('plans every row of a clean file as a new person reporting to its manager', () => {
    const p = plan([CEO, CIO, CISO]);
    expect(p.errors).toEqual([]);
    expect(p.warnings).toEqual([]);
    expect(p.total).toBe(3);
    expect(p.invalidRows).toBe(0);
    expect(p.creates).toBe(3);
    expect(p.columns).toEqual({
      employeeId: 'Employee ID',
      managerId: 'Manager ID',
      name: 'Name',
      title: 'Title',
      email: 'Email',
      department: 'Department',
    });
    expect(p.valid.map((r) => [r.employeeId, r.manager])).toEqual([
      ['E1', { kind: 'none' }],
      ['E2', { kind: 'row', employeeId: 'E1' }],
      ['E3', { kind: 'row', employeeId: 'E1' }],
    ]);
    expect(p.valid[2]).toMatchObject({
      name: 'Alan Turing',
      title: 'Chief Information Security Officer',
      department: 'Security',
      row: 4,
    });
  });

  it('trims, collapses inner spaces and joins first and last names', () => {
    const p = plan([['  E1 ', '', '  Ada  ', ' Lovelace\t', '  Chief   Executive\nOfficer ']], undefined, [
      'Employee ID',
      'Manager ID',
      'First Name',
      'Last Name',
      'Title',
    ]);
    expect(p.valid[0]).toMatchObject({
      employeeId: 'E1',
      name: 'Ada Lovelace',
      title: 'Chief Executive Officer',
    });
  });

  it('warns about unusual values but still imports them', () => {
    const longTitle =
      'Senior Principal Distinguished Architect for Enterprise Information Security and Cyber Resilience Programs';
    const p = plan([
      ['E1', '', 'Ada', 'CEO', 'alovelace', '', 'extra value'],
      ['E2', 'E1', 'Grace', longTitle, '', ''],
    ]);
    expect(p.errors).toEqual([]);
    expect(p.valid).toHaveLength(2);
    expect(messages(p.warnings)).toEqual([
      '2 Email: "alovelace" looks like a login name, not an email address; it is kept as it is',
      '2 : the row has 1 value past the last header column; it is ignored',
      `3 Title: the title is unusually long (${longTitle.length} characters)`,
    ]);
  });

  it('reports empty ids, names and titles by row number', () => {
    const p = plan([CEO, ['', 'E1', 'No Id', 'Analyst', '', ''], ['E4', 'E1', '', '', '', '']]);
    expect(messages(p.errors)).toEqual([
      '3 Employee ID: the employee id is empty',
      '4 Name: the name is empty',
      '4 Title: the title is empty',
    ]);
    expect(p.invalidRows).toBe(2);
    expect(p.valid.map((r) => r.employeeId)).toEqual(['E1']);
  });

  it('reports a duplicate employee id on both rows', () => {
    const p = plan([CEO, CIO, ['E2', 'E1', 'Someone Else', 'Analyst', '', '']]);
    expect(messages(p.errors)).toEqual([
      '3 Employee ID: the employee id "E2" is also on row 4',
      '4 Employee ID: the employee id "E2" is also on row 3',
    ]);
    expect(p.valid.map((r) => r.employeeId)).toEqual(['E1']);
  });

  it('reports an unknown manager and a row that names itself as manager', () => {
    const p = plan([CEO, ['E2', 'E9', 'Grace', 'CIO', '', ''], ['E3', 'E3', 'Alan', 'CISO', '', '']]);
    expect(messages(p.errors)).toEqual([
      '3 Manager ID: the manager "E9" is neither in this file nor in the model',
      '4 Manager ID: names the row\'s own employee id "E3" as its manager',
    ]);
  });

  it('reports every row of a reporting cycle and the rows below it', () => {
    const p = plan([
      CEO,
      ['E2', 'E4', 'B', 'Director', '', ''],
      ['E3', 'E2', 'C', 'Manager', '', ''],
      ['E4', 'E3', 'D', 'Lead', '', ''],
      ['E5', 'E4', 'E', 'Engineer', '', ''],
    ]);
    expect(messages(p.errors)).toEqual([
      '3 Manager ID: is part of a reporting cycle: E2 (row 3) → E4 (row 5) → E3 (row 4) → E2 (row 3)',
      '4 Manager ID: is part of a reporting cycle: E2 (row 3) → E4 (row 5) → E3 (row 4) → E2 (row 3)',
      '5 Manager ID: is part of a reporting cycle: E2 (row 3) → E4 (row 5) → E3 (row 4) → E2 (row 3)',
      '6 Manager ID: reports to E4 (row 5), which cannot be imported',
    ]);
    expect(p.valid.map((r) => r.employeeId)).toEqual(['E1']);
  });

  it('keeps only rows whose whole management chain is valid', () => {
    const p = plan([
      CEO,
      ['E2', 'E1', 'B', '', '', ''], // no title
      ['E3', 'E2', 'C', 'Manager', '', ''],
      ['E4', 'E3', 'D', 'Lead', '', ''],
      ['E5', 'E1', 'E', 'Engineer', '', ''],
    ]);
    expect(p.valid.map((r) => r.employeeId)).toEqual(['E1', 'E5']);
    expect(p.invalidRows).toBe(3);
    expect(messages(p.errors)).toContain('5 Manager ID: reports to E3 (row 4), which cannot be imported');
  });

  it('handles a chain 100,000 rows deep without recursion', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [
      `E${i}`,
      i === 0 ? '' : `E${i - 1}`,
      `P${i}`,
      'T',
      '',
      '',
    ]);
    expect(plan(rows).valid).toHaveLength(100_000);
  });

  it('reports every row of pathological files: one id repeated, one huge cycle', () => {
    const same = plan(
      Array.from({ length: 50_000 }, (_, i) => ['E1', i === 0 ? '' : 'E1', `P${i}`, 'T', '', '']),
    );
    expect(same.invalidRows).toBe(50_000);
    expect(same.errors[0]?.message).toBe('the employee id "E1" is also on row 3, 4, 5, 6, 7, …');
    const ring = plan(
      Array.from({ length: 50_000 }, (_, i) => [`E${i}`, `E${(i + 1) % 50_000}`, `P${i}`, 'T', '', '']),
    );
    expect(ring.errors).toHaveLength(50_000);
    expect(ring.errors[0]?.message).toMatch(
      /^is part of a reporting cycle: E0 \(row 2\) → E1 \(row 3\) → .* → … → E0 \(row 2\)$/,
    );
  });

  it('updates people already in the model and reports to managers only the model knows', () => {
    const existing: ExistingModel = {
      byExternalId: new Map([
        ['E1', { personId: 'person-ada', roleId: 'role-ceo' }],
        ['X9', { personId: 'person-board', roleId: 'role-board' }],
      ]),
      managers: new Map([['role-ceo', 'role-board']]),
      titles: new Map([
        ['role-ceo', 'CEO'],
        ['role-board', 'Board'],
      ]),
    };
    const p = plan([['E1', 'X9', 'Ada', 'CEO', '', ''], CIO], existing);
    expect(p.errors).toEqual([]);
    expect(p.updates).toBe(1);
    expect(p.creates).toBe(1);
    expect(p.valid[0]).toMatchObject({
      personId: 'person-ada',
      roleId: 'role-ceo',
      manager: { kind: 'existing', roleId: 'role-board' },
    });
  });

  it('refuses a cycle through roles already in the model', () => {
    // In the model, X9's role reports to E1's role; the file makes E1 report to X9.
    const existing: ExistingModel = {
      byExternalId: new Map([
        ['E1', { personId: 'person-ada', roleId: 'role-ceo' }],
        ['X9', { personId: 'person-cfo', roleId: 'role-cfo' }],
      ]),
      managers: new Map([['role-cfo', 'role-ceo']]),
      titles: new Map([
        ['role-ceo', 'CEO'],
        ['role-cfo', 'CFO'],
      ]),
    };
    const p = plan([['E1', 'X9', 'Ada', 'CEO', '', ''], CIO], existing);
    expect(messages(p.errors)).toEqual([
      '2 Manager ID: would make a reporting cycle with roles already in the model: E1 (row 2) → "CFO" → E1 (row 2)',
      '3 Manager ID: reports to E1 (row 2), which cannot be imported',
    ]);
    expect(p.valid).toEqual([]);
  });

  it('refuses a manager who is in the model but holds no role', () => {
    const existing: ExistingModel = {
      byExternalId: new Map([['X9', { personId: 'person-x', roleId: null }]]),
      managers: new Map(),
      titles: new Map(),
    };
    expect(messages(plan([['E1', 'X9', 'Ada', 'CEO', '', '']], existing).errors)).toEqual([
      '2 Manager ID: the manager "X9" is in the model but holds no role to report to',
    ]);
  });

  it('refuses values over the model limits', () => {
    const p = plan([['E1', '', 'Ada', 'T'.repeat(201), '', '']]);
    expect(messages(p.errors)).toEqual(['2 Title: is 201 characters long; the limit is 200']);
  });

  it('names records, not rows, for JSON input', () => {
    const p = planImport(
      {
        headers: ['id', 'manager id', 'name', 'title'],
        rows: [['E1', 'E7', 'Ada', 'CEO']],
        rowNumbers: [1],
        rowNoun: 'record',
      },
      { source: 'hr.json' },
    );
    expect(p.errors[0]).toEqual({
      row: 1,
      field: 'manager id',
      message: 'the manager "E7" is neither in this file nor in the model',
    });
    expect(p.rowNoun).toBe('record');
  });
});
