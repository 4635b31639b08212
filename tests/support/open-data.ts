import path from 'node:path';
import { isReadyToPublish, type Service } from '../../src/schemas/service.ts';
import { buildOpenData, type OpenData } from '../../src/lib/oruk/open-data.ts';
import { readOrganisations, readServices, readSettings } from '../../scripts/import/content-files.ts';

/** The address the build uses (astro.config.mjs), so built files and these records agree. */
export const testSiteUrl = process.env.SITE_URL ?? 'https://localoffer.northbridge.example';

/** The open data a content folder publishes, built without Astro, as the site builds it. */
export function openDataFor(contentRoot: string): OpenData {
  const services = readServices(path.join(contentRoot, 'services'));
  const organisations = readOrganisations(path.join(contentRoot, 'organisations'));
  const settings = readSettings(path.join(contentRoot, 'schools'));
  const problems = [...services.problems, ...organisations.problems, ...settings.problems];
  if (problems.length) throw new Error(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n'));
  return buildOpenData({
    services: services.files.filter((f) => isReadyToPublish(f.data)).map((f) => ({ ...(f.data as Service), body: f.body })),
    organisations: organisations.files.map((f) => ({ ...f.data, slug: f.slug })),
    siteUrl: testSiteUrl,
    settings: settings.files.map((f) => ({ ...f.data, slug: f.slug })),
  });
}
