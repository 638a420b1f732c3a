import { describe, expect, it } from 'vitest';
import { isCommand, parseInput } from '../../../app/contract';
import { refusal } from '../../support/refusal';

describe('the governance endpoints of the contract', () => {
  it('are two queries and one command', () => {
    expect(isCommand('governance.check')).toBe(false);
    expect(isCommand('governance.rules')).toBe(false);
    expect(isCommand('governance.update')).toBe(true);
  });

  it('check today by default, or on the day given', () => {
    expect(parseInput('governance.check', {})).toEqual({});
    expect(parseInput('governance.check', undefined)).toEqual({});
    expect(parseInput('governance.check', { today: '2027-02-28' })).toEqual({ today: '2027-02-28' });
    expect(refusal(() => parseInput('governance.check', { today: '2027-02-29' })).message).toContain('today');
    expect(refusal(() => parseInput('governance.check', { day: '2027-02-28' })).code).toBe('invalid_input');
  });

  it('list the rules without any input', () => {
    expect(parseInput('governance.rules', {})).toEqual({});
    expect(refusal(() => parseInput('governance.rules', { all: true })).code).toBe('invalid_input');
  });
});

describe('governance.update input', () => {
  it('takes a patch per rule: enabled, severity and parameters, each optional', () => {
    const patch = {
      rules: {
        'ownership.multiple-accountable': { severity: 'warning' },
        'independence.ciso-reports-to-cio': { enabled: false },
        'overload.accountable': { params: { max: 5 } },
        'sod.conflicting-roles': { enabled: true, severity: 'error', params: { pairs: [['CFO', 'CAE']] } },
        'structure.multiple-roots': {},
      },
    };
    expect(parseInput('governance.update', patch)).toEqual(patch);
    expect(parseInput('governance.update', { rules: {} })).toEqual({ rules: {} });
  });

  it('normalises parameters as the rule does (short names are trimmed)', () => {
    const parsed = parseInput('governance.update', {
      rules: { 'sod.conflicting-roles': { params: { pairs: [[' CFO ', 'CAE']] } } },
    });
    expect(parsed.rules['sod.conflicting-roles']).toEqual({ params: { pairs: [['CFO', 'CAE']] } });
  });

  it.each([
    ['no rules field', {}, 'rules'],
    ['an unknown rule', { rules: { 'ownership.nobody': {} } }, 'ownership.nobody'],
    [
      'a severity that does not exist',
      { rules: { 'overload.accountable': { severity: 'fatal' } } },
      'severity',
    ],
    [
      'a parameter below its limit',
      { rules: { 'overload.accountable': { params: { max: 0 } } } },
      'params.max',
    ],
    [
      'a parameter of the wrong type',
      { rules: { 'overload.accountable': { params: { max: 'ten' } } } },
      'max',
    ],
    [
      'a parameter the rule does not have',
      { rules: { 'overload.accountable': { params: { n: 3 } } } },
      '"n"',
    ],
    ['a field a rule setting does not have', { rules: { 'overload.accountable': { on: true } } }, '"on"'],
    ['the settings version, which is not a patch', { version: 1, rules: {} }, '"version"'],
    [
      'a rule patch that is not an object',
      { rules: { 'overload.accountable': 'off' } },
      'overload.accountable',
    ],
  ])('refuses %s, naming it', (_, input, named) => {
    const error = refusal(() => parseInput('governance.update', input));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('governance.update');
    expect(error.message).toContain(named);
  });
});
