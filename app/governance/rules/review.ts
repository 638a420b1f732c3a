/**
 * Policy review: policies in force are reviewed on time, no review is dated
 * in the future, and approved policies name who approved them.
 */
import { z } from 'zod';
import type { Policy } from '../../model';
import { isReviewDateAcceptable, isReviewOverdue, nextReviewDue } from '../../policy';
import type { ModelIndex } from '../model-index';
import { policyName } from '../subjects';
import { defineRule } from '../types';
import type { Draft } from '../types';

/** The roles a policy finding concerns: its Accountable roles and its approver. */
function involved(index: ModelIndex, policy: Policy): string[] | undefined {
  const ids = new Set(index.accountableOf('policy', policy.id));
  if (policy.approverRoleId !== null) ids.add(policy.approverRoleId);
  return ids.size > 0 ? [...ids] : undefined;
}

function draft(index: ModelIndex, policy: Policy, message: string, hint: string): Draft {
  const name = policyName(policy);
  const base: Draft = { subjectType: 'policy', subjectId: policy.id, subjectName: name, message, hint };
  const roleIds = involved(index, policy);
  return roleIds ? { ...base, roleIds } : base;
}

export const overdue = defineRule({
  id: 'review.overdue',
  title: 'Policy overdue for review',
  description: 'A policy in force was due for review (last review plus its review interval) before today.',
  defaultSeverity: 'warning',
  params: z.strictObject({}),
  defaultParams: {},
  check(index) {
    const out: Draft[] = [];
    for (const policy of index.doc.policies) {
      if (policy.status === 'retired') continue;
      const due = nextReviewDue(policy.lastReviewedOn, policy.reviewIntervalMonths);
      if (!isReviewOverdue(due, index.today)) continue;
      out.push(
        draft(
          index,
          policy,
          `The policy "${policyName(policy)}" was due for review on ${due as string}.`,
          'Review it and record the date of the review, or change its review interval.',
        ),
      );
    }
    return out;
  },
});

/**
 * Charter refuses a future review date since it was written (policy.create,
 * policy.update, model.import), but a model may hold one from before: it
 * would hide an overdue review until that date.
 */
export const inFuture = defineRule({
  id: 'review.in-future',
  title: 'Last review dated in the future',
  description: 'A policy records its last review on a day after today: the date cannot be right.',
  defaultSeverity: 'error',
  params: z.strictObject({}),
  defaultParams: {},
  check(index) {
    const out: Draft[] = [];
    for (const policy of index.doc.policies) {
      if (isReviewDateAcceptable(policy.lastReviewedOn, index.today)) continue;
      out.push(
        draft(
          index,
          policy,
          `The policy "${policyName(policy)}" records its last review on ${policy.lastReviewedOn as string}, after today (${index.today}).`,
          'Correct the date of the last review: until that day it hides when the next review is due.',
        ),
      );
    }
    return out;
  },
});

export const approvedWithoutApprover = defineRule({
  id: 'review.approved-without-approver',
  title: 'Approved policy without an approver',
  description: 'A policy has the status "approved" but names no approver role.',
  defaultSeverity: 'warning',
  params: z.strictObject({}),
  defaultParams: {},
  check(index) {
    const out: Draft[] = [];
    for (const policy of index.doc.policies) {
      if (policy.status !== 'approved' || policy.approverRoleId !== null) continue;
      out.push(
        draft(
          index,
          policy,
          `The policy "${policyName(policy)}" is approved but names no approver.`,
          'Set the role that approved it, or change its status back to draft or in review.',
        ),
      );
    }
    return out;
  },
});

export const reviewRules = [overdue, inFuture, approvedWithoutApprover];
