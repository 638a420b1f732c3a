/**
 * Pure rules about policy review dates.
 */

/**
 * The date the next review is due: `lastReviewedOn` plus the interval, or
 * `null` when either is unknown. Month ends clamp (31 Jan + 1 month → 28/29 Feb).
 */
export function nextReviewDue(lastReviewedOn: string | null, intervalMonths: number | null): string | null {
  if (lastReviewedOn === null || intervalMonths === null) return null;
  const [y, m, d] = lastReviewedOn.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + intervalMonths;
  const year = y + Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const due = new Date(Date.UTC(year, month, Math.min(d, lastDay)));
  return due.toISOString().slice(0, 10);
}

/** True when the review was due before `today` (`YYYY-MM-DD`). */
export function isReviewOverdue(dueOn: string | null, today: string): boolean {
  return dueOn !== null && dueOn < today;
}

/** Today's date in UTC as `YYYY-MM-DD`. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The latest last-review date accepted on `today` (UTC, `YYYY-MM-DD`): the
 * day after it. The renderer dates a review by the user's local calendar,
 * which can already be a day ahead of UTC (east of Greenwich), so one day
 * of tolerance keeps a review held "today" there from being refused.
 */
export function latestReviewDate(today: string): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * Whether `lastReviewedOn` can be a review that has happened by `today`
 * (UTC): no date, or a date no later than {@link latestReviewDate}. A later
 * date would push the next review due into the future and hide an overdue
 * one. Both dates must already be valid `YYYY-MM-DD` (the schemas see to it).
 */
export function isReviewDateAcceptable(lastReviewedOn: string | null, today: string): boolean {
  return lastReviewedOn === null || lastReviewedOn <= latestReviewDate(today);
}

/** A policy as people know it: its code and quoted title, or the quoted title alone. */
export function policyName(policy: { code: string; title: string }): string {
  return policy.code === '' ? `"${policy.title}"` : `${policy.code} "${policy.title}"`;
}
