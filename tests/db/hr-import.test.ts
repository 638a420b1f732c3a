import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invoke, unwrap } from '../../app/contract';
import { CharterError } from '../../app/errors';
import { renderCsvFiles } from '../../app/export/csv';
import { parseCsv } from '../../app/import/csv';
import type { ImportTable } from '../../app/import/table';
import { findSolidCycle } from '../../app/reporting';
import type { Context } from '../../db/context';
import { createHandlers } from '../../db/handlers';
import { applyHrImport, importApply, importPreview } from '../../db/hr-import';
import { redo, undo } from '../../db/history';
import { hrCsv, hrTable } from '../app/import/hr-rows';
import { refusal } from '../support/refusal';
import { openContext } from './helpers';

const csv = (text: string): ImportTable => parseCsv(text, { source: 'hr.csv' });
const HEADER = 'Employee ID,Manager ID,Name,Title,Email,Department\n';
const ORG = csv(
  HEADER +
    'E1,,Ada Lovelace,Chief Executive Officer,ada@example.com,Executive\n' +
    'E2,E1,Grace Hopper,Chief Information Officer,grace@example.com,IT\n' +
    'E3,E1,Alan Turing,Chief Information Security Officer,alan@example.com,Security\n' +
    'E4,E2,Edsger Dijkstra,Head of Software Development,edsger@example.com,IT\n',
);

function counts(ctx: Context) {
  const n = (sql: string) => (ctx.db.prepare(sql).get() as { n: number }).n;
  return {
    roles: n('SELECT count(*) AS n FROM roles'),
    people: n('SELECT count(*) AS n FROM people'),
    holders: n('SELECT count(*) AS n FROM role_holders'),
    lines: n("SELECT count(*) AS n FROM reporting_lines WHERE kind = 'solid'"),
    events: n('SELECT count(*) AS n FROM audit_events'),
  };
}

/** Employee id -> [name, title, department, manager's employee id], read back through the contract. */
function org(ctx: Context): Record<string, [string, string, string, string]> {
  const handlers = createHandlers(ctx);
  const chart = unwrap(invoke(handlers, 'model.chart', {})) as ReturnType<(typeof handlers)['model.chart']>;
  const people = unwrap(invoke(handlers, 'people.list', {})) as ReturnType<(typeof handlers)['people.list']>;
  const external = new Map(people.map((p) => [p.id, p.externalId]));
  const holderOf = new Map(chart.roles.map((r) => [r.id, external.get(r.holders[0]?.personId ?? '') ?? '']));
  const manager = new Map(
    chart.lines.filter((l) => l.kind === 'solid').map((l) => [l.roleId, l.managerRoleId]),
  );
  const out: Record<string, [string, string, string, string]> = {};
  for (const role of chart.roles) {
    const id = holderOf.get(role.id) ?? '';
    const name = chart.roles.find((r) => r.id === role.id)?.holders[0]?.name ?? '';
    out[id] = [name, role.title, role.function, holderOf.get(manager.get(role.id) ?? '') ?? ''];
  }
  return out;
}

describe('writing an HR import', () => {
  it('creates a person holding a role that reports to the manager’s role, with one audit event', () => {
    const ctx = openContext('empty');
    const before = counts(ctx);
    const { plan, eventId } = applyHrImport(ctx, { source: 'hr.csv', table: ORG });
    expect(plan.creates).toBe(4);
    expect(counts(ctx)).toEqual({ roles: 4, people: 4, holders: 4, lines: 3, events: before.events + 1 });
    expect(org(ctx)).toEqual({
      E1: ['Ada Lovelace', 'Chief Executive Officer', 'Executive', ''],
      E2: ['Grace Hopper', 'Chief Information Officer', 'IT', 'E1'],
      E3: ['Alan Turing', 'Chief Information Security Officer', 'Security', 'E1'],
      E4: ['Edsger Dijkstra', 'Head of Software Development', 'IT', 'E2'],
    });
    const event = ctx.db.prepare('SELECT * FROM audit_events WHERE id = ?').get(eventId) as {
      command: string;
      summary: string;
      actor: string;
    };
    expect(event).toMatchObject({
      command: 'import.apply',
      actor: 'tester',
      summary: 'Imported "hr.csv": 4 people added, 0 updated',
    });
  });

  it('updates people by external id on a second import instead of duplicating them', () => {
    const ctx = openContext('empty');
    applyHrImport(ctx, { source: 'hr.csv', table: ORG });
    const first = counts(ctx);
    const again = csv(
      HEADER +
        'E1,,Ada King,Chief Executive Officer,ada@example.com,Executive\n' +
        'E2,E1,Grace Hopper,Chief Technology Officer,grace@example.com,Technology\n' +
        'E3,E2,Alan Turing,Chief Information Security Officer,alan@example.com,Security\n' +
        'E4,E1,Edsger Dijkstra,Head of Software Development,edsger@example.com,IT\n' +
        'E5,E3,Barbara Liskov,Security Architect,barbara@example.com,Security\n',
    );
    const { plan } = applyHrImport(ctx, { source: 'hr.csv', table: again });
    expect([plan.creates, plan.updates]).toEqual([1, 4]);
    expect(counts(ctx)).toMatchObject({
      roles: first.roles + 1,
      people: first.people + 1,
      lines: first.lines + 1,
    });
    expect(org(ctx)).toEqual({
      E1: ['Ada King', 'Chief Executive Officer', 'Executive', ''],
      E2: ['Grace Hopper', 'Chief Technology Officer', 'Technology', 'E1'],
      E3: ['Alan Turing', 'Chief Information Security Officer', 'Security', 'E2'],
      E4: ['Edsger Dijkstra', 'Head of Software Development', 'IT', 'E1'],
      E5: ['Barbara Liskov', 'Security Architect', 'Security', 'E3'],
    });
  });

  it('updates the people a template already has by their external id', () => {
    const ctx = openContext('seed');
    const before = counts(ctx);
    const file = csv(
      HEADER +
        'E1001,,Alex Morgan,Chief Executive Officer,alex@example.org,Board\nE7,E1001,New Person,Chief of Staff,,Office\n',
    );
    const { plan } = applyHrImport(ctx, { source: 'hr.csv', table: file });
    expect([plan.updates, plan.creates]).toEqual([1, 1]);
    expect(counts(ctx).people).toBe(before.people + 1);
    const ceo = unwrap(invoke(createHandlers(ctx), 'role.detail', { id: 'role-ceo' })) as {
      role: { title: string; function: string };
      reports: { id: string }[];
    };
    expect(ceo.role).toMatchObject({ title: 'Chief Executive Officer', function: 'Board' });
    expect(ceo.reports.map((r) => r.id)).toContain('role-hr-e7');
  });

  it('makes ids from employee ids, unique even when two employee ids read the same', () => {
    const ctx = openContext('empty');
    applyHrImport(ctx, {
      source: 'hr.csv',
      table: csv(HEADER + 'E1,,Ada,CEO,,\ne1,E1,Grace,CIO,,\nÉ 1!,E1,Alan,CISO,,\n'),
    });
    const ids = (table: string) => ctx.db.prepare(`SELECT id FROM ${table} ORDER BY seq`).pluck().all();
    expect(ids('people')).toEqual(['person-hr-e1', 'person-hr-e1-2', 'person-hr-1']);
    expect(ids('roles')).toEqual(['role-hr-e1', 'role-hr-e1-2', 'role-hr-1']);
  });

  it('gives a role to a person the model has who holds none, without adding them again', () => {
    const ctx = openContext('empty');
    const handlers = createHandlers(ctx);
    const created = unwrap(
      invoke(handlers, 'person.create', { name: 'Ada Lovelace', email: '', externalId: 'E1' }),
    ) as { id: string };
    const { plan } = applyHrImport(ctx, { source: 'hr.csv', table: ORG });
    expect([plan.updates, plan.creates]).toEqual([1, 3]);
    expect(counts(ctx)).toMatchObject({ people: 4, roles: 4, holders: 4, lines: 3 });
    const holder = ctx.db
      .prepare("SELECT person_id FROM role_holders WHERE role_id = 'role-hr-e1'")
      .pluck()
      .get();
    expect(holder).toBe(created.id);
    undo(ctx);
    expect(counts(ctx)).toMatchObject({ people: 1, roles: 0, holders: 0, lines: 0 });
    redo(ctx);
    expect(org(ctx).E2).toEqual(['Grace Hopper', 'Chief Information Officer', 'IT', 'E1']);
  });

  it('leaves email, department and reporting lines alone when the file has no such column', () => {
    const ctx = openContext('empty');
    applyHrImport(ctx, { source: 'hr.csv', table: ORG });
    applyHrImport(ctx, {
      source: 'names.csv',
      table: csv('Employee ID,Name,Title\nE4,Edsger W. Dijkstra,Head of Software Development\n'),
    });
    expect(org(ctx).E4).toEqual(['Edsger W. Dijkstra', 'Head of Software Development', 'IT', 'E2']);
    const people = unwrap(invoke(createHandlers(ctx), 'people.list', {})) as {
      externalId: string;
      email: string;
    }[];
    expect(people.find((p) => p.externalId === 'E4')?.email).toBe('edsger@example.com');
  });

  it('writes nothing at all when any row is bad and the valid rows were not accepted', () => {
    const ctx = openContext('seed');
    const before = counts(ctx);
    const bad = csv(HEADER + 'E1,,Ada,CEO,,\nE2,E9,Grace,CIO,,\nE3,E1,Alan,CISO,,\n');
    const error = refusal(() => applyHrImport(ctx, { source: 'hr.csv', table: bad }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      '1 of 3 rows in "hr.csv" cannot be imported, so nothing was written. Fix them, or import only the 2 valid rows (--accept-valid).',
    );
    expect(counts(ctx)).toEqual(before);
  });

  it('writes only the valid rows when they are accepted', () => {
    const ctx = openContext('empty');
    const bad = csv(
      HEADER + 'E1,,Ada,CEO,,\nE2,E9,Grace,CIO,,\nE3,E1,Alan,CISO,,\nE4,E2,Edsger,Dev,,\nE3,E1,Dup,X,,\n',
    );
    const { plan } = applyHrImport(ctx, { source: 'hr.csv', table: bad, acceptValid: true });
    expect(plan.valid.map((r) => r.employeeId)).toEqual(['E1']);
    expect(Object.keys(org(ctx))).toEqual(['E1']);
  });

  it('refuses a file in which no row can be imported, even with the valid rows accepted', () => {
    const ctx = openContext('empty');
    const bad = csv(HEADER + 'E1,E1,Ada,CEO,,\n');
    expect(
      refusal(() => applyHrImport(ctx, { source: 'hr.csv', table: bad, acceptValid: true })).message,
    ).toMatch(/None of the 1 rows in "hr.csv" can be imported/);
  });

  it('refuses to move a role under its own report through roles already in the model', () => {
    const ctx = openContext('empty');
    applyHrImport(ctx, { source: 'hr.csv', table: ORG });
    const before = counts(ctx);
    // E4 reports to E2 in the model; this file makes E2 report to E4.
    const error = refusal(() =>
      applyHrImport(ctx, { source: 'moves.csv', table: csv(HEADER + 'E2,E4,Grace Hopper,CIO,,IT\n') }),
    );
    expect(error.message).toMatch(/1 of 1 rows in "moves.csv" cannot be imported/);
    const preview = importPreview(ctx, {
      source: 'moves.csv',
      table: csv(HEADER + 'E2,E4,Grace Hopper,CIO,,IT\n'),
      mapping: {},
    });
    expect(preview.errors[0]?.message).toBe(
      'would make a reporting cycle with roles already in the model: E2 (row 2) → "Head of Software Development" → E2 (row 2)',
    );
    expect(counts(ctx)).toEqual(before);
  });

  it('lets a row report to a manager who is only in the model', () => {
    const ctx = openContext('empty');
    applyHrImport(ctx, { source: 'hr.csv', table: ORG });
    applyHrImport(ctx, {
      source: 'new.csv',
      table: csv(HEADER + 'E9,E3,Barbara Liskov,Security Architect,,Security\n'),
    });
    expect(org(ctx).E9).toEqual(['Barbara Liskov', 'Security Architect', 'Security', 'E3']);
  });

  it('previews without writing', () => {
    const ctx = openContext('empty');
    const before = counts(ctx);
    const preview = importPreview(ctx, { source: 'hr.csv', table: ORG, mapping: {} });
    expect(preview).toMatchObject({
      total: 4,
      validRows: 4,
      invalidRows: 0,
      creates: 4,
      updates: 0,
      errorCount: 0,
    });
    expect(preview.sample[1]).toEqual({
      row: 3,
      employeeId: 'E2',
      managerId: 'E1',
      name: 'Grace Hopper',
      title: 'Chief Information Officer',
      email: 'grace@example.com',
      department: 'IT',
    });
    expect(counts(ctx)).toEqual(before);
  });

  it('is undone and redone as one step', () => {
    const ctx = openContext('seed');
    const before = counts(ctx);
    const result = importApply(ctx, { source: 'hr.csv', table: ORG, mapping: {}, acceptValid: false });
    expect(result.written).toBe(4);
    undo(ctx);
    expect(counts(ctx)).toMatchObject({
      roles: before.roles,
      people: before.people,
      holders: before.holders,
      lines: before.lines,
    });
    redo(ctx);
    expect(Object.keys(org(ctx))).toEqual(expect.arrayContaining(['E1', 'E2', 'E3', 'E4']));
    // a re-import after redo still updates in place
    applyHrImport(ctx, { source: 'hr.csv', table: ORG });
    expect(counts(ctx).people).toBe(before.people + 4);
  });

  it('leaves the model unchanged when the write fails part way', () => {
    const ctx = openContext('seed');
    const before = counts(ctx);
    const table = hrTable(5000);
    expect(() =>
      applyHrImport(ctx, { source: 'hr.csv', table }, (done) => {
        if (done >= 4000) throw new Error('disk unplugged');
      }),
    ).toThrow('disk unplugged');
    expect(counts(ctx)).toEqual(before);
    // Nothing of the failed write is left behind, its staging table included: the next import works.
    expect(applyHrImport(ctx, { source: 'hr.csv', table }).plan.valid).toHaveLength(5000);
  });

  it('checks foreign keys itself while writing, and leaves SQLite enforcing them after a write or a failure', () => {
    const ctx = openContext('seed');
    applyHrImport(ctx, { source: 'hr.csv', table: hrTable(3000) });
    expect(ctx.db.pragma('foreign_key_check')).toEqual([]);
    expect(ctx.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() =>
      applyHrImport(ctx, { source: 'hr.csv', table: hrTable(3000) }, () => {
        throw new Error('disk unplugged');
      }),
    ).toThrow('disk unplugged');
    expect(ctx.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() =>
      ctx.db.prepare("INSERT INTO role_holders (role_id, person_id) VALUES ('nope', 'nope')").run(),
    ).toThrow(/FOREIGN KEY/);
    undo(ctx);
    redo(ctx);
    expect(ctx.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('reports progress as rows done of the total', () => {
    const ctx = openContext('empty');
    const calls: [number, number][] = [];
    applyHrImport(ctx, { source: 'hr.csv', table: hrTable(5000) }, (done, total) =>
      calls.push([done, total]),
    );
    expect(calls[0]).toEqual([0, 5000]);
    expect(calls.at(-1)).toEqual([5000, 5000]);
    expect(calls.every(([done], i) => i === 0 || done >= (calls[i - 1] as [number, number])[0])).toBe(true);
  });

  it('refuses to write to a model opened read-only', () => {
    const ctx = openContext('empty');
    const readOnly: Context = { ...ctx, readOnly: true };
    expect(refusal(() => applyHrImport(readOnly, { source: 'hr.csv', table: ORG })).code).toBe('read_only');
  });

  it('imports a CSV written from generated rows, with quoting, in one go', () => {
    const ctx = openContext('empty');
    const table = parseCsv(
      hrCsv([['E1', '', 'Ada', 'Lovelace, Countess', 'CEO, "the boss"', 'ada@x.org', 'Exec']]),
      {
        source: 'hr.csv',
      },
    );
    applyHrImport(ctx, { source: 'hr.csv', table });
    expect(org(ctx).E1).toEqual(['Ada Lovelace, Countess', 'CEO, "the boss"', 'Exec', '']);
  });
});

describe('a CSV export read back by the HR import', () => {
  it('gives the same structure: people, titles, functions and reporting lines', () => {
    const source = openContext('empty');
    const hostile = csv(
      HEADER +
        'E1,,Ada Lovelace,"=HYPERLINK(""http://x"")",ada@example.com,Executive\n' +
        'E2,E1,"Hopper, Grace",-Chief Information Officer,grace@example.com,@IT\n' +
        'E3,E1,Alan Turing,"Head of ""Security""",alan@example.com,"Security, Risk"\n' +
        'E4,E2,Edsger Dijkstra,<b>Head</b> of Software,edsger@example.com,IT\n',
    );
    applyHrImport(source, { source: 'hr.csv', table: hostile });
    const doc = unwrap(invoke(createHandlers(source), 'model.export', {})) as Parameters<
      typeof renderCsvFiles
    >[0];
    const rolesCsv = renderCsvFiles(doc, '2026-01-01').get('roles.csv') as string;
    expect(rolesCsv).toContain("'=HYPERLINK"); // the export neutralised the formula

    const target = openContext('empty');
    applyHrImport(target, {
      source: 'roles.csv',
      table: csv(rolesCsv),
      mapping: {
        employeeId: 'Role id',
        managerId: 'Reports to (id)',
        name: 'Holders',
        title: 'Title',
        department: 'Function',
      },
    });
    const byName = (ctx: Context) => {
      const o = org(ctx);
      const nameOf = new Map(Object.entries(o).map(([id, [name]]) => [id, name]));
      return Object.fromEntries(
        Object.values(o).map(([name, title, fn, managerId]) => [
          name,
          [title, fn, nameOf.get(managerId) ?? ''],
        ]),
      );
    };
    expect(byName(target)).toEqual(byName(source));
    expect(byName(target)['Hopper, Grace']).toEqual(['-Chief Information Officer', '@IT', 'Ada Lovelace']);
  });
});

describe('fuzzing the write', () => {
  it('either writes a plan whole or refuses it and leaves the model unchanged', () => {
    const ctx = openContext('seed');
    const ids = ['E1', 'E2', 'E3', 'E4', 'E5', 'E1001', 'E1002', ''];
    const row = fc.tuple(
      fc.constantFrom(...ids),
      fc.constantFrom(...ids, 'E9'),
      fc.constantFrom('Ada', 'Grace', '', '  '),
      fc.constantFrom('CEO', 'CIO', '', 'x'.repeat(250)),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), fc.boolean(), (rows, acceptValid) => {
        const before = counts(ctx);
        const table: ImportTable = {
          headers: ['Employee ID', 'Manager ID', 'Name', 'Title'],
          rows: rows.map((r) => [...r]),
          rowNumbers: rows.map((_, i) => i + 2),
          rowNoun: 'row',
        };
        try {
          const { plan } = applyHrImport(ctx, { source: 'fuzz.csv', table, acceptValid });
          expect(counts(ctx).people).toBe(before.people + plan.creates);
        } catch (error) {
          expect(error).toBeInstanceOf(CharterError);
          expect(counts(ctx)).toEqual(before);
        }
        const managers = new Map(
          (
            ctx.db
              .prepare("SELECT role_id, manager_role_id FROM reporting_lines WHERE kind = 'solid'")
              .all() as {
              role_id: string;
              manager_role_id: string;
            }[]
          ).map((l) => [l.role_id, l.manager_role_id]),
        );
        for (const [roleId, managerId] of managers)
          expect(findSolidCycle(managers, roleId, managerId)).toBeNull();
        expect(ctx.db.pragma('foreign_key_check')).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});
