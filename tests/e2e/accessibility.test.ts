import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningSite } from '../support/server';
import { startSiteAndBrowser } from '../support/site-and-browser';
import { builtPagePaths, sitemapPaths } from '../support/sitemap';
import { axeViolationsOfPage, preloadAxe } from '../support/axe';
import { TabPool } from '../support/tab-pool';

// The sitewide sweep: every page in the sitemap, the 404 page and an address
// that does not exist, each its own test so a failure names the page.
const paths = [...sitemapPaths(), '/404.html', '/this-page-does-not-exist/'];

let site: RunningSite;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
let contexts: BrowserContext[] = [];
// Two tabs at once (each in its own context, as a second visitor): the machines have two cores.
let tabs: TabPool;
beforeAll(async () => {
  ({ site, browser, stop } = await startSiteAndBrowser());
  contexts = await Promise.all([1, 2].map(() => browser.newContext({ viewport: { width: 320, height: 640 } })));
  await Promise.all(contexts.map((c) => preloadAxe(c)));
  tabs = new TabPool(await Promise.all(contexts.map((c) => c.newPage())));
});
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await stop?.();
});

describe('every built page', () => {
  it('is listed in the sitemap (so the sweep below misses nothing)', () => {
    const listed = new Set(sitemapPaths());
    const unlisted = builtPagePaths().filter((p) => p !== '/404.html' && !p.startsWith('/admin') && !listed.has(p));
    expect(unlisted).toEqual([]);
    expect(paths.length).toBeGreaterThan(60);
  });

  it.concurrent.for(paths)('%s has no axe violations and no sideways scrolling at 320 px, with JavaScript on', async (path, { expect }) => {
    await tabs.use(async (page: Page) => {
      await page.goto(site.origin + path);
      expect(await axeViolationsOfPage(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'pixels of sideways scrolling at 320 px wide').toBe(0);
    });
  });
});
