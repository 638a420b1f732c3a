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
