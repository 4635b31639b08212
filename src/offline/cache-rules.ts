/**
 * What the service worker does with each request, as pure functions so unit
 * tests can check them without a browser.
 */

/** Cache names start with this; the rest is the build id, so each build has its own cache. */
export const cachePrefix = 'local-offer-';

/** A stored response's header saying when it was saved (ISO date). */
export const savedAtHeader = 'X-Saved-At';

/** A cache entry whose presence means "the person saved the whole site"; its body is the date. */
export const fullSaveMarker = '/offline/saved-everything';

/** The list of files to save, written by the build. */
export const bundleUrl = '/offline/bundle.json';

/**
 * Pages whose script reads the query string itself, so an offline visit to
 * `/my-list/?services=a,b` or `/search/?q=respite` can use the one saved copy.
 * A page may only be here if its script redraws it from the address when the
 * copy answered another one (search checks `data-answered`), or a saved page
 * for one search would be shown for another.
 */
export const pagesThatReadTheirQuery = ['/my-list/', '/search/'];

/**
 * Pages drawn on request that "Save the Local Offer for offline use" saves as
 * well as the built files: My list and search draw themselves from saved data
 * (the list's JSON, the Pagefind index) offline.
 */
export const onDemandPagesToSave = ['/my-list/', '/search/'];

/**
 * The key a response is kept under. Pagefind asks for its index with a
 * cache-busting `?ts=` query, and some pages read their query themselves:
 * both are kept once, without the query, so offline visits find them.
 */
export function cacheKeyFor(url: URL): string {
  const ignoreQuery = pagesThatReadTheirQuery.includes(url.pathname) || url.pathname.startsWith('/pagefind/');
  return ignoreQuery ? url.origin + url.pathname : url.href;
}

export type Strategy = 'skip' | 'cache-first' | 'network-first';

/**
 * Files under /_astro/ have a content hash in their name and never change:
 * take them from the cache. Everything else (pages, the search index, data)
 * comes from the network when there is one, so nothing stale is shown online.
 */
export function strategyFor(url: URL, method: string, origin: string): Strategy {
  if (method !== 'GET' || url.origin !== origin) return 'skip';
  if (url.pathname === '/sw.js' || url.pathname === bundleUrl) return 'skip';
  if (url.pathname === '/admin' || url.pathname.startsWith('/admin/')) return 'skip';
  if (url.pathname.startsWith('/_astro/')) return 'cache-first';
  return 'network-first';
}

/** The build id from a cache name, or undefined when the cache is not ours. */
export function buildIdOf(cacheName: string): string | undefined {
  return cacheName.startsWith(cachePrefix) ? cacheName.slice(cachePrefix.length) : undefined;
}
