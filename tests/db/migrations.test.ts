import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, applicationId, migrate, userVersion } from '../../db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../db/migrations';
import { initial } from '../../db/migrations/0010-initial';
import { settings } from '../../db/migrations/0020-settings';
import { historyReferences } from '../../db/migrations/0030-history-references';
import type { Migration } from '../../db/migrations';

const memory = () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  return db;
};

const tables = (db: Database.Database) =>
  db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
    name: string;
    sql: string;
  }[];

describe('the migration list', () => {
  it('is ordered in steps of 10 and ends at the latest version', () => {
    MIGRATIONS.forEach((m, i) => expect(m.version).toBe((i + 1) * 10));
    expect(LATEST_VERSION).toBe(MIGRATIONS[MIGRATIONS.length - 1]?.version);
  });
});

describe('migration 0010 (initial)', () => {
  it('creates every table of the model as a STRICT table', () => {
    const db = memory();
    initial.up(db);
    const names = tables(db).map((t) => t.name);
    expect(names).toEqual(
      [
        'assets',
        'assignments',
        'audit_events',
        'history_stack',
        'meta',
        'people',
        'policies',
        'policy_assets',
        'reporting_lines',
        'responsibility_areas',
        'role_holders',
        'roles',
      ].sort(),
    );
    for (const table of tables(db)) expect(table.sql).toMatch(/\)\s*STRICT$/);
  });

  it('declares foreign keys without cascades', () => {
    const db = memory();
    initial.up(db);
    for (const { name } of tables(db)) {
      const keys = db.prepare(`PRAGMA foreign_key_list(${name})`).all() as {
        on_delete: string;
        on_update: string;
      }[];
      for (const key of keys) {
        expect(key.on_delete).toBe('NO ACTION');
        expect(key.on_update).toBe('NO ACTION');
      }
    }
  });

  it('leaves an integrity-checked, foreign-key-clean database', () => {
    const db = memory();
    initial.up(db);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('migration 0020 (settings)', () => {
  const migrated = () => {
    const db = memory();
    initial.up(db);
    settings.up(db);
    return db;
  };

  it('adds a STRICT key/value settings table', () => {
    const db = migrated();
    const table = tables(db).find((t) => t.name === 'settings');
    expect(table?.sql).toMatch(/\)\s*STRICT$/);
    const columns = db.prepare('PRAGMA table_info(settings)').all() as { name: string }[];
    expect(columns.map((c) => c.name)).toEqual(['seq', 'key', 'value']);
  });

  it('holds one JSON value per key and refuses anything else', () => {
    const db = migrated();
    const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    insert.run('governance', '{"version":1,"rules":{}}');
    expect(() => insert.run('governance', '{}')).toThrow(/UNIQUE/);
    expect(() => insert.run('other', 'not json')).toThrow(/CHECK/);
    expect(() => insert.run('', '{}')).toThrow(/CHECK/);
  });

  it('keeps json_valid usable with trusted_schema off, as model files are opened', () => {
    const db = memory();
    db.pragma('trusted_schema = OFF');
    initial.up(db);
    settings.up(db);
    expect(() => db.prepare("INSERT INTO settings (key, value) VALUES ('k', '[]')").run()).not.toThrow();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('migration 0030 (history by reference)', () => {
  it('changes no table but marks the file newer than a build that stops at 0020 (which then refuses it on open)', () => {
    const db = memory();
    migrate(db, [initial, settings]);
    const before = tables(db);
    expect(migrate(db)).toEqual([historyReferences.version]);
    expect(tables(db)).toEqual(before);
    expect(userVersion(db)).toBeGreaterThan(settings.version);
  });
});

describe('migrate', () => {
  it('applies every pending migration, marks the file as Charter and sets user_version', () => {
    const db = memory();
    expect(migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(userVersion(db)).toBe(LATEST_VERSION);
    expect(applicationId(db)).toBe(APPLICATION_ID);
    expect(migrate(db)).toEqual([]);
  });

  it('applies all pending migrations in one transaction: a failing step leaves nothing behind', () => {
    const db = memory();
    const broken: Migration = {
      version: LATEST_VERSION + 10,
      name: 'broken',
      up(d) {
        d.exec('CREATE TABLE later (x INTEGER) STRICT');
        throw new Error('step failed');
      },
    };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow('step failed');
    expect(userVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });

  it('runs only the steps newer than the file', () => {
    const db = memory();
    migrate(db);
    const seen: number[] = [];
    const next: Migration = { version: LATEST_VERSION + 10, name: 'next', up: () => seen.push(1) };
    expect(migrate(db, [...MIGRATIONS, next])).toEqual([LATEST_VERSION + 10]);
    expect(seen).toEqual([1]);
    expect(userVersion(db)).toBe(LATEST_VERSION + 10);
  });
});
