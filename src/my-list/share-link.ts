/**
 * The list in the URL: `/my-list/?services=slug-one,slug-two`. The same rules
 * run on the server (the page works without JavaScript) and in the browser.
 */

/** Where the list lives. */
export const listPath = '/my-list/';

/** More than this and the QR code is too dense for an older phone camera. */
export const maxSavedServices = 40;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Service slugs from a `services=` or `add=` value, in order, without
 * duplicates or anything that is not a slug (a mistyped link loses nothing else).
 */
export function parseSlugs(value: string | null | undefined): string[] {
  if (!value) return [];
  const slugs = value
    .split(/[,\s]+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => slugPattern.test(s));
  return [...new Set(slugs)].slice(0, maxSavedServices);
}

/** The list page showing exactly these services; commas stay unescaped so the link and QR code stay short. */
export function listHref(slugs: readonly string[]): string {
  return slugs.length ? `${listPath}?services=${slugs.join(',')}` : listPath;
}

/** The full link to send to someone. */
export function shareUrl(origin: string, slugs: readonly string[]): string {
  return new URL(listHref(slugs), origin).href.replace(/%2C/gi, ',');
}

/** The link that shows the same list without one service (works without JavaScript). */
export function removeHref(slugs: readonly string[], slug: string): string {
  return listHref(slugs.filter((s) => s !== slug));
}

/** Same services, ignoring order. */
export function sameServices(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s) => b.includes(s));
}

/** `a` followed by anything in `b` it does not have yet, capped. */
export function mergeSlugs(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].slice(0, maxSavedServices);
}
