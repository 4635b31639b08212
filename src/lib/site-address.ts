import fs from 'node:fs';
import { parse } from 'yaml';
import { contentDir } from './content-dir.ts';

/** Used when neither SITE_URL nor the settings give an address: a build on this computer. `npm run doctor` warns about it. */
export const addressNotSet = 'http://localhost:4321';

/**
 * The settings file read as plain YAML, for the few places that need it
 * before Astro's content layer exists (astro.config.mjs, the CMS config,
 * `npm run doctor`). Pages use getSiteSettings(), which validates it.
 */
export function readRawSettings(): Record<string, unknown> {
  const file = contentDir('settings/site.yaml');
  if (!fs.existsSync(file)) return {};
  const data: unknown = parse(fs.readFileSync(file, 'utf8'));
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** The site's public address: SITE_URL if set (test builds), else siteUrl in the settings. */
export function siteAddress(): string {
  const fromSettings = readRawSettings().siteUrl;
  return process.env.SITE_URL || (typeof fromSettings === 'string' && fromSettings ? fromSettings : addressNotSet);
}
