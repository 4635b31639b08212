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
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}` as MonthKey;
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
