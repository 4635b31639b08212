import { buildOpenData, type OpenData, type OpenDataInput } from '../lib/oruk/open-data';
import { getOrganisations, getServices } from './load';
import { getEducationSettings } from './education-settings';

/** What the open data is built from: every published service with its text, the organisations and the site's address. */
export async function getOpenDataInput(): Promise<OpenDataInput> {
  return {
    services: (await getServices()).map(({ entry, organisationDetails: _o, slug: _s, ...service }) => ({ ...service, body: entry.body ?? '' })),
    organisations: await getOrganisations(),
    settings: (await getEducationSettings()).map(({ entry: _e, workingHere: _w, ...setting }) => setting),
    // astro.config.mjs always sets site (from SITE_URL or the settings' siteUrl).
    siteUrl: import.meta.env.SITE!,
  };
}

let cache: Promise<OpenData> | undefined;

/** The Open Referral data for every published service, built once per server start (the live API). */
export function getOpenData(): Promise<OpenData> {
  cache ??= getOpenDataInput().then(buildOpenData);
  return cache;
}
