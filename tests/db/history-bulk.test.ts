import { afterEach, describe, expect, it } from 'vitest';
import { emptyDocument } from '../../app/document';
import type { ImportTable } from '../../app/import/table';
import { createModel } from '../../db';
import type { Context } from '../../db/context';
import { recordUndoable, redo, undo } from '../../db/history';
import { applyHrImport } from '../../db/hr-import';
import { openDatabase } from '../../db/open';
import { hrTable } from '../app/import/hr-rows';
import { call, importable, newModel, tempPath } from './helpers';
import { refusal } from '../support/refusal';

const contexts: Context[] = [];
afterEach(() => {
  for (const ctx of contexts.splice(0)) if (ctx.db.open) ctx.db.close();
});

function open(path: string): Context {
  const ctx: Context = { db: openDatabase(path), path, readOnly: false, actor: 'tester' };
  contexts.push(ctx);
  return ctx;
}

function model(template: 'seed' | 'empty' = 'seed'): Context {
  const path = tempPath();
  createModel(path, { template, actor: 'tester' }).close();
  return open(path);
}

/** Closes the file and opens it again, as a user reopening the model does. */
function reopen(ctx: Context): Context {
  ctx.db.close();
  return open(ctx.path);
}

const TABLES = ['people', 'roles', 'role_holders', 'reporting_lines'] as const;

/** Every row of the tables an HR import writes, in seq order. */
function snapshot(ctx: Context): Record<(typeof TABLES)[number], unknown[]> {
  const rows = (t: string) => ctx.db.prepare(`SELECT * FROM ${t} ORDER BY seq`).all();
  return {
    people: rows('people'),
    roles: rows('roles'),
    role_holders: rows('role_holders'),
    reporting_lines: rows('reporting_lines'),
  };
}

function changesOf(ctx: Context, eventId: number): string {
  return ctx.db.prepare('SELECT changes_json FROM audit_events WHERE id = ?').pluck().get(eventId) as string;
}

const table: ImportTable = hrTable(3000);

describe('an HR import recorded by reference', () => {
  it('stores the rows it added as one seq range per table, not as copies', () => {
    const ctx = model('empty');
    const { eventId } = applyHrImport(ctx, { source: 'hr.csv', table });
    const changes = JSON.parse(changesOf(ctx, eventId)) as Record<string, unknown>[];
    expect(changes.map((c) => [c.table, c.bulk])).toEqual(TABLES.map((t) => [t, 'insert']));
    for (const change of changes) {
      expect(change).not.toHaveProperty('rows');
      const { n } = ctx.db
        .prepare(`SELECT count(*) AS n FROM ${change.table as string} WHERE seq BETWEEN ? AND ?`)
        .get(change.seqFrom, change.seqTo) as { n: number };
      expect(n).toBe((change.seqTo as number) - (change.seqFrom as number) + 1);
    }
    expect(changesOf(ctx, eventId).length).toBeLessThan(1000);
  });

  it('is undone and redone exactly, twice, across reopening the file, updates of the model’s own people included', () => {
    let ctx = model('seed');
    const before = snapshot(ctx);
    applyHrImport(ctx, { source: 'hr.csv', table });
    const imported = snapshot(ctx);
    expect(imported.people.length).toBeGreaterThan(before.people.length + 2900);
    expect(imported.people.slice(0, before.people.length)).not.toEqual(before.people);
    for (let round = 0; round < 2; round++) {
      ctx = reopen(ctx);
      const undone = undo(ctx);
      expect(snapshot(ctx)).toEqual(before);
      // The undo keeps what it deleted, by value: redo re-inserts it from there.
      expect(changesOf(ctx, undone.eventId)).toContain('"bulk":"delete","columns"');
      ctx = reopen(ctx);
      const redone = redo(ctx);
      expect(snapshot(ctx)).toEqual(imported);
      expect(changesOf(ctx, redone.eventId).length).toBeLessThan(10_000); // the seed people it updated, by value; no copies of the 3,000 rows
    }
    expect(ctx.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses to undo, changing nothing, when an imported row was edited outside the history', () => {
    const ctx = model();
    applyHrImport(ctx, { source: 'hr.csv', table });
    ctx.db.prepare("UPDATE roles SET title = 'Changed behind the history' WHERE id = 'role-hr-e2000'").run();
    const edited = snapshot(ctx);
    const error = refusal(() => undo(ctx));
    expect(error.code).toBe('conflict');
    expect(error.details).toEqual({ table: 'roles' });
    expect(snapshot(ctx)).toEqual(edited);
  });

  it('refuses to undo when an imported row was deleted outside the history', () => {
    const ctx = model();
    applyHrImport(ctx, { source: 'hr.csv', table });
    ctx.db.prepare("DELETE FROM reporting_lines WHERE role_id = 'role-hr-e3000'").run();
    expect(refusal(() => undo(ctx)).code).toBe('conflict');
  });

  it('refuses to redo when a row outside the history took one of the import’s seqs', () => {
    const ctx = model();
    const { eventId } = applyHrImport(ctx, { source: 'hr.csv', table });
    const people = (JSON.parse(changesOf(ctx, eventId)) as { table: string; seqTo: number }[])[0];
    undo(ctx);
    ctx.db
      .prepare("INSERT INTO people (seq, id, name) VALUES (?, 'person-outsider', 'Outsider')")
      .run(people?.seqTo);
    const before = snapshot(ctx);
    expect(refusal(() => redo(ctx)).code).toBe('conflict');
    expect(snapshot(ctx)).toEqual(before);
  });
});

describe('history written before imports were recorded by reference', () => {
  it('still undoes and redoes a bulk insert stored with its rows', () => {
    let ctx = model('empty');
    const before = snapshot(ctx);
    // As an older version wrote an import: the rows, then one event holding copies of them.
    const rows = [
      [1, 'person-old-1', 'Ada Lovelace', 'ada@example.com', 'E1'],
      [2, 'person-old-2', 'Grace Hopper', '', 'E2'],
    ];
    const insert = ctx.db.prepare(
      'INSERT INTO people (seq, id, name, email, external_id) VALUES (?, ?, ?, ?, ?)',
    );
    ctx.db.transaction(() => {
      for (const row of rows) insert.run(...row);
      const changes = [
        { table: 'people', bulk: 'insert', columns: ['id', 'name', 'email', 'external_id'], rows },
      ];
      const eventId = ctx.db
        .prepare(
          `INSERT INTO audit_events (at, actor, command, entity_type, summary, changes_json)
           VALUES ('2026-01-01T00:00:00.000Z', 'tester', 'import.apply', 'model', 'Imported "old.csv"', ?)`,
        )
        .run(JSON.stringify(changes)).lastInsertRowid;
      recordUndoable(ctx.db, Number(eventId));
    })();
    const imported = snapshot(ctx);
    ctx = reopen(ctx);
    undo(ctx);
    expect(snapshot(ctx)).toEqual(before);
    ctx = reopen(ctx);
    redo(ctx);
    expect(snapshot(ctx)).toEqual(imported);
    undo(ctx);
    expect(snapshot(ctx)).toEqual(before);
  });
});

describe('a model import that replaced the whole model', () => {
  it('is undone and redone, its inserted rows recorded by reference', () => {
    const m = newModel('seed');
    const original = call(m, 'model.export', {});
    const blank = importable(emptyDocument('Blank'));
    call(m, 'model.import', { document: importable(original), replace: true });
    const replaced = call(m, 'model.export', {});
    call(m, 'model.import', { document: blank, replace: true });
    call(m, 'history.undo', {});
    expect(call(m, 'model.export', {})).toEqual(replaced);
    call(m, 'history.undo', {});
    call(m, 'history.redo', {});
    expect(call(m, 'model.export', {})).toEqual(replaced);
    call(m, 'history.redo', {});
    expect(call(m, 'model.summary', {}).roles).toBe(0);
  });
});
