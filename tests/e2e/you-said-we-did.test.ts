import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { RunningSite } from '../support/server';
import { startSiteAndBrowser } from '../support/site-and-browser';
import { builtHtml, sitemapPaths } from '../support/sitemap';

let site: RunningSite;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
let page: Page;
beforeAll(async () => {
  ({ site, browser, stop } = await startSiteAndBrowser());
  page = await browser.newPage({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
});
afterAll(() => stop?.());

describe('"You said, we did"', () => {
  it('is built as static pages with no script: the log, each theme, each status, both together, and a report per year', () => {
    const paths = sitemapPaths().filter((p) => p.startsWith('/you-said-we-did/'));
    expect(paths).toContain('/you-said-we-did/');
    expect(paths).toContain('/you-said-we-did/theme/transport/');
    expect(paths).toContain('/you-said-we-did/status/in-progress/');
    expect(paths).toContain('/you-said-we-did/theme/health/done/');
    expect(paths).toContain('/you-said-we-did/report/2026/');
    expect([...paths, '/surveys/', '/privacy/'].filter((p) => /<script\b/i.test(builtHtml(p)))).toEqual([]);
  });

  it('lists updates newest month first, each saying what families said and what we did', async () => {
    await page.goto(site.origin + '/you-said-we-did/');
    const months = await page.locator('main section h2').allTextContents();
    expect(months[0]).toBe('November 2026');
    expect(months.at(-1)).toBe('December 2025');
    expect(months).toHaveLength(12);
    const first = page.locator('article').first();
    expect(await first.locator('dt').allTextContents()).toEqual(['You said', expect.stringMatching(/^We (did|are doing|will)$/)]);
  });

  it('filters by theme and then status with links, and shows how to remove each filter', async () => {
    await page.goto(site.origin + '/you-said-we-did/');
    const filters = page.locator('.app-filter');
    await page.getByText('Filter by theme or status').click();
    await filters.getByRole('link', { name: 'Travel to school or college' }).click();
    expect(new URL(page.url()).pathname).toBe('/you-said-we-did/theme/transport/');
    await page.getByText('Filter by theme or status').click();
    await filters.getByRole('link', { name: 'Done', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe('/you-said-we-did/theme/transport/done/');
    const themes = await page.locator('article .app-card__meta li:nth-child(2)').allTextContents();
    expect(themes.length).toBeGreaterThan(0);
    expect(new Set(themes)).toEqual(new Set(['Travel to school or college']));
    expect(await page.locator('article .govuk-tag').allTextContents()).toEqual(themes.map(() => 'Done'));
    await page.getByRole('link', { name: 'Remove this filter: theme Travel to school or college' }).click();
    expect(new URL(page.url()).pathname).toBe('/you-said-we-did/status/done/');
  });

  it('offers Atom and RSS feeds with every update', async () => {
    const atom = await (await fetch(site.origin + '/you-said-we-did/feed.xml')).text();
    const rss = await (await fetch(site.origin + '/you-said-we-did/rss.xml')).text();
    expect(atom).toMatch(/^<\?xml[^>]*>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(rss).toMatch(/<rss version="2.0"/);
    const entries = atom.match(/<entry>/g)?.length ?? 0;
    expect(entries).toBeGreaterThanOrEqual(36);
    expect(rss.match(/<item>/g)?.length).toBe(entries);
    expect(builtHtml('/you-said-we-did/')).toContain('<link rel="alternate" type="application/atom+xml"');
  });

  it('prints the yearly report without menus, feedback form or links to other pages getting in the way', async () => {
    await page.goto(site.origin + '/you-said-we-did/report/2026/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Comments about the Local Offer and our response: 2026');
    expect(await page.getByRole('table', { name: 'Comments and responses by theme' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.app-header', '.app-nav', '.app-footer', '.app-feedback', '.app-report__print-note'])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    expect(await page.getByRole('heading', { name: 'Health and therapies' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});
