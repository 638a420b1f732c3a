/**
 * Dates as the registers show and take them: ISO yyyy-mm-dd everywhere,
 * whatever the browser's locale, so a typed date reads like the computed
 * ones beside it ("Next review due") and like every export.
 */
import { isCalendarDate } from '../../app/dates';

export type DateReading = { ok: true; value: string } | { ok: false; message: string };

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Today in the computer's own time zone, as yyyy-mm-dd. */
export function localToday(now = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

/**
 * Reads a typed date: yyyy-mm-dd (a one-digit month or day is padded),
 * empty for none. Anything else is refused with a sentence that says what
 * to type; a date after `today` too, when given (a review cannot be held in the future).
 */
export function readIsoDate(text: string, today?: string): DateReading {
  const typed = text.trim();
  if (typed === '') return { ok: true, value: '' };
  const parts = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const example = 'for example 2025-03-31';
  if (!parts) return { ok: false, message: `“${typed}” is not a date: type it as yyyy-mm-dd, ${example}.` };
  const value = `${parts[1]}-${pad(Number(parts[2]), 2)}-${pad(Number(parts[3]), 2)}`;
  if (!isCalendarDate(value))
    return { ok: false, message: `${value} is not a day of the calendar: check the month and the day.` };
  if (today !== undefined && value > today)
    return { ok: false, message: `${value} is later than today (${today}).` };
  return { ok: true, value };
}
