import { getCollection } from 'astro:content';
import type { YouSaidWeDidEntry } from '../lib/you-said-we-did';
import type { SurveyDefinition } from '../schemas/survey';

let cache: Promise<YouSaidWeDidEntry[]> | undefined;

/**
 * Every "you said, we did" entry. A link to a service or information page that
 * does not exist fails the build, naming the entry's file, so families never
 * follow a "see what changed" link to a missing page.
 */
export function getYouSaidWeDid(): Promise<YouSaidWeDidEntry[]> {
  cache ??= (async () => {
    const services = new Set((await getCollection('services')).map((s) => `/services/${s.id}/`));
    const pages = new Set((await getCollection('pages')).map((p) => `/information/${p.id}/`));
    const entries = await getCollection('youSaidWeDid');
    for (const entry of entries) {
      for (const link of entry.data.changed) {
        const checkable = /^\/(services|information)\/[^/]+\/$/.test(link.href);
        if (checkable && !services.has(link.href) && !pages.has(link.href))
          throw new Error(`${entry.filePath ?? entry.id}: changed link "${link.href}" does not match any service or information page.`);
      }
    }
    return entries.map((e) => ({ ...e.data, slug: e.id }));
  })();
  return cache;
}

let surveys: Promise<SurveyDefinition[]> | undefined;

/** Every survey, newest opening date first. Read once per process: the forms server looks one up on every post. */
export function getSurveys(): Promise<SurveyDefinition[]> {
  surveys ??= getCollection('surveys').then((all) => all.map((s) => ({ ...s.data, id: s.id })).sort((a, b) => b.opens.getTime() - a.opens.getTime()));
  return surveys;
}

export type { SurveyDefinition };

export async function getSurvey(id: string): Promise<SurveyDefinition | undefined> {
  return (await getSurveys()).find((s) => s.id === id);
}
