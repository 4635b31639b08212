/**
 * The timeline as an iCalendar file (RFC 5545), made in the browser so the
 * dates never leave the phone. Each deadline is an all-day event on its day
 * (DTSTART;VALUE=DATE), which calendar apps show on that date in any time
 * zone: no clock-change shift. Written by hand rather than with the `ics`
 * package the events feed uses, because that package brings its validation
 * library (about 40 kB) into a script that must stay under 10 kB.
 */
import { addDays, type CalendarDate } from '../calendar-date';

export interface CalendarEntry {
  date: CalendarDate;
  title: string;
  description: string;
}

/** RFC 5545 3.3.11: backslash, semicolon, comma and new lines are escaped in text. */
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 3.1: lines longer than 75 octets are folded with CRLF and a space. */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (size + n > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compact = (date: CalendarDate) => date.replace(/-/g, '');

/** A whole calendar file. `stamp` is when it was made (DTSTAMP, UTC); `uidPrefix` keeps each event's UID stable between downloads. */
export function calendarFile(entries: CalendarEntry[], options: { calendarName: string; stamp: Date; uidDomain: string }): string {
  const stamp = options.stamp
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Local Offer//EHC timeline//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName)}`,
  ];
  entries.forEach((entry, i) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:ehc-${compact(entry.date)}-${i}@${options.uidDomain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(entry.date)}`,
      `DTEND;VALUE=DATE:${compact(addDays(entry.date, 1))}`,
      `SUMMARY:${escapeText(entry.title)}`,
      `DESCRIPTION:${escapeText(entry.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
