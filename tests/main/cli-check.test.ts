import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf, Name } from '../../app/contract';
import { invoke, unwrap } from '../../app/contract';
import { createModel } from '../../db/index';
import { runCharter, tempDir } from '../support/cli';

let temp: ReturnType<typeof tempDir>;
const file = (name: string) => path.join(temp.dir, name);

beforeAll(() => {
  temp = tempDir();
});
afterAll(() => temp.remove());

/** A new seed model, changed by contract calls made in this process. */
function seedModel(name: string, ...calls: [Name, unknown][]): string {
  const handle = createModel(file(name), { template: 'seed', actor: 'tester' });
  try {
    for (const [endpoint, input] of calls) unwrap(invoke(handle.handlers, endpoint, input));
  } finally {
    handle.close();
  }
  return file(name);
}

const fixOverlap: [Name, InputOf<'raci.set'>] = [
  'raci.set',
  { subjectType: 'responsibility', subjectId: 'area-information-security', roleId: 'role-cio', letter: 'R' },
];

function expectOneLineError(stderr: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^charter: /);
}

describe('charter check on the seed model', () => {
  it("exits 1 and reports the article's overlap as an error, grouped by severity", () => {
    const model = seedModel('seed.charter');
    const result = runCharter(['check', model]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        '1 finding: 1 error.',
        '',
        'Errors (1)',
        '  - The responsibility area "Information security" has 2 Accountable roles: CIO and CISO. [ownership.multiple-accountable]',
        '    Fix: Keep one role as A and make the others R or C for it in the RACI matrix.',
        '',
      ].join('\n'),
    );
  });

  it('prints exactly the JSON report of the issue with --format json', () => {
    const result = runCharter(['check', seedModel('json.charter'), '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: Record<string, unknown>[] };
    expect(Object.keys(report)).toEqual(['findings']);
    expect(report.findings).toEqual([
      {
        ruleId: 'ownership.multiple-accountable',
        severity: 'error',
        subjectType: 'responsibility',
        subjectId: 'area-information-security',
        subjectName: 'Information security',
        message: 'The responsibility area "Information security" has 2 Accountable roles: CIO and CISO.',
        hint: 'Keep one role as A and make the others R or C for it in the RACI matrix.',
      },
    ]);
    expect(Object.keys(report.findings[0] ?? {})).toEqual([
      'ruleId',
      'severity',
      'subjectType',
      'subjectId',
      'subjectName',
      'message',
      'hint',
    ]);
  });
});

describe('charter check on a model without errors', () => {
  it('exits 0 once the overlap is fixed', () => {
    const model = seedModel('fixed.charter', fixOverlap);
    const text = runCharter(['check', model]);
    expect(text).toMatchObject({ code: 0, stdout: 'No findings.\n', stderr: '' });
    const json = runCharter(['check', model, '--format', 'json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ findings: [] });
  });

  it('exits 0 when the model turns the rule off', () => {
    const model = seedModel('off.charter', [
      'governance.update',
      { rules: { 'ownership.multiple-accountable': { enabled: false } } },
    ]);
    expect(runCharter(['check', model])).toMatchObject({ code: 0, stdout: 'No findings.\n' });
  });

  it('exits 0 when settings imported with the model make the overlap a warning', () => {
    const source = seedModel('source.charter');
    expect(runCharter(['export', source, '--format', 'json', '--out', file('source.json')]).code).toBe(0);
    const doc = JSON.parse(readFileSync(file('source.json'), 'utf8')) as Record<string, unknown>;
    expect(doc.governance).toEqual({});
    doc.governance = { rules: { 'ownership.multiple-accountable': { severity: 'warning' } } };
    writeFileSync(file('warning.json'), JSON.stringify(doc));
    expect(runCharter(['new', file('warning.charter'), '--template', 'empty']).code).toBe(0);
    expect(runCharter(['import', file('warning.charter'), file('warning.json'), '--replace']).code).toBe(0);

    const result = runCharter(['check', file('warning.charter'), '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { findings: { ruleId: string; severity: string }[] };
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['ownership.multiple-accountable', 'warning'],
    ]);
    expect(runCharter(['check', file('warning.charter')]).stdout).toContain('Warnings (1)');
  });
});

describe('charter check exits 2 when it cannot run', () => {
  it('for a model file that does not exist', () => {
    const result = runCharter(['check', file('missing.charter')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expectOneLineError(result.stderr);
  });

  it('for a file that is not a model', () => {
    writeFileSync(file('notes.txt'), 'not a database at all, just some words\n'.repeat(200));
    const result = runCharter(['check', file('notes.txt')]);
    expect(result.code).toBe(2);
    expectOneLineError(result.stderr);
  });

  it('for a model saved by a newer version of Charter', () => {
    const model = seedModel('future.charter');
    const db = new Database(model);
    db.pragma('user_version = 9999');
    db.close();
    const result = runCharter(['check', model]);
    expect(result.code).toBe(2);
    expectOneLineError(result.stderr);
    expect(result.stderr).toContain('newer version');
  });

  it.each([
    ['an unknown format', ['--format', 'xml']],
    ['an unknown option', ['--strict']],
    ['a second model', ['other.charter']],
  ])('for %s', (_, extra) => {
    const result = runCharter(['check', seedModel(`args-${extra.join('')}.charter`), ...extra]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expectOneLineError(result.stderr);
  });

  it('for no model at all', () => {
    const result = runCharter(['check']);
    expect(result.code).toBe(2);
    expectOneLineError(result.stderr);
  });
});

describe('charter check --help', () => {
  it('explains the formats and exit codes, and charter --help lists it', () => {
    const help = runCharter(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: charter check <model> [--format text|json]');
    expect(help.stdout).toContain('Exit codes:');
    expect(runCharter(['--help']).stdout).toMatch(/^ {2}check +Check a model for governance gaps/m);
  });
});
