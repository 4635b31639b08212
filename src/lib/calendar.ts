import { createEvents, type EventAttributes } from 'ics';
import type { LocalOfferEvent } from '../schemas/event';
import { eventKindInfo } from '../data/events';
import { describeEventTime } from './events';

/** An event as the calendar file needs it: its content, its page and its organiser's name. */
export interface CalendarEvent extends LocalOfferEvent {
  slug: string;
  organiserName: string;
}

export interface CalendarOptions {
  /** The site's address, e.g. https://localoffer.riverford.example; event links and UIDs use it. */
  site: URL;
  /** The calendar's name in people's calendar apps (one event or the whole feed). */
  calendarName: string;
  /** When the file was made (DTSTAMP). */
  stamp: Date;
}

/**
 * iCalendar (RFC 5545) for one event or a feed of events, made with the `ics`
 * library. Times: `ics` cannot write TZID or VTIMEZONE, and its "local"
 * output is floating time taken from the build machine's own zone, which
 * would move an event if the server ran on UTC in summer. So we give it exact
 * instants (content times are UK clock times, converted with the Europe/London
 * rules in src/lib/london-time.ts) and it writes UTC times ("...T090000Z").
 * Every calendar app shows those in the user's zone: 10am in London in July
 * is written 09:00Z and shows as 10am.
 */
export function eventsToIcs(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const attributes = events.map((event) => toIcsAttributes(event, options));
  const { error, value } = createEvents(attributes, {
    productId: `-//${options.site.host}//Local Offer events//EN`,
    method: 'PUBLISH',
    calName: options.calendarName,
  });
  if (error || !value) throw new Error(`Could not make the calendar file: ${error?.message ?? 'no output'}`);
  return foldByOctets(value);
}

function toIcsAttributes(event: CalendarEvent, { site, stamp }: CalendarOptions): EventAttributes {
  const page = new URL(`/events/${event.slug}/`, site).href;
  const location = [
    event.venue && [event.venue.name, event.venue.address.street, event.venue.address.town, event.venue.address.postcode].join(', '),
    event.online && `Online: ${event.online}`,
  ]
    .filter(Boolean)
    .join('. Or ');
  const booking = event.booking.required
    ? `Booking needed: ${[event.booking.website, event.booking.phone && `phone ${event.booking.phone}`, event.booking.email && `email ${event.booking.email}`].filter(Boolean).join(', or ')}.`
    : 'No need to book: just turn up.';
  const description = [
    event.cancelled ? `CANCELLED: ${event.cancelled}` : '',
    event.summary,
    `When: ${describeEventTime(event)} (UK time).`,
    `Who it is for: ${event.audience}`,
    booking,
    event.cost.free ? 'Free.' : `Cost: ${event.cost.details}`,
    `Accessibility: ${event.accessibility}`,
    `Run by ${event.organiserName}. More information: ${page}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    uid: `${event.slug}@${site.host}`,
    title: event.title,
    start: event.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    timestamp: stamp.getTime(),
    description,
    location: location || undefined,
    url: page,
    status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
    categories: [eventKindInfo[event.kind].label],
    ...(event.booking.email ? { organizer: { name: event.organiserName, email: event.booking.email } } : {}),
  } as EventAttributes;
}

/**
 * RFC 5545 (3.1) says lines should be at most 75 octets; `ics` folds at 75
 * characters, so a line with "£" or "’" can run over. Unfold, then fold again
 * by octets without splitting a character.
 */
export function foldByOctets(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const encoder = new TextEncoder();
  return lines
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let size = 0;
      for (const char of line) {
        const bytes = encoder.encode(char).length;
        const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
        if (size + bytes > limit) {
          parts.push(current);
          current = '';
          size = 0;
        }
        current += char;
        size += bytes;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}
