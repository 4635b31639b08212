import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import type { RunningSite } from '../support/server';
import { startSiteAndBrowser } from '../support/site-and-browser';
import { builtHtml } from '../support/sitemap';
import { axeTags } from '../support/axe';

// The search page runs on the server, so it is not in the sitemap and the
// sitewide sweep (accessibility.test.ts) cannot reach it: it is checked here.

let site: RunningSite;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ site, browser, stop } = await startSiteAndBrowser());
});
afterAll(() => stop?.());

async function openPage(options: { javaScript: boolean; width?: number }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 360, height: 740 }, javaScriptEnabled: options.javaScript });
  return context.newPage();
}

const resultLinks = (page: Page) => page.$$eval('#search-list h2 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
const waitForResults = (page: Page, query: string) => page.waitForFunction((q) => document.body.dataset.searchShown === q, query);

describe('searching without JavaScript', () => {
  it('gives every page a search box that sends the words to /search, with no script on browse and service pages', () => {
    for (const path of ['/', '/age/early-years/', '/services/childrens-speech-and-language-therapy/', '/information/short-breaks/']) {
      const html = builtHtml(path);
      expect(html, path).toMatch(/<form class="app-header-search[^"]*"[^>]*action="\/search" method="get"/);
      expect(html, path).not.toMatch(/<script\b/i);
    }
  });

  it('takes a parent from the header box on a service page to results showing name, tier, ages, summary and how to get it', async () => {
    const page = await openPage({ javaScript: false });
    await page.goto(`${site.origin}/services/family-hubs/`);
    await page.getByRole('searchbox', { name: 'Search for support or information' }).fill('respite');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=respite$/);
    const first = page.locator('#search-list > li').first();
    expect(await first.getByRole('heading', { level: 2 }).textContent()).toMatch(/short breaks/i);
    const text = (await first.textContent()) ?? '';
    expect(text).toMatch(/Support anyone can use|Extra help for identified needs|Specialist support/);
    expect(text).toMatch(/Ages \d+ to \d+/);
    expect(text).toMatch(/How to get it: (You can contact them yourself|A professional needs to refer you|You need an Education, Health and Care plan)\./);
    expect(await page.locator('#search-count').textContent()).toMatch(/^\d+ services? found$/);
  });

  it('says "Showing results for" when it corrected a typo, with a link to search for the words as typed', async () => {
    const page = await openPage({ javaScript: false });
    await page.goto(`${site.origin}/search?q=speach+therapy`);
    const correction = page.locator('#search-correction');
    expect(await correction.textContent()).toContain('Showing results for speech and language therapy.');
    await correction.getByRole('link', { name: 'Search for “speach therapy” instead' }).click();
    await page.waitForURL(/exact=speach\+therapy/);
    expect(await correction.isVisible()).toBe(false);
    expect(await page.locator('#search-q').inputValue()).toBe('speach therapy');
  });

  it('never leaves a parent at a dead end: no results suggests browsing by age and need, or phoning', async () => {
    const page = await openPage({ javaScript: false });
    await page.goto(`${site.origin}/search?q=zzqxv`);
    expect(await page.locator('#search-count').textContent()).toBe('No services found');
    const noResults = page.locator('#search-no-results');
    expect(await noResults.isVisible()).toBe(true);
    expect(await noResults.getByRole('link', { name: /^0 to 5 years/ }).getAttribute('href')).toBe('/age/early-years/');
    expect(await noResults.getByRole('link', { name: 'Feelings, behaviour and mental health' }).getAttribute('href')).toBe(
      '/need/social-emotional-mental-health/',
    );
    expect(await noResults.getByRole('link', { name: /^01632 96/ }).count()).toBe(1);
    expect(await noResults.getByText('removing some filters').isVisible()).toBe(false);
  });

  it('narrows results with filters, shows them as removable tags, and keeps them in the address', async () => {
    const page = await openPage({ javaScript: false });
    await page.goto(`${site.origin}/search?q=autism`);
    const before = Number((await page.locator('#search-count').textContent())?.match(/^\d+/)?.[0]);
    await page.getByText('Filter results').click();
    await page.getByLabel('0 to 5 (early years)').check();
    await page.getByLabel('Free', { exact: true }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/age=early-years/);
    expect(page.url()).toContain('/search?q=autism&age=early-years&cost=free');
    const cards = await page.locator('#search-list > li').allTextContents();
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThan(before);
    for (const card of cards) expect(card).toMatch(/Ages [0-5] to \d+.*Free/);

    const tag = page.getByRole('link', { name: 'Remove this filter: Free' });
    expect(await tag.isVisible()).toBe(true);
    await tag.click();
    await page.waitForURL((url) => !url.search.includes('cost='));
    expect(page.url()).toContain('/search?q=autism&age=early-years');
    expect(await page.getByRole('link', { name: 'Remove this filter: 0 to 5 (early years)' }).isVisible()).toBe(true);
  });

  it('opens a shared or bookmarked search address with the same results', async () => {
    const address = `${site.origin}/search?q=autism&tier=universal&age=primary`;
    const first = await openPage({ javaScript: false });
    await first.goto(address);
    const second = await openPage({ javaScript: true });
    await second.goto(address);
    const found = await resultLinks(first);
    expect(found.length).toBeGreaterThan(0);
    expect(await resultLinks(second)).toEqual(found);
    expect(await second.getByLabel('Support anyone can use').isChecked()).toBe(true);
  });
});

describe('searching with JavaScript', () => {
  it('shows results as the parent types, without pressing Search, and puts the words in the address', async () => {
    const page = await openPage({ javaScript: true });
    await page.goto(`${site.origin}/search`);
    await page.evaluate(() => ((window as unknown as { stayedOnPage: boolean }).stayedOnPage = true));
    await page.locator('#search-q').pressSequentially('respite', { delay: 40 });
    await waitForResults(page, 'respite');
    expect((await resultLinks(page)).slice(0, 2)).toEqual(
      expect.arrayContaining(['/services/maple-house-overnight-short-breaks/', '/services/sunshine-club-after-school-and-holiday-short-breaks/']),
    );
    expect(await page.locator('#search-correction').textContent()).toContain('Showing results for short breaks.');
    expect(await page.evaluate(() => (window as unknown as { stayedOnPage?: boolean }).stayedOnPage)).toBe(true);
    await page.waitForURL((url) => url.search === '?q=respite');
  });

  it('reads out the number of results from a live region once typing pauses', async () => {
    const page = await openPage({ javaScript: true });
    await page.goto(`${site.origin}/search`);
    const count = page.locator('#search-count');
    expect(await count.getAttribute('role')).toBe('status');
    await page.locator('#search-q').pressSequentially('wheelchair', { delay: 30 });
    await page.waitForFunction(() => /found$/.test(document.getElementById('search-count')?.textContent ?? ''));
    const shown = (await resultLinks(page)).length;
    expect(shown).toBeLessThan(10); // one page, so the count is what is on screen
    expect(await count.textContent()).toBe(`${shown} ${shown === 1 ? 'service' : 'services'} found`);
  });

  it('applies a filter as soon as it is ticked, and the back button takes it off again', async () => {
    const page = await openPage({ javaScript: true, width: 1024 });
    await page.goto(`${site.origin}/search`);
    await page.locator('#search-q').fill('speech');
    await waitForResults(page, 'speech');
    const all = await resultLinks(page);
    expect(await page.locator('#search-filters').getAttribute('open')).not.toBeNull();
    await page.getByLabel('Support anyone can use').check();
    await page.waitForURL(/tier=universal/);
    await page.waitForFunction(
      () => document.querySelectorAll('#search-list .govuk-tag--green').length === document.querySelectorAll('#search-list > li').length,
    );
    const universal = await resultLinks(page);
    expect(universal.length).toBeGreaterThan(0);
    expect(universal.length).toBeLessThan(all.length);
    expect(await page.getByRole('link', { name: 'Remove this filter: Support anyone can use' }).isVisible()).toBe(true);

    await page.goBack();
    await page.waitForURL((url) => url.search === '?q=speech');
    await page.waitForFunction((n) => document.querySelectorAll('#search-list > li').length === n, all.length);
    expect(await page.getByLabel('Support anyone can use').isChecked()).toBe(false);
    expect(await resultLinks(page)).toEqual(all);
  });

  it('lists services for filters ticked with no words, universal first and A to Z, as the server does', async () => {
    const noScript = await openPage({ javaScript: false });
    await noScript.goto(`${site.origin}/search?age=early-years&cost=free`);
    const expected = await resultLinks(noScript);
    const expectedCount = await noScript.locator('#search-count').textContent();
    expect(expected.length).toBeGreaterThan(1);
    const page = await openPage({ javaScript: true, width: 1024 });
    await page.goto(`${site.origin}/search?age=early-years`);
    await page.getByLabel('Free', { exact: true }).check();
    await page.waitForURL(/age=early-years&cost=free/);
    // The list for age alone is ten cards too, so wait for these cards, not for a count of them: on a busy
    // machine the server's answer for the new address can come after the old list has been counted.
    await page
      .waitForFunction(
        (links) => JSON.stringify([...document.querySelectorAll('#search-list h2 a')].map((a) => a.getAttribute('href') ?? '')) === links,
        JSON.stringify(expected),
        { timeout: 15_000 },
      )
      .catch(() => undefined);
    expect(await resultLinks(page)).toEqual(expected);
    await page.waitForFunction((text) => document.getElementById('search-count')?.textContent === text, expectedCount);
  });

  it('lets a keyboard user open the filters, tick one with Space and stay where they are', async () => {
    const page = await openPage({ javaScript: true });
    await page.goto(`${site.origin}/search?q=autism`);
    await page.locator('#search-q').focus();
    await page.keyboard.press('Tab'); // the Search button
    await page.keyboard.press('Tab'); // "Filter results"
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Filter results/);
    await page.keyboard.press('Enter');
    expect(await page.locator('#search-filters').getAttribute('open')).not.toBeNull();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).id)).toBe('filter-need-communication-interaction');
    await page.keyboard.press('Space');
    await page.waitForURL(/need=communication-interaction/);
    await page.waitForFunction(
      () =>
        /found$/.test(document.getElementById('search-count')?.textContent ?? '') &&
        document.getElementById('search-filter-count')?.textContent === ' (1 selected)',
    );
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    expect(await page.getByRole('link', { name: 'Remove this filter: Talking, understanding and getting on with others' }).isVisible()).toBe(true);
  });

  it('does not move anything on the page as results arrive (no layout shift)', async () => {
    for (const width of [320, 1024]) {
      const page = await openPage({ javaScript: true, width });
      await page.goto(`${site.origin}/search?q=autism`);
      await page.locator('#search-q').fill('');
      await page.locator('#search-q').pressSequentially('short breaks', { delay: 30 });
      await waitForResults(page, 'short breaks');
      await page.waitForFunction(() => /found$/.test(document.getElementById('search-count')?.textContent ?? ''));
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
                if (!entry.hadRecentInput) total += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 300);
          }),
      );
      expect(shift, `at ${width}px`).toBe(0);
    }
  });
});

describe('the search page is accessible', () => {
  const states = [
    ['before searching', '/search'],
    ['with results', '/search?q=autism'],
    ['with a correction', '/search?q=speach+therapy'],
    ['with no results', '/search?q=zzqxv&cost=free'],
    ['with filters applied', '/search?q=speech&age=early-years&tier=universal&cost=free'],
    ['with filters but no words', '/search?need=sensory-physical&access=self-referral'],
    ['on page 2', '/search?q=school&page=2'],
  ] as const;

  // axe needs JavaScript to run; until the parent types, the page is exactly the server's HTML.
  it.each(states)('has no axe violations and no sideways scrolling at 320 px %s', async (_, path) => {
    const page = await openPage({ javaScript: true, width: 320 });
    await page.goto(site.origin + path);
    // Check the filter checkboxes too, not just the closed panel.
    await page.locator('#search-filters').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    const problems = results.violations.map(
      (v) =>
        `${v.id} – ${v.help} – ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) problems.push(`scrolls sideways by ${overflow}px`);
    await page.context().close();
    expect(problems).toEqual([]);
  });

  it('has no axe violations after results are drawn as you type', async () => {
    const page = await openPage({ javaScript: true, width: 320 });
    await page.goto(`${site.origin}/search`);
    await page.locator('#search-q').pressSequentially('autisim', { delay: 20 });
    await waitForResults(page, 'autisim');
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
