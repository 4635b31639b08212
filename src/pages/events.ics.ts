import type { APIRoute } from 'astro';
import { getEvents } from '../directory/events';
import { getSiteSettings } from '../directory/load';
import { say } from '../i18n/messages';
import { eventsToIcs } from '../lib/calendar';
import { today } from '../lib/today';

/**
 * The site-wide calendar feed, /events.ics: every event from the last 12
 * months and all future ones. People can subscribe to it, so cancelled events
 * stay in it (marked cancelled) to update calendars that already have them.
 */
export const GET: APIRoute = async ({ site }) => {
  const settings = await getSiteSettings();
  const yearAgo = new Date(today().getTime() - 365 * 86_400_000);
  const events = (await getEvents()).filter((e) => e.end >= yearAgo);
  const ics = eventsToIcs(events, { site: site!, calendarName: say('events.calendarName', settings), stamp: today() });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
