import { describe, expect, it } from 'vitest';
import { parseInput } from '../../app/contract';
import {
  isReviewDateAcceptable,
  isReviewOverdue,
  latestReviewDate,
  nextReviewDue,
  policyName,
} from '../../app/policy';

describe('policy review dates', () => {
  it('adds the interval in months', () => {
    expect(nextReviewDue('2026-01-15', 12)).toBe('2027-01-15');
    expect(nextReviewDue('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('clamps to the end of a shorter month', () => {
    expect(nextReviewDue('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('has no due date without a last review or an interval', () => {
    expect(nextReviewDue(null, 12)).toBeNull();
    expect(nextReviewDue('2026-01-01', null)).toBeNull();
  });

  it('is overdue only after the due date', () => {
    expect(isReviewOverdue('2026-11-26', '2026-11-27')).toBe(true);
    expect(isReviewOverdue('2026-11-27', '2026-11-27')).toBe(false);
    expect(isReviewOverdue(null, '2026-11-27')).toBe(false);
  });
});

describe('the last review date a policy may have', () => {
  const today = '2026-11-27';

  it('accepts today, and tomorrow for a user whose local date is a day ahead of UTC', () => {
    expect(isReviewDateAcceptable('2026-11-27', today)).toBe(true);
    expect(isReviewDateAcceptable('2026-11-28', today)).toBe(true);
  });

  it('accepts any earlier date, and no date at all', () => {
    expect(isReviewDateAcceptable('2026-11-26', today)).toBe(true);
    expect(isReviewDateAcceptable('1999-01-01', today)).toBe(true);
    expect(isReviewDateAcceptable(null, today)).toBe(true);
  });

  it('refuses the day after tomorrow and anything later', () => {
    expect(isReviewDateAcceptable('2026-11-29', today)).toBe(false);
    expect(isReviewDateAcceptable('2027-03-01', today)).toBe(false);
    expect(isReviewDateAcceptable('9999-12-31', today)).toBe(false);
  });

  it('counts the day of tolerance across the end of a month and of a year', () => {
    expect(latestReviewDate('2026-11-30')).toBe('2026-12-01');
    expect(latestReviewDate('2026-12-31')).toBe('2027-01-01');
    expect(latestReviewDate('2028-02-28')).toBe('2028-02-29');
    expect(isReviewDateAcceptable('2027-01-01', '2026-12-31')).toBe(true);
    expect(isReviewDateAcceptable('2027-01-02', '2026-12-31')).toBe(false);
  });

  it('is never asked about a malformed date: the schema refuses it first', () => {
    const create = (lastReviewedOn: string) => () =>
      parseInput('policy.create', { title: 'Access control', lastReviewedOn });
    expect(create('2026-02-30')).toThrow(/lastReviewedOn is not a real calendar date/);
    expect(create('27/11/2026')).toThrow(/lastReviewedOn must be a date as YYYY-MM-DD/);
    expect(create('+275760-09-13')).toThrow(/lastReviewedOn must be a date as YYYY-MM-DD/);
  });

  it('names a policy by its code and quoted title, or by its title alone', () => {
    expect(policyName({ code: 'POL-007', title: 'Access control' })).toBe('POL-007 "Access control"');
    expect(policyName({ code: '', title: 'Access control' })).toBe('"Access control"');
  });
});
