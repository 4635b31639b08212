import { addMonths as addCalendarMonths } from './calendar-date';

/**
 * Calendar months as "YYYY-MM" keys. Plan updates are monthly and the
 * dashboard counts things per month, so both use these. Months are worked out
 * in UK time: an event at 11pm on 31 March BST belongs to March.
 */
export type MonthKey = `${number}-${string}`;

const londonYearMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit' });

/** The month a moment falls in, in UK time, e.g. "2026-11". */
export function monthOf(date: Date): MonthKey {
  const parts = londonYearMonth.formatToParts(date);
  const year = parts.find((p) => p.type === 'year')?.value;
  const month = parts.find((p) => p.type === 'month')?.value;
  return `${Number(year)}-${month}` as MonthKey;
}

/** The month `n` months after (or, when negative, before) `month`. */
export function addMonths(month: string, n: number): MonthKey {
  return addCalendarMonths(`${month}-01`, n).slice(0, 7) as MonthKey;
}

/**
 * The moment `n` whole months after `from` (before, when negative), at the same time of day in UTC.
 * This is the one month-adder for moments (review dates, newsletter windows, how long answers are kept),
 * and it uses the calendar rule the EHC time limits use: 31 January plus 1 month is the last day of
 * February, never 3 March (which is what Date.setUTCMonth gives).
 */
export function monthsAfter(from: Date, n: number): Date {
  const iso = from.toISOString();
  return new Date(addCalendarMonths(iso.slice(0, 10), n) + iso.slice(10));
}

/** The `count` months up to and including `last`, oldest first. */
export function monthsEnding(last: string, count: number): MonthKey[] {
  return Array.from({ length: count }, (_, i) => addMonths(last, i - count + 1));
}

/** "November 2026": the GOV.UK style for a month. */
export function formatMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, m - 1, 15)));
}
