import type { APIRoute, GetStaticPaths } from 'astro';
import { getEvents, type DirectoryEvent } from '../../directory/events';
import { getSiteSettings } from '../../directory/load';
import { say } from '../../i18n/messages';
import { eventsToIcs } from '../../lib/calendar';
import { today } from '../../lib/today';

/** One event's "Add to calendar" file, /events/<slug>.ics. */
export const getStaticPaths = (async () => (await getEvents()).map((event) => ({ params: { slug: event.slug }, props: { event } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { event } = props as { event: DirectoryEvent };
  const settings = await getSiteSettings();
  const ics = eventsToIcs([event], { site: site!, calendarName: say('events.eventCalendarName', settings, { title: event.title }), stamp: today() });
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
