import { describe, expect, it } from 'vitest';
import { exitCodeFor, formatText, toJsonReport } from '../../../app/governance';
import type { Finding } from '../../../app/governance';
import { seedDocument } from '../../../app/templates';
import { TODAY, check } from './fixture';

const finding = (severity: Finding['severity'], message: string): Finding => ({
  ruleId: `test.${severity}`,
  severity,
  subjectType: 'role',
  subjectId: 'role-x',
  subjectName: 'X',
  message,
  hint: `Fix the ${severity}.`,
  roleIds: ['role-x'],
});

describe('text output', () => {
  it('says so plainly when there is nothing to report', () => {
    expect(formatText([])).toBe('No findings.');
  });

  it('groups findings by severity with counts, each with its hint', () => {
    const text = formatText([finding('error', 'E1.'), finding('warning', 'W1.'), finding('warning', 'W2.')]);
    expect(text).toBe(
      [
        '3 findings: 1 error, 2 warnings.',
        '',
        'Errors (1)',
        '  - E1. [test.error]',
        '    Fix: Fix the error.',
        '',
        'Warnings (2)',
        '  - W1. [test.warning]',
        '    Fix: Fix the warning.',
        '  - W2. [test.warning]',
        '    Fix: Fix the warning.',
      ].join('\n'),
    );
  });

  it('counts info findings without a plural', () => {
    expect(formatText([finding('info', 'I1.'), finding('info', 'I2.')])).toMatch(
      /^2 findings: 2 info\.\n\nInfo \(2\)/,
    );
  });

  it('turns control characters and direction overrides from names into spaces', () => {
    const text = formatText([finding('error', 'The role "A\u001b[2J\nB\u202eC" is bad.')]);
    expect(text).toContain('The role "A [2J B C" is bad.');
    expect(text.split('\n')).toHaveLength(5);
  });

  it('reads well for the seed model', () => {
    const text = formatText(check(seedDocument(TODAY)));
    expect(text).toContain('Errors (1)');
    expect(text).toContain(
      'The responsibility area "Information security" has 2 Accountable roles: CIO and CISO.',
    );
  });
});

describe('the JSON report', () => {
  it('has exactly the fields issue 5 names, in order', () => {
    const report = toJsonReport([finding('warning', 'W.')]);
    expect(JSON.stringify(report)).toBe(
      JSON.stringify({
        findings: [
          {
            ruleId: 'test.warning',
            severity: 'warning',
            subjectType: 'role',
            subjectId: 'role-x',
            subjectName: 'X',
            message: 'W.',
            hint: 'Fix the warning.',
          },
        ],
      }),
    );
  });

  it('is an empty list when there are no findings', () => {
    expect(toJsonReport([])).toEqual({ findings: [] });
  });
});

describe('the exit code', () => {
  it('is 1 when any finding is an error and 0 otherwise', () => {
    expect(exitCodeFor([])).toBe(0);
    expect(exitCodeFor([finding('warning', 'W.'), finding('info', 'I.')])).toBe(0);
    expect(exitCodeFor([finding('info', 'I.'), finding('error', 'E.')])).toBe(1);
  });
});
