/**
 * Calendar dates as Charter stores them: ISO yyyy-mm-dd. Without zod, so the
 * renderer can check a typed date without loading the contract's schemas.
 */

/** Whether `text` is yyyy-mm-dd and a real day of the calendar (no 31 April, no 29 February 2025). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}
