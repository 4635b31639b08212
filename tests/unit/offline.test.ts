import { describe, expect, it } from 'vitest';
import { addOfflineBanner, describeSavedAt } from '../../src/offline/offline-banner';
import { buildIdOf, cacheKeyFor, strategyFor } from '../../src/offline/cache-rules';
import { assetsOf, isSaved, urlFor } from '../../src/offline/bundle';
import { describeBytes } from '../../src/offline/bundle-size';

const origin = 'https://localoffer.example';
const page =
  '<!doctype html><html><head><title>x</title></head><body class="a"><a class="app-skip-link" href="#main-content">Skip</a><main></main></body></html>';

describe('the offline notice', () => {
  it('goes first in the page body and gives the date and time it was saved', () => {
    const html = addOfflineBanner(page, new Date(2026, 5, 3, 14, 5));
    expect(html).toMatch(/<body class="a"><div class="app-offline-banner" id="offline-banner">/);
    expect(html).toContain('<strong>You are offline.</strong> This page was saved on 3 June 2026 at 2:05pm.');
    expect(html.indexOf('offline-banner')).toBeLessThan(html.indexOf('app-skip-link'));
  });

  it('says when a saved copy is shown because the connection is too slow', () => {
    expect(addOfflineBanner(page, new Date(2026, 5, 3, 9, 0), 'slow')).toContain(
      '<strong>Your connection is very slow, so this is a saved copy.</strong> This page was saved on 3 June 2026 at 9am.',
    );
  });

  it('is added once, however often the page is shown', () => {
    const once = addOfflineBanner(page, new Date());
    expect(addOfflineBanner(once, new Date())).toBe(once);
  });

  it('still says the page is a saved copy when the date is unknown', () => {
    expect(addOfflineBanner(page, undefined)).toContain('This is a saved copy of the page.');
    expect(addOfflineBanner(page, new Date('not a date'))).toContain('This is a saved copy of the page.');
  });

  it('writes times the GOV.UK way', () => {
    expect(describeSavedAt(new Date(2026, 0, 9, 0, 0))).toBe('9 January 2026 at 12am');
    expect(describeSavedAt(new Date(2026, 0, 9, 12, 30))).toBe('9 January 2026 at 12:30pm');
  });
});

describe('what the service worker does with each request', () => {
  it('takes hashed files from the saved copy and everything else from the network first', () => {
    expect(strategyFor(new URL(`${origin}/_astro/site.Ab12.css`), 'GET', origin)).toBe('cache-first');
    expect(strategyFor(new URL(`${origin}/services/chatterbox/`), 'GET', origin)).toBe('network-first');
    expect(strategyFor(new URL(`${origin}/pagefind/pagefind.js`), 'GET', origin)).toBe('network-first');
  });

  it('leaves alone form posts, other websites, the CMS and its own files', () => {
    expect(strategyFor(new URL(`${origin}/survey/`), 'POST', origin)).toBe('skip');
    expect(strategyFor(new URL('https://other.example/x'), 'GET', origin)).toBe('skip');
    expect(strategyFor(new URL(`${origin}/admin/`), 'GET', origin)).toBe('skip');
    expect(strategyFor(new URL(`${origin}/sw.js`), 'GET', origin)).toBe('skip');
    expect(strategyFor(new URL(`${origin}/offline/bundle.json`), 'GET', origin)).toBe('skip');
  });

  it('keeps one copy of My list, the search page and the search index whatever their query', () => {
    expect(cacheKeyFor(new URL(`${origin}/my-list/?services=a,b`))).toBe(`${origin}/my-list/`);
    expect(cacheKeyFor(new URL(`${origin}/search/?q=speech&cost=free`))).toBe(`${origin}/search/`);
    expect(cacheKeyFor(new URL(`${origin}/pagefind/pagefind-entry.json?ts=123`))).toBe(`${origin}/pagefind/pagefind-entry.json`);
  });

  it('keeps other pages with a query separately', () => {
    expect(cacheKeyFor(new URL(`${origin}/services/?letter=b`))).toBe(`${origin}/services/?letter=b`);
  });

  it('knows its own caches by their build id', () => {
    expect(buildIdOf('local-offer-abc123')).toBe('abc123');
    expect(buildIdOf('someone-elses-cache')).toBeUndefined();
  });
});

describe('the offline copy', () => {
  it('names pages by the address people visit', () => {
    expect(urlFor('services/chatterbox/index.html')).toBe('/services/chatterbox/');
    expect(urlFor('index.html')).toBe('/');
    expect(urlFor('pagefind/pagefind.js')).toBe('/pagefind/pagefind.js');
  });

  it('leaves out the CMS, sitemaps, compressed copies and the 404 page', () => {
    for (const url of [
      '/admin/index.html',
      '/admin/config.yml',
      '/sitemap-0.xml',
      '/robots.txt',
      '/_headers',
      '/sw.js',
      '/services/x/index.html.br',
      '/404.html',
    ])
      expect(isSaved(url), url).toBe(false);
    for (const url of ['/', '/services/x/', '/_astro/a.css', '/pagefind/index/en_1.pf_index', '/manifest.webmanifest', '/icons/icon-192.png'])
      expect(isSaved(url), url).toBe(true);
  });

  it('finds the stylesheets, scripts and images a page loads', () => {
    expect(
      assetsOf('<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script><img src="/images/c.png" alt=""><a href="/x/">'),
    ).toEqual(['/_astro/a.css', '/_astro/b.js', '/images/c.png']);
  });

  it('gives the download size in words a parent knows', () => {
    expect(describeBytes(1_234_567)).toBe('1.2 MB');
    expect(describeBytes(999_400)).toBe('999 kB');
    expect(describeBytes(200)).toBe('1 kB');
  });
});
