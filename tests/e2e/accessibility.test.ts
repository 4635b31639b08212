import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import type { RunningSite } from '../support/server';
import { startSiteAndBrowser } from '../support/site-and-browser';
import { builtPagePaths, sitemapPaths } from '../support/sitemap';
import { axeTags } from '../support/axe';

let site: RunningSite;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ site, browser, stop } = await startSiteAndBrowser());
});
afterAll(() => stop?.());

describe('every built page', () => {
  it('is listed in the sitemap (so the sweep below misses nothing)', () => {
    const listed = new Set(sitemapPaths());
    const unlisted = builtPagePaths().filter((p) => p !== '/404.html' && !p.startsWith('/admin') && !listed.has(p));
    expect(unlisted).toEqual([]);
  });

  it('has no axe violations and no sideways scrolling at 320 px, with JavaScript on', async () => {
    const paths = [...sitemapPaths(), '/404.html', '/this-page-does-not-exist/'];
    expect(paths.length).toBeGreaterThan(60);
    const problems: string[] = [];
    // Two tabs at once: the machines have two cores.
    const queue = [...paths];
    const worker = async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      const page: Page = await context.newPage();
      for (let p = queue.shift(); p; p = queue.shift()) {
        await page.goto(site.origin + p);
        const results = await new AxeBuilder({ page }).withTags(axeTags).options({ resultTypes: ['violations'] }).analyze();
        for (const v of results.violations)
          problems.push(`${p}: ${v.id} (${v.impact}) – ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${p}: scrolls sideways by ${overflow}px at 320px wide`);
      }
      await context.close();
    };
    await Promise.all([worker(), worker()]);
    expect(problems).toEqual([]);
    console.log(`axe sweep: ${paths.length} pages, 0 violations`);
  }, 1_200_000);
});
