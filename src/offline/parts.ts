/**
 * Saving part of the Local Offer for offline use. A whole county is tens of
 * megabytes, far too much for prepaid data, so families save the part they
 * need: one age band, one area of need, or the services on My list. Each
 * part is what can be reached from its browse pages (the lists and every
 * service page they link to), with the styles and images those pages load;
 * the build lists each part's files and its download size, and the page
 * shows the size on the button before anything is saved.
 */
import { ageBands, ageBandInfo } from '../data/age-bands.ts';
import { needAreas, needAreaInfo } from '../data/needs.ts';

export interface OfflinePart {
  /** In the part's file name (`/offline/parts/<id>.json`) and the page's buttons. */
  id: string;
  /** What the button saves, in the words the browse pages use. */
  label: string;
  /** Its browse pages: every built page under this address. */
  prefix: string;
}

export const offlineParts: readonly OfflinePart[] = [
  ...ageBands.map((band) => ({ id: `age-${band}`, label: `${ageBandInfo[band].label}, ages ${ageBandInfo[band].ages}`, prefix: `/age/${band}/` })),
  ...needAreas.map((need) => ({ id: `need-${need}`, label: needAreaInfo[need].label, prefix: `/need/${need}/` })),
];

/**
 * "Save everything" is offered only up to this download: about a tenth of a
 * small prepaid bundle, and a few minutes on a weak signal. The demo area's
 * whole site is under 2 MB; a county of 10,000 services is about 40 MB.
 */
export const everythingLimitBytes = 5_000_000;

/** The list of one part's files, written by the build. */
export const partUrl = (id: string) => `/offline/parts/${id}.json`;

/** A cache entry whose presence means "this part is saved"; its body is the date. */
export const partSavedMarker = (id: string) => `/offline/saved-part/${id}`;

/** Written into the built page, replaced by the part's size after the build. */
export const partSizePlaceholder = (id: string) => `%OFFLINE_PART_SIZE_${id}%`;

/** What the build writes for each part. */
export interface OfflinePartFiles {
  id: string;
  bytes: number;
  /** How many service pages it holds. */
  services: number;
  files: string[];
}

/** What partFiles needs to know about the built site. */
export interface BuiltPages {
  /** Every built page's address. */
  urls: readonly string[];
  /** A page's HTML. */
  html: (url: string) => string;
  /** The styles, scripts and images a page loads (the build remembers them, so each page is read once). */
  assets: (url: string) => string[];
}

/**
 * The addresses of a part: its browse pages, the service pages they link to,
 * and what those pages load, each once, A to Z.
 */
export function partFiles(part: OfflinePart, site: BuiltPages): { urls: string[]; services: number } {
  const built = new Set(site.urls);
  const urls = new Set<string>();
  const services = new Set<string>();
  for (const url of site.urls) {
    if (!url.startsWith(part.prefix)) continue;
    urls.add(url);
    for (const [, slug] of site.html(url).matchAll(/href="\/services\/([a-z0-9-]+)\/"/g))
      if (built.has(`/services/${slug}/`)) services.add(`/services/${slug}/`);
  }
  for (const service of services) urls.add(service);
  for (const url of [...urls]) for (const asset of site.assets(url)) urls.add(asset);
  return { urls: [...urls].sort(), services: services.size };
}

/** My list's page (with what a service page loads), and one service page with its part of the list's data: the build writes their sizes in, the page adds them up for the list. */
export const listBaseBytesPlaceholder = '%OFFLINE_LIST_BASE_BYTES%';
export const servicePageBytesPlaceholder = '%OFFLINE_SERVICE_PAGE_BYTES%';
