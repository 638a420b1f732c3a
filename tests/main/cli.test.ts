import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateDocument } from '../../app/templates';
import { todayUtc } from '../../app/policy';
import { runCharter, tempDir } from '../support/cli';

let temp: ReturnType<typeof tempDir>;
const file = (name: string) => path.join(temp.dir, name);

beforeAll(() => {
  temp = tempDir();
});
afterAll(() => temp.remove());

/** The stderr of a failed run is one line of plain text, not a stack trace. */
function expectPlainError(stderr: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^charter: /);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('charter new', () => {
  it('creates a model from the seed template and refuses to overwrite it', () => {
    const created = runCharter(['new', file('new.charter')]);
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toContain('new.charter');
    const again = runCharter(['new', file('new.charter')]);
    expect(again.code).toBe(1);
    expectPlainError(again.stderr);
  });

  it('refuses an unknown template as a usage error', () => {
    const result = runCharter(['new', file('x.charter'), '--template', 'huge']);
    expect(result.code).toBe(2);
    expectPlainError(result.stderr);
  });
});

describe('charter stats', () => {
  it('counts the seed organization as JSON', () => {
    runCharter(['new', file('stats.charter')]);
    const result = runCharter(['stats', file('stats.charter'), '--format', 'json']);
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.stdout);
    const seed = templateDocument('seed', todayUtc());
    expect(stats).toMatchObject({
      roles: seed.roles.length,
      people: seed.people.length,
      solidLines: seed.reportingLines.filter((l) => l.kind === 'solid').length,
      dottedLines: seed.reportingLines.filter((l) => l.kind === 'dotted').length,
      responsibilityAreas: seed.responsibilityAreas.length,
      policies: seed.policies.length,
      assets: seed.assets.length,
      assignments: seed.assignments.length,
      roots: 1,
    });
    expect(stats.maxDepth).toBeGreaterThanOrEqual(2);
  });

  it('prints an aligned table by default', () => {
    const result = runCharter(['stats', file('stats.charter')]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(10);
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(result.stdout).toMatch(/^Roles\s+7$/m);
  });
});

describe('charter export and import', () => {
  it('round-trips a model through its JSON format unchanged', () => {
    runCharter(['new', file('a.charter')]);
    expect(runCharter(['export', file('a.charter'), '--format', 'json', '--out', file('a.json')]).code).toBe(
      0,
    );
    runCharter(['new', file('b.charter'), '--template', 'empty']);
    const imported = runCharter(['import', file('b.charter'), file('a.json'), '--replace']);
    expect(imported.code).toBe(0);
    expect(runCharter(['export', file('b.charter'), '--format', 'json', '--out', file('b.json')]).code).toBe(
      0,
    );
    const a = readFileSync(file('a.json'), 'utf8');
    expect(JSON.parse(a).roles.length).toBeGreaterThanOrEqual(3);
    expect(readFileSync(file('b.json'), 'utf8')).toBe(a);
  });

  it('fails, changing nothing, when the document breaks a rule', () => {
    runCharter(['new', file('c.charter')]);
    const doc = JSON.parse(readFileSync(file('a.json'), 'utf8'));
    doc.reportingLines.push({ roleId: 'role-ceo', managerRoleId: 'role-ciso', kind: 'solid' });
    writeFileSync(file('cycle.json'), JSON.stringify(doc));
    const before = runCharter(['stats', file('c.charter'), '--format', 'json']).stdout;
    const result = runCharter(['import', file('c.charter'), file('cycle.json'), '--replace']);
    expect(result.code).toBe(1);
    expectPlainError(result.stderr);
    expect(result.stderr).toMatch(/reportingLines\[\d+\]/);
    expect(runCharter(['stats', file('c.charter'), '--format', 'json']).stdout).toBe(before);
  });

  it('treats a file that is not JSON as unreadable', () => {
    writeFileSync(file('bad.json'), '{"format": "charter",');
    const result = runCharter(['import', file('c.charter'), file('bad.json')]);
    expect(result.code).toBe(2);
    expectPlainError(result.stderr);
  });

  it('treats an output path that cannot be written as a file error', () => {
    const result = runCharter([
      'export',
      file('a.charter'),
      '--out',
      path.join(temp.dir, 'no', 'such', 'dir.json'),
    ]);
    expect(result.code).toBe(2);
    expectPlainError(result.stderr);
  });

  it('refuses an unknown export format as a usage error', () => {
    const result = runCharter(['export', file('a.charter'), '--format', 'docx', '--out', file('a.docx')]);
    expect(result.code).toBe(2);
    expectPlainError(result.stderr);
  });
});

describe('charter usage errors', () => {
  it.each([
    [[]],
    [['frobnicate']],
    [['stats']],
    [['stats', 'a.charter', 'b.charter']],
    [['stats', 'a.charter', '--colour']],
    [['serve', 'a.charter', '--port', 'eighty']],
  ])('exit 2 for charter %j', (args) => {
    const result = runCharter(args);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exit 2 for a model file that does not exist', () => {
    const result = runCharter(['stats', file('missing.charter')]);
    expect(result.code).toBe(2);
    expectPlainError(result.stderr);
  });

  it('exit 2 for a model file written by a newer version of Charter', () => {
    runCharter(['new', file('future.charter')]);
    const db = new Database(file('future.charter'));
    db.pragma('user_version = 9999');
    db.close();
    const result = runCharter(['stats', file('future.charter')]);
    expect(result.code).toBe(2);
    expectPlainError(result.stderr);
  });

  it('prints help for every command', () => {
    for (const command of ['new', 'serve', 'stats', 'export', 'import']) {
      const result = runCharter([command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: charter ${command}`);
    }
    expect(runCharter(['--help']).stdout).toMatch(/Commands:/);
  });
});
