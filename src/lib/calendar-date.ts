/**
 * Calendar dates ("2026-01-05") and the arithmetic the law's time limits use.
 *
 * A statutory time limit is a count of days on the calendar, not of hours: a
 * request received on 5 January has its 6-week limit on 16 February whatever
 * the clocks did in between. So a date is never a moment here. Days are
 * counted with Date.UTC, which has no clock changes, and nothing is read in
 * the device's or the server's time zone except "today" (todayOnDevice).
 */

/** A day on the calendar written YYYY-MM-DD. Strings of this shape sort in date order. */
export type CalendarDate = string;

const DAY_MS = 86_400_000;
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The date for a year, month (1 to 12) and day. Does not check it is real: see isRealDate. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function parts(date: CalendarDate): { year: number; month: number; day: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { year, month, day };
}

/** True for a stored value that is a well-formed, real date. */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const { year, month, day } = parts(value);
  return isRealDate(year, month, day);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** True if the day exists: no 31 June, no 29 February outside leap years. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function dayNumber(date: CalendarDate): number {
  const { year, month, day } = parts(date);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / DAY_MS);
}

function fromDayNumber(n: number): CalendarDate {
  const d = new Date(n * DAY_MS);
  return calendarDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return addDays(date, weeks * 7);
}

/**
 * The "corresponding date" `months` later, as courts count a period of months
 * (Dodds v Walker [1981] 1 WLR 1027): the same day number in the later month,
 * or that month's last day when it has no such day. 31 December plus 2 months
 * is 28 February (29 in a leap year).
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return calendarDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * The last day of a period of `months` months that starts with (includes)
 * `date`: the day before the corresponding date. "Within 12 months starting
 * with" 10 June 2026 means by 9 June 2027. When the later month has no
 * corresponding day (a period starting 29 February), the period runs to that
 * month's last day.
 */
export function lastDayOfMonthsStartingWith(date: CalendarDate, months: number): CalendarDate {
  const { day } = parts(date);
  const corresponding = addMonths(date, months);
  return parts(corresponding).day < day ? corresponding : addDays(corresponding, -1);
}

/** Whole days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 for Sunday to 6 for Saturday. */
export function weekday(date: CalendarDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7; // 1 January 1970 was a Thursday
}

export function isWeekend(date: CalendarDate): boolean {
  const d = weekday(date);
  return d === 0 || d === 6;
}

/** "Monday 16 February 2026": the GOV.UK style, with the day of the week a parent plans around. */
export function formatLongDate(date: CalendarDate): string {
  const { year, month, day } = parts(date);
  return `${dayNames[weekday(date)]} ${day} ${monthNames[month - 1]} ${year}`;
}

/** "16 February 2026". */
export function formatDate(date: CalendarDate): string {
  const { year, month, day } = parts(date);
  return `${day} ${monthNames[month - 1]} ${year}`;
}

/** The later of two dates. */
export function later(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}

/** Today as this device's calendar shows it (the family's own day, wherever the clocks are). */
export function todayOnDevice(now: Date = new Date()): CalendarDate {
  return calendarDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
