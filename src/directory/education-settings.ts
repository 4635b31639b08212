import { getCollection, type CollectionEntry } from 'astro:content';
import type { EducationSetting } from '../schemas/education-setting';
import { getServices, type DirectoryService } from './load';

/** A school, nursery or college as pages use it: its data, its URL slug, and the services that work in it. */
export interface DirectorySetting extends EducationSetting {
  slug: string;
  /** Published services named in `services`, in the file's order. */
  workingHere: DirectoryService[];
  entry: CollectionEntry<'schools'>;
}

let cache: Promise<DirectorySetting[]> | undefined;

/**
 * Every school, nursery and college, A to Z. Imported ones are published with
 * what GIAS holds while a navigator adds the rest (their review notes put them
 * in the review queue). A setting naming a service that has no file fails the
 * build, naming both; a service that is not yet published is left out quietly.
 */
export function getEducationSettings(): Promise<DirectorySetting[]> {
  cache ??= (async () => {
    const published = new Map((await getServices()).map((s) => [s.slug, s]));
    const allServiceSlugs = new Set((await getCollection('services')).map((s) => s.id));
    const organisationSlugs = new Set((await getCollection('organisations')).map((o) => o.id));
    return (await getCollection('schools'))
      .map((entry) => {
        const missing = entry.data.services.filter((slug) => !allServiceSlugs.has(slug));
        if (missing.length) {
          throw new Error(
            `${entry.filePath ?? entry.id}: services: "${missing.join('", "')}" ${missing.length === 1 ? 'is' : 'are'} not in content/services. Use the file name of a service, without .md.`,
          );
        }
        if (entry.data.organisation && !organisationSlugs.has(entry.data.organisation)) {
          throw new Error(
            `${entry.filePath ?? entry.id}: organisation: "${entry.data.organisation}" is not in content/organisations. Use the file name of an organisation, without .md, or leave it out.`,
          );
        }
        const workingHere = entry.data.services.flatMap((slug) => (published.has(slug) ? [published.get(slug)!] : []));
        return { ...entry.data, slug: entry.id, workingHere, entry };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  })();
  return cache;
}
