/**
 * My list's data in parts. One file of every service is about 2 MB gzipped
 * at 10,000 services, downloaded by a phone to show three of them; so each
 * service goes into one of a fixed number of parts by a hash of its address
 * (`/my-list/services/<part>.json`), and the list fetches only the parts of
 * the services it shows.
 *
 * The number of parts is fixed, not worked out from the number of services:
 * a service's part, and so the part's address, stays the same from one build
 * to the next, so a copy saved for offline use (which a new build's service
 * worker fetches again by address) still holds the services the list needs.
 * 128 parts: about 80 services (some 20 kB gzipped) a part at 10,000
 * services, one or two at the demo area's size.
 *
 * Runs on the server, in the build and in the browser: no imports.
 */

export const servicePartCount = 128;

/** FNV-1a over the address's characters: quick, and the same in every JavaScript engine. */
function hash(slug: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < slug.length; i++) {
    h ^= slug.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The part a service's data is in: two hex digits, `00` to `7f`. */
export function servicePartOf(slug: string): string {
  return (hash(slug) % servicePartCount).toString(16).padStart(2, '0');
}

/** Every part's name, for the build. */
export function allServiceParts(): string[] {
  return Array.from({ length: servicePartCount }, (_, i) => i.toString(16).padStart(2, '0'));
}

/** Where a part's data is: `/my-list/services/3f.json`. */
export function servicePartUrl(part: string): string {
  return `/my-list/services/${part}.json`;
}

/** The data files these services need, each once, in the order first needed. */
export function servicePartUrlsFor(slugs: readonly string[]): string[] {
  return [...new Set(slugs.map((slug) => servicePartUrl(servicePartOf(slug))))];
}
