import { describe, expect, it } from 'vitest';
import { offlineParts, partFiles, type BuiltPages } from '../../src/offline/parts';

const pages: Record<string, string> = {
  '/age/early-years/':
    '<a href="/services/nursery/">Nursery</a><a href="/age/early-years/all/">All</a><a href="/my-list/?add=nursery">Save</a><link rel="stylesheet" href="/_astro/site.css">',
  '/age/early-years/all/': '<a href="/services/nursery/">Nursery</a><a href="/services/speech-drop-in/">Speech</a><a href="/services/gone/">Gone</a>',
  '/age/primary/': '<a href="/services/school-club/">Club</a>',
  '/services/nursery/': '<link rel="stylesheet" href="/_astro/site.css"><img src="/icons/map.svg">',
  '/services/speech-drop-in/': '<link rel="stylesheet" href="/_astro/site.css">',
  '/services/school-club/': '',
  '/services/letter/n/': '<a href="/services/nursery/">Nursery</a>',
};
const site: BuiltPages = {
  urls: Object.keys(pages),
  html: (url) => pages[url],
  assets: (url) => [...pages[url].matchAll(/(?:href|src)="(\/(?:_astro|icons)\/[^"]+)"/g)].map((m) => m[1]),
};

describe('saving part of the Local Offer offline', () => {
  it("saves a part's browse pages, every built service page they link to and what those pages load, each once", () => {
    const earlyYears = offlineParts.find((p) => p.id === 'age-early-years')!;
    const { urls, services } = partFiles(earlyYears, site);
    expect(urls).toEqual([
      '/_astro/site.css',
      '/age/early-years/',
      '/age/early-years/all/',
      '/icons/map.svg',
      '/services/nursery/',
      '/services/speech-drop-in/',
    ]);
    // A link to a page that was not built (a service that stopped) is not counted.
    expect(services).toBe(2);
  });

  it('has a part for every age band and every area of need, each named as the browse pages name it', () => {
    expect(offlineParts.map((p) => p.id)).toEqual(
      expect.arrayContaining(['age-early-years', 'age-young-adults', 'need-communication-interaction', 'need-sensory-physical']),
    );
    expect(offlineParts.find((p) => p.id === 'age-primary')!.label).toBe('Primary school, ages 5 to 11');
    expect(new Set(offlineParts.map((p) => p.prefix)).size).toBe(offlineParts.length);
  });
});
