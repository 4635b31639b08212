import { describe, expect, it } from 'vitest';
import { fromLondonClock, londonDay, londonTimeOfDay } from '../../src/lib/london-time';
import { describeEventTime, groupByMonth, isUpcoming, splitEvents } from '../../src/lib/events';
import { eventsToIcs, foldByOctets, type CalendarEvent } from '../../src/lib/calendar';
import { eventSchema } from '../../src/schemas/event';

const at = (iso: string) => new Date(iso);

describe('UK clock times', () => {
  it('turns 10am in winter into 10:00 GMT and 10am in summer into 09:00 GMT', () => {
    expect(fromLondonClock({ year: 2026, month: 12, day: 5, hour: 10, minute: 0 }).toISOString()).toBe('2026-12-05T10:00:00.000Z');
    expect(fromLondonClock({ year: 2027, month: 7, day: 14, hour: 10, minute: 0 }).toISOString()).toBe('2027-07-14T09:00:00.000Z');
  });
  it('copes with the clock changes: a time skipped in March moves on an hour, a repeated time in October takes the first', () => {
    expect(fromLondonClock({ year: 2027, month: 3, day: 28, hour: 1, minute: 30 }).toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(londonTimeOfDay(fromLondonClock({ year: 2027, month: 3, day: 28, hour: 1, minute: 30 }))).toBe('02:30');
    expect(fromLondonClock({ year: 2026, month: 10, day: 25, hour: 1, minute: 30 }).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
  it('knows which UK day an instant falls on, even late in a summer evening', () => {
    expect(londonDay(at('2027-07-14T23:30:00Z'))).toBe('2027-07-15');
  });
});

describe('event times in content', () => {
  const base = {
    title: 'Coffee morning',
    kind: 'coffee-morning',
    summary: 'A chance to meet other parents and carers.',
    audience: 'Parents and carers',
    online: 'On Microsoft Teams, link sent when you book',
    booking: { required: false },
    accessibility: 'Captions are on.',
    organiser: 'northbridge-council',
  };
  it('reads "2027-07-14T10:00" as 10am UK time', () => {
    const event = eventSchema.parse({ ...base, start: '2027-07-14T10:00', end: '2027-07-14T12:00' });
    expect(event.start.toISOString()).toBe('2027-07-14T09:00:00.000Z');
  });
  it('reads a date YAML has already turned into a date as the UK clock time the editor wrote', () => {
    const event = eventSchema.parse({ ...base, start: new Date('2027-07-14T10:00:00Z'), end: new Date('2027-07-14T12:00:00Z') });
    expect(londonTimeOfDay(event.start)).toBe('10:00');
  });
  it('explains a badly written time, an end before the start, and a missing place in plain words', () => {
    const result = eventSchema.safeParse({ ...base, online: undefined, start: '14/07/2027 10am', end: '2027-07-14T09:00' });
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain('start: must be a UK date and time written as YYYY-MM-DDTHH:MM, for example 2026-12-05T10:00 (UK clock time, no time zone)');
    const ordered = eventSchema.safeParse({ ...base, online: undefined, start: '2027-07-14T10:00', end: '2027-07-14T09:00' });
    expect(ordered.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'end: the end must be after the start',
      'venue: give a venue, a way to join online, or both',
    ]);
  });
  it('asks how to book when booking is needed', () => {
    const result = eventSchema.safeParse({ ...base, start: '2027-07-14T10:00', end: '2027-07-14T12:00', booking: { required: true } });
    expect(result.error!.issues[0].message).toBe('say how to book: give a booking website, phone or email');
  });
});

describe('upcoming and past events', () => {
  const morning = { start: at('2026-11-23T10:00:00Z'), end: at('2026-11-23T12:00:00Z') };
  const yesterday = { start: at('2026-11-22T10:00:00Z'), end: at('2026-11-22T12:00:00Z') };
  const nextMonth = { start: at('2026-12-02T10:00:00Z'), end: at('2026-12-02T12:00:00Z') };
  const buildDay = at('2026-11-23T18:00:00Z');
  it('keeps an event on the upcoming list for the whole of its day, then drops it', () => {
    expect(isUpcoming(morning, buildDay)).toBe(true);
    expect(isUpcoming(yesterday, buildDay)).toBe(false);
  });
  it('lists upcoming events soonest first and past events most recent first', () => {
    const { upcoming, past } = splitEvents([nextMonth, yesterday, morning, { start: at('2026-01-01T10:00:00Z'), end: at('2026-01-01T11:00:00Z') }], buildDay);
    expect(upcoming).toEqual([morning, nextMonth]);
    expect(past.map((e) => e.start.toISOString().slice(0, 10))).toEqual(['2026-11-22', '2026-01-01']);
  });
  it('describes times the GOV.UK way, in UK time', () => {
    expect(describeEventTime({ start: at('2027-07-14T09:00:00Z'), end: at('2027-07-14T11:30:00Z') })).toBe('Wednesday 14 July 2027, 10am to 12:30pm');
    expect(describeEventTime({ start: at('2026-12-04T18:00:00Z'), end: at('2026-12-05T16:00:00Z') })).toBe(
      'Friday 4 December 2026, 6pm to Saturday 5 December 2026, 4pm',
    );
  });
  it('groups events under month headings', () => {
    expect(groupByMonth([morning, yesterday, nextMonth]).map((g) => [g.month, g.events.length])).toEqual([
      ['November 2026', 2],
      ['December 2026', 1],
    ]);
  });
});

describe('calendar files', () => {
  const event: CalendarEvent = {
    slug: 'deaf-family-fun-day',
    organiserName: 'Northbridge Deaf Children’s Society',
    title: 'Deaf family fun day; games, crafts',
    kind: 'activity',
    summary: 'Games, crafts and a signing storyteller for deaf children and their families, brothers and sisters, all day long.',
    start: at('2027-04-17T10:00:00Z'),
    end: at('2027-04-17T14:00:00Z'),
    audience: 'Deaf children and their families',
    venue: {
      name: 'Northbridge Leisure Centre',
      address: { street: 'Park Road', town: 'Northbridge', county: 'Northbridge', postcode: 'NB2 1LC' },
      accessFeatures: [],
    },
    booking: { required: true, email: 'deafchildren@example.org' },
    cost: { free: false, details: '£2 per family, to cover food' },
    accessibility: 'All activities in BSL and spoken English.',
    organiser: 'northbridge-deaf-childrens-society',
  };
  const options = {
    site: new URL('https://localoffer.northbridge.example'),
    calendarName: 'Northbridge Local Offer events',
    stamp: at('2026-11-23T12:00:00Z'),
  };
  const ics = eventsToIcs([event, { ...event, slug: 'cancelled-one', cancelled: 'The venue is closed.' }], options);
  const lines = ics.split('\r\n');
  const unfolded = ics.replace(/\r\n[ \t]/g, '');

  it('is an RFC 5545 calendar: CRLF lines, version, product, and each event with UID, DTSTAMP and DTSTART', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(unfolded).toMatch(/^VERSION:2\.0$/m);
    expect(unfolded).toMatch(/^PRODID:-\/\/localoffer\.northbridge\.example\/\/Local Offer events\/\/EN$/m);
    const events = unfolded.split('BEGIN:VEVENT').slice(1);
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e).toMatch(/^UID:[^\r\n]+@localoffer\.northbridge\.example$/m);
      expect(e).toMatch(/^DTSTAMP:20261123T120000Z$/m);
    }
  });

  it('writes times in UTC, so 11am UK time in April (BST) is 10:00Z in every calendar app', () => {
    expect(unfolded).toMatch(/^DTSTART:20270417T100000Z$/m);
    expect(unfolded).toMatch(/^DTEND:20270417T140000Z$/m);
    expect(unfolded).not.toMatch(/^DTSTART:\d{8}T\d{6}$/m); // no floating times that move with the computer's time zone
  });

  it('keeps every line within 75 octets, folding without splitting characters like £ and ’', () => {
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(unfolded).toContain('Cost: £2 per family\\, to cover food');
    expect(unfolded).toContain('Northbridge Deaf Children’s Society');
  });

  it('escapes commas and semicolons in text, and marks cancelled events as cancelled', () => {
    expect(unfolded).toMatch(/^SUMMARY:Deaf family fun day\\; games\\, crafts$/m);
    expect(unfolded).toMatch(/^STATUS:CANCELLED$/m);
    expect(unfolded).toMatch(/^LOCATION:Northbridge Leisure Centre\\, Park Road\\, Northbridge\\, NB2 1LC$/m);
    expect(unfolded).toMatch(/^URL:https:\/\/localoffer\.northbridge\.example\/events\/deaf-family-fun-day\/$/m);
  });

  it('folds long lines by bytes and unfolds back to the same text', () => {
    const line = 'DESCRIPTION:' + '£'.repeat(100);
    const folded = foldByOctets(line);
    expect(folded.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
