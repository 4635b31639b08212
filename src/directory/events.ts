import { getCollection, type CollectionEntry } from 'astro:content';
import { getOrganisations } from './load';
import type { CalendarEvent } from '../lib/calendar';
import { splitEvents } from '../lib/events';
import { today } from '../lib/today';

/** An event as pages use it: its data, URL slug, organiser and Markdown entry. */
export interface DirectoryEvent extends CalendarEvent {
  organiserSlug: string;
  entry: CollectionEntry<'events'>;
}

let cache: Promise<DirectoryEvent[]> | undefined;

/**
 * Every event with its organiser resolved, soonest first. An event naming an
 * organisation that has no file fails the build, naming both files.
 */
export function getEvents(): Promise<DirectoryEvent[]> {
  cache ??= (async () => {
    const organisations = new Map((await getOrganisations()).map((o) => [o.slug, o]));
    return (await getCollection('events'))
      .map((entry) => {
        const organiser = organisations.get(entry.data.organiser);
        if (!organiser) {
          throw new Error(
            `${entry.filePath ?? entry.id}: organiser "${entry.data.organiser}" does not exist. ` +
              `Add content/organisations/${entry.data.organiser}.md or use one of: ${[...organisations.keys()].join(', ')}`,
          );
        }
        return { ...entry.data, slug: entry.id, organiserSlug: organiser.slug, organiserName: organiser.name, entry };
      })
      .sort((a, b) => a.start.getTime() - b.start.getTime());
  })();
  return cache;
}

/** Upcoming and past events as of the day the site is built (LOCAL_OFFER_TODAY pins it). */
export async function getEventsByTime() {
  return splitEvents(await getEvents(), today());
}
