import { buildOpenData, type OpenData } from '../lib/oruk/open-data';
import { getOrganisations, getServices } from './load';
import { getEducationSettings } from './education-settings';

let cache: Promise<OpenData> | undefined;

/** The Open Referral data for every published service, built once per build or server start. */
export function getOpenData(): Promise<OpenData> {
  cache ??= (async () =>
    buildOpenData({
      services: (await getServices()).map(({ entry, organisationDetails: _o, slug: _s, ...service }) => ({ ...service, body: entry.body ?? '' })),
      organisations: await getOrganisations(),
      settings: (await getEducationSettings()).map(({ entry: _e, workingHere: _w, ...setting }) => setting),
      siteUrl: import.meta.env.SITE ?? 'https://localoffer.northbridge.example',
    }))();
  return cache;
}
