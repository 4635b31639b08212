import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { isReadyToPublish, type Service, type ServiceRecord } from '../schemas/service';
import type { Organisation } from '../schemas/organisation';
import type { SiteSettings } from '../schemas/site-settings';
import { isOpen } from '../data/access';

/** A service as pages use it: its data, its URL slug, its organisation and its Markdown entry. */
export interface DirectoryService extends Service {
  slug: string;
  organisationDetails: Organisation & { slug: string };
  entry: CollectionEntry<'services'>;
}

let cache: Promise<DirectoryService[]> | undefined;

/**
 * Every service ready for families, with its organisation resolved. A service
 * naming an organisation that has no file fails the build, naming both files.
 * Imported services with empty required fields wait for a navigator (see
 * `getServicesAwaitingReview`) and appear nowhere on the site until filled in.
 */
export function getServices(): Promise<DirectoryService[]> {
  cache ??= (async () => {
    const organisations = new Map((await getCollection('organisations')).map((o) => [o.id, { ...o.data, slug: o.id }]));
    const services = (await getCollection('services')).filter((entry) => isReadyToPublish(entry.data));
    return services
      .map((entry) => {
        const organisationDetails = organisations.get(entry.data.organisation);
        if (!organisationDetails) {
          throw new Error(
            `${entry.filePath ?? entry.id}: organisation "${entry.data.organisation}" does not exist. ` +
              `Add content/organisations/${entry.data.organisation}.md or use one of: ${[...organisations.keys()].join(', ')}`,
          );
        }
        return { ...(entry.data as Service), slug: entry.id, organisationDetails, entry };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  })();
  return cache;
}

/** Services families can use now: closed and defunct ones are left out of browse lists. */
export async function getOpenServices(): Promise<DirectoryService[]> {
  return (await getServices()).filter((s) => isOpen(s.status));
}

/** Service files with review notes from an import, for the CMS and needs-review lists; `published` says whether families can see it yet. */
export async function getServicesAwaitingReview(): Promise<(ServiceRecord & { slug: string; published: boolean })[]> {
  return (await getCollection('services'))
    .filter((entry) => entry.data.reviewNotes.length > 0 || !isReadyToPublish(entry.data))
    .map((entry) => ({ ...entry.data, slug: entry.id, published: isReadyToPublish(entry.data) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

export async function getOrganisations() {
  return (await getCollection('organisations')).map((o) => ({ ...o.data, slug: o.id }));
}

/** Information pages about Schedule 2 topics, in their set order. */
export async function getInformationPages() {
  return (await getCollection('pages')).sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

export async function getSiteSettings(): Promise<SiteSettings> {
  const entry = await getEntry('settings', 'site');
  if (!entry) throw new Error('content/settings/site.yaml is missing: it holds the council name and Local Offer contact details.');
  return entry.data;
}
