import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startBuiltSite, type RunningSite } from '../support/server';
import { launchBrowser } from '../support/browser';
import { qualityQueries, serviceSlugs } from './queries';

// The JavaScript path: Pagefind in the browser, results drawn as the parent types.
let site: RunningSite;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  site = await startBuiltSite();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(`${site.origin}/search`);
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe('search as you type puts the service a navigator would pick in the top 3', () => {
  it.each(qualityQueries().map((q) => [q.query, q.top3] as const))('for “%s”', async (query, top3) => {
    await page.fill('#search-q', query);
    await page.waitForFunction((q) => document.body.dataset.searchShown === q, query);
    const found = serviceSlugs(await page.$$eval('#search-list h2 a', (links) => links.map((a) => a.getAttribute('href') ?? '')));
    expect(found.slice(0, 3)).toEqual(expect.arrayContaining(top3));
  });
});
