import { weekdays, type Weekday } from '../data/access.ts';

const dayNames: Record<Weekday, string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

/** "Monday to Friday", "Tuesday and Thursday", "Monday, Wednesday and Friday". */
export function describeDays(days: readonly Weekday[]): string {
  const sorted = weekdays.filter((d) => days.includes(d));
  const indexes = sorted.map((d) => weekdays.indexOf(d));
  const consecutive = indexes.every((n, i) => i === 0 || n === indexes[i - 1] + 1);
  if (sorted.length >= 3 && consecutive) return `${dayNames[sorted[0]]} to ${dayNames[sorted[sorted.length - 1]]}`;
  const names = sorted.map((d) => dayNames[d]);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "9:30am", "12pm", "1:15pm": GOV.UK time style. */
export function describeTime(time: string): string {
  const [h, m] = time.split(':').map(Number);
  const suffix = h >= 12 ? 'pm' : 'am';
  const hour = h % 12 === 0 ? 12 : h % 12;
  if (h === 12 && m === 0) return 'midday';
  return m === 0 ? `${hour}${suffix}` : `${hour}:${String(m).padStart(2, '0')}${suffix}`;
}

/** "tel:01632960123" from "01632 960123". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/\s/g, '')}`;
}
