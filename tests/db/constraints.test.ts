import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../db/migrate';

let db: Database.Database;

beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  db.exec(`
    INSERT INTO roles (id, title) VALUES ('ceo', 'CEO'), ('cio', 'CIO'), ('ciso', 'CISO');
    INSERT INTO people (id, name) VALUES ('p1', 'Alex');
    INSERT INTO policies (id, title) VALUES ('isp', 'Information Security Policy');
    INSERT INTO assets (id, name, type) VALUES ('db1', 'Customer database', 'database');
  `);
});

const run = (sql: string) => () => db.exec(sql);

describe('schema constraints', () => {
  it('refuses values outside the enumerations', () => {
    expect(
      run(
        "INSERT INTO assignments (subject_type, subject_id, role_id, letter) VALUES ('policy', 'isp', 'ceo', 'X')",
      ),
    ).toThrow(/CHECK/);
    expect(
      run(
        "INSERT INTO assignments (subject_type, subject_id, role_id, letter) VALUES ('team', 'isp', 'ceo', 'A')",
      ),
    ).toThrow(/CHECK/);
    expect(
      run("INSERT INTO reporting_lines (role_id, manager_role_id, kind) VALUES ('cio', 'ceo', 'wavy')"),
    ).toThrow(/CHECK/);
    expect(run("UPDATE policies SET status = 'published'")).toThrow(/CHECK/);
    expect(run("UPDATE assets SET criticality = 'extreme'")).toThrow(/CHECK/);
    expect(run("UPDATE assets SET classification = 'secret'")).toThrow(/CHECK/);
    expect(run("INSERT INTO role_holders (role_id, person_id, acting) VALUES ('ceo', 'p1', 2)")).toThrow(
      /CHECK/,
    );
  });

  it('refuses values of the wrong type (STRICT tables)', () => {
    expect(run("UPDATE policies SET review_interval_months = 'twelve'")).toThrow(/cannot store TEXT value/);
    expect(run("UPDATE policies SET last_reviewed_on = 'last spring'")).toThrow(/CHECK/);
  });

  it('refuses a role that reports to itself', () => {
    expect(
      run("INSERT INTO reporting_lines (role_id, manager_role_id, kind) VALUES ('ceo', 'ceo', 'dotted')"),
    ).toThrow(/CHECK/);
  });

  it('allows at most one solid line per role, and no duplicate dotted line', () => {
    db.exec("INSERT INTO reporting_lines (role_id, manager_role_id, kind) VALUES ('ciso', 'ceo', 'solid')");
    expect(
      run("INSERT INTO reporting_lines (role_id, manager_role_id, kind) VALUES ('ciso', 'cio', 'solid')"),
    ).toThrow(/UNIQUE/);
    db.exec("INSERT INTO reporting_lines (role_id, manager_role_id, kind) VALUES ('ciso', 'cio', 'dotted')");
    expect(
      run("INSERT INTO reporting_lines (role_id, manager_role_id, kind) VALUES ('ciso', 'cio', 'dotted')"),
    ).toThrow(/UNIQUE/);
  });

  it('allows one letter per role per subject', () => {
    db.exec(
      "INSERT INTO assignments (subject_type, subject_id, role_id, letter) VALUES ('policy', 'isp', 'ciso', 'A')",
    );
    expect(
      run(
        "INSERT INTO assignments (subject_type, subject_id, role_id, letter) VALUES ('policy', 'isp', 'ciso', 'R')",
      ),
    ).toThrow(/UNIQUE/);
  });

  it('refuses references to missing rows and deletes that would leave them dangling', () => {
    expect(run("INSERT INTO role_holders (role_id, person_id) VALUES ('cfo', 'p1')")).toThrow(/FOREIGN KEY/);
    expect(run("INSERT INTO policy_assets (policy_id, asset_id) VALUES ('isp', 'nope')")).toThrow(
      /FOREIGN KEY/,
    );
    db.exec("INSERT INTO role_holders (role_id, person_id) VALUES ('ceo', 'p1')");
    expect(run("DELETE FROM people WHERE id = 'p1'")).toThrow(/FOREIGN KEY/);
    expect(run("UPDATE policies SET approver_role_id = 'cfo'")).toThrow(/FOREIGN KEY/);
  });

  it('keeps the audit log append-only', () => {
    db.exec(
      "INSERT INTO audit_events (at, actor, command, entity_type, summary) VALUES ('2026-01-01T00:00:00Z', 'a', 'x', 'role', 's')",
    );
    expect(run("UPDATE audit_events SET summary = 'rewritten'")).toThrow(/append-only/);
    expect(run('DELETE FROM audit_events')).toThrow(/append-only/);
    expect(db.prepare('SELECT summary FROM audit_events').pluck().all()).toEqual(['s']);
  });
});
