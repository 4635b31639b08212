import { formatDate } from './review';
import { describeTime } from './schedule';
import { londonDay, londonTimeOfDay } from './london-time';

/** What the event helpers need from an event. */
export interface TimedEvent {
  start: Date;
  end: Date;
}

/**
 * An event stays on the upcoming list until the end of the (UK) day it
 * finishes, so a family checking on the morning of a Local Offer day still
 * finds it. Builds run at least daily, and past events then drop off.
 */
export function isUpcoming(event: TimedEvent, today: Date): boolean {
  return londonDay(event.end) >= londonDay(today);
}

/** Upcoming events soonest first, and past events most recent first. */
export function splitEvents<T extends TimedEvent>(events: readonly T[], today: Date): { upcoming: T[]; past: T[] } {
  const upcoming = events.filter((e) => isUpcoming(e, today)).sort((a, b) => a.start.getTime() - b.start.getTime());
  const past = events.filter((e) => !isUpcoming(e, today)).sort((a, b) => b.start.getTime() - a.start.getTime());
  return { upcoming, past };
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/London' });

/** "Saturday 5 December 2026": the UK day, GOV.UK style. */
export function describeEventDay(instant: Date): string {
  return dayFormat.format(instant).replace(',', '');
}

/** "10am to 1pm" (UK clock times). */
export function describeEventHours(event: TimedEvent): string {
  return `${describeTime(londonTimeOfDay(event.start))} to ${describeTime(londonTimeOfDay(event.end))}`;
}

/**
 * "Saturday 5 December 2026, 10am to 1pm", or for an event over several days
 * "Friday 4 December 2026, 6pm to Saturday 5 December 2026, 4pm".
 */
export function describeEventTime(event: TimedEvent): string {
  if (londonDay(event.start) === londonDay(event.end)) return `${describeEventDay(event.start)}, ${describeEventHours(event)}`;
  return `${describeEventDay(event.start)}, ${describeTime(londonTimeOfDay(event.start))} to ${describeEventDay(event.end)}, ${describeTime(londonTimeOfDay(event.end))}`;
}

/** Events grouped under "December 2026" headings, in the order given. */
export function groupByMonth<T extends TimedEvent>(events: readonly T[]): { month: string; events: T[] }[] {
  const groups: { month: string; events: T[] }[] = [];
  for (const event of events) {
    const month = monthFormat.format(event.start);
    const group = groups.at(-1);
    if (group?.month === month) group.events.push(event);
    else groups.push({ month, events: [event] });
  }
  return groups;
}

/** Re-exported so event pages format plain dates the same way as the rest of the site. */
export { formatDate };
