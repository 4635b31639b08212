/**
 * Checking a GOV.UK date input (day, month, year boxes), with the GOV.UK
 * Design System's error messages
 * (https://design-system.service.gov.uk/components/date-input/): say what is
 * missing, "must be a real date", "must be today or in the past". The error
 * names which boxes are wrong so the page can mark just those.
 */
import { calendarDate, formatDate, isRealDate, type CalendarDate } from '../calendar-date';

export interface DateInputValue {
  day: string;
  month: string;
  year: string;
}

export type DateField = 'day' | 'month' | 'year';

export type DateInputResult = { ok: true; date: CalendarDate } | { ok: false; message: string; fields: DateField[] };

export interface DateRules {
  /** What the date is, starting with a capital: "The date the council received your request". */
  name: string;
  /** Today on this device: later dates are refused. */
  today: CalendarDate;
  /** The earliest allowed date (a letter cannot come before the request), with its name for the message. */
  notBefore?: { date: CalendarDate; name: string };
}

const monthWords = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "3", "03", "March" and "mar" all mean 3, as GOV.UK services accept. */
function readMonth(text: string): number {
  const t = text.trim().toLowerCase();
  if (/^\d{1,2}$/.test(t)) return Number(t);
  const index = t.length >= 3 ? monthWords.findIndex((m) => m.startsWith(t)) : -1;
  return index >= 0 ? index + 1 : Number.NaN;
}

const listWords = (fields: DateField[]) =>
  fields.length === 1 ? `a ${fields[0]}` : fields.length === 2 ? `a ${fields[0]} and ${fields[1]}` : 'a day, month and year';

/** Checks the three boxes; `rules.name` starts every message. */
export function readDateInput(value: DateInputValue, rules: DateRules): DateInputResult {
  const text = { day: value.day.trim(), month: value.month.trim(), year: value.year.trim() };
  const missing = (['day', 'month', 'year'] as const).filter((f) => text[f] === '');
  if (missing.length === 3)
    return { ok: false, message: `Enter ${rules.name.charAt(0).toLowerCase()}${rules.name.slice(1)}`, fields: ['day', 'month', 'year'] };
  if (missing.length) return { ok: false, message: `${rules.name} must include ${listWords(missing)}`, fields: missing };
  const day = /^\d{1,2}$/.test(text.day) ? Number(text.day) : Number.NaN;
  const month = readMonth(text.month);
  if (!/^\d+$/.test(text.year) || text.year.length !== 4) {
    if (/^\d+$/.test(text.year)) return { ok: false, message: 'Year must include 4 numbers', fields: ['year'] };
    return { ok: false, message: `${rules.name} must be a real date`, fields: ['year'] };
  }
  const year = Number(text.year);
  if (!isRealDate(year, month, day)) {
    const wrong: DateField[] = [];
    if (!(day >= 1 && day <= 31)) wrong.push('day');
    if (!(month >= 1 && month <= 12)) wrong.push('month');
    return { ok: false, message: `${rules.name} must be a real date`, fields: wrong.length ? wrong : ['day', 'month', 'year'] };
  }
  const date = calendarDate(year, month, day);
  if (date > rules.today) return { ok: false, message: `${rules.name} must be today or in the past`, fields: ['day', 'month', 'year'] };
  if (rules.notBefore && date < rules.notBefore.date)
    return {
      ok: false,
      message: `${rules.name} must be the same as or after ${formatDate(rules.notBefore.date)}, ${rules.notBefore.name}`,
      fields: ['day', 'month', 'year'],
    };
  return { ok: true, date };
}
