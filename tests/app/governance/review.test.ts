import { describe, expect, it } from 'vitest';
import { cleanModel, findingsOf } from './fixture';

describe('review.overdue', () => {
  it('reports a policy whose review was due before today, with the date', () => {
    const doc = cleanModel();
    doc.policies[0]!.lastReviewedOn = '2025-10-31';
    const found = findingsOf(doc, 'review.overdue');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      severity: 'warning',
      subjectType: 'policy',
      subjectId: 'policy-isp',
      message: 'The policy "ISP-001 Information Security Policy" was due for review on 2026-10-31.',
      roleIds: ['role-ciso', 'role-ceo'],
    });
  });

  it('stays quiet on the day the review is due', () => {
    const doc = cleanModel();
    doc.policies[0]!.lastReviewedOn = '2025-11-27';
    expect(findingsOf(doc, 'review.overdue')).toEqual([]);
  });

  it('stays quiet without a review date or an interval, and for retired policies', () => {
    const doc = cleanModel();
    doc.policies[0]!.lastReviewedOn = '2020-01-01';
    doc.policies[0]!.reviewIntervalMonths = null;
    expect(findingsOf(doc, 'review.overdue')).toEqual([]);
    doc.policies[0]!.reviewIntervalMonths = 12;
    doc.policies[0]!.status = 'retired';
    expect(findingsOf(doc, 'review.overdue')).toEqual([]);
    doc.policies[0]!.status = 'approved';
    doc.policies[0]!.lastReviewedOn = null;
    expect(findingsOf(doc, 'review.overdue')).toEqual([]);
  });
});

describe('review.in-future', () => {
  it('reports a policy whose last review is dated after today (with a day for time zones), whatever its status', () => {
    const doc = cleanModel();
    doc.policies[0]!.lastReviewedOn = '2026-11-29';
    doc.policies[0]!.status = 'retired';
    expect(findingsOf(doc, 'review.in-future')).toMatchObject([
      {
        severity: 'error',
        subjectId: 'policy-isp',
        message:
          'The policy "ISP-001 Information Security Policy" records its last review on 2026-11-29, after today (2026-11-27).',
      },
    ]);
    // Overdue or not cannot be told from such a date.
    expect(findingsOf(doc, 'review.overdue')).toEqual([]);
  });

  it('stays quiet for a review today or tomorrow (a local date ahead of UTC), and without a date', () => {
    const doc = cleanModel();
    for (const date of ['2026-11-27', '2026-11-28', null]) {
      doc.policies[0]!.lastReviewedOn = date;
      expect(findingsOf(doc, 'review.in-future')).toEqual([]);
    }
  });
});

describe('review.approved-without-approver', () => {
  it('reports an approved policy that names no approver', () => {
    const doc = cleanModel();
    doc.policies[0]!.approverRoleId = null;
    expect(findingsOf(doc, 'review.approved-without-approver')).toMatchObject([
      {
        severity: 'warning',
        subjectId: 'policy-isp',
        message: 'The policy "ISP-001 Information Security Policy" is approved but names no approver.',
      },
    ]);
  });

  it('stays quiet for a draft without an approver', () => {
    const doc = cleanModel();
    doc.policies[0]!.approverRoleId = null;
    doc.policies[0]!.status = 'draft';
    expect(findingsOf(doc, 'review.approved-without-approver')).toEqual([]);
  });

  it('stays quiet when the approved policy has an approver', () => {
    expect(findingsOf(cleanModel(), 'review.approved-without-approver')).toEqual([]);
  });
});
