import { describe, expect, it } from 'vitest';
import { isReviewOverdue, nextReviewDue } from '../../app/policy';

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
