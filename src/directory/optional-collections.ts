import { getCollection } from 'astro:content';

/**
 * Collections the dashboard counts but does not own: "you said, we did" and
 * events come from other parts of the site and may not exist yet in a given
 * build (a new council's content, or a branch without them). For a missing
 * collection Astro's getCollection returns [] with a warning instead of
 * failing, so the dashboard can say "no entries yet" honestly. Only the
 * fields the dashboard counts are read.
 */
async function entriesOf(collection: string): Promise<Record<string, unknown>[]> {
  const read = getCollection as unknown as (name: string) => Promise<{ data: Record<string, unknown> }[]>;
  return (await read(collection)).map((entry) => entry.data);
}

const asDate = (value: unknown): Date | undefined => {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
};

/** "You said, we did" entries: when each was published, its theme and its status. */
export async function getYouSaidWeDidForDashboard(): Promise<{ date: Date; theme?: string; status?: string }[]> {
  return (await entriesOf('youSaidWeDid')).flatMap((data) => {
    const date = asDate(data.date);
    if (!date) return [];
    return [{ date, theme: typeof data.theme === 'string' ? data.theme : undefined, status: typeof data.status === 'string' ? data.status : undefined }];
  });
}

/** Events: when each one starts. */
export async function getEventsForDashboard(): Promise<{ start: Date }[]> {
  return (await entriesOf('events')).flatMap((data) => {
    const start = asDate(data.start);
    return start ? [{ start }] : [];
  });
}
