/**
 * How the middleware hands each service page Astro draws to the search index
 * step (search-index-during-pages.ts), through globalThis: the middleware runs
 * in Astro's bundle, the step in the build's own modules, in one process.
 */
export const searchPageDrawn = Symbol.for('local-offer.search-page-drawn');

/** The step's side: a place in the order for each indexed page as Astro starts it, then the page once drawn (or nothing, if it is not a page to index). */
export interface SearchPageDrawn {
  reserve: () => number;
  drawn: (place: number, sourcePath: string, html: string | undefined) => void;
}

/** The pages Pagefind indexes (pagefind.yml's glob, `services/*\/index.html`): a service's own page, not a letter page or a video page. */
export const indexedPage = /^\/services\/(?!letter\/)[^/]+\/$/;

const step = () => (globalThis as Record<symbol, SearchPageDrawn | undefined>)[searchPageDrawn];

/**
 * Called as Astro starts drawing a page: its place in Astro's own order, or
 * -1 when it is not indexed or nobody is listening (astro dev, the server).
 * Astro draws a few pages at a time and they can finish out of order; the
 * step indexes them in this order, so the index is the same on every build.
 */
export function reserveSearchPage(pathname: string): number {
  return indexedPage.test(pathname) ? (step()?.reserve() ?? -1) : -1;
}

export function signalSearchPage(place: number, sourcePath: string, html: string | undefined): void {
  if (place >= 0) step()?.drawn(place, sourcePath, html);
}
