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

const browsePrefixes = ['/age/', '/need/', '/tier/', '/topic/', '/services/', '/information/', '/organisations/'];

describe('browsing without JavaScript', () => {
  it('ships no script on the home page, browse pages or service pages', () => {
    const browsePages = sitemapPaths().filter((p) => p === '/' || browsePrefixes.some((prefix) => p.startsWith(prefix)));
    expect(browsePages.length).toBeGreaterThan(60);
    const withScript = browsePages.filter((p) => /<script\b/i.test(builtHtml(p)));
    expect(withScript).toEqual([]);
  });

  it('gets a parent from the home page to a universal speech service for a 3-year-old in 3 taps', async () => {
    await page.goto(site.origin + '/');
    await page.getByRole('link', { name: /^0 to 5 years/ }).click(); // tap 1
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toMatch('What are you worried about?');
    await page.getByRole('link', { name: /^Talking, understanding others/ }).click(); // tap 2
    const universal = page.locator('section', { has: page.getByRole('heading', { name: /^Support anyone can use/ }) });
    // The graduated approach: the first group on the page is the universal one.
    expect(await page.locator('section.app-tier-group').first().getAttribute('class')).toMatch(/app-tier-group--universal/);
    const speech = universal.getByRole('link', { name: /speech|talk|language/i }).first();
    await speech.click(); // tap 3
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toMatch(/speech|talk|language/i);
    expect(await page.getByText('Support anyone can use').first().isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'How to get it' }).isVisible()).toBe(true);
  });

  it('shows universal, then targeted, then specialist groups, each explained in one sentence, across the pages of a long list', async () => {
    await page.goto(site.origin + '/age/primary/all/');
    expect((await page.locator('.app-tier-group__explanation').first().textContent())?.trim()).toMatch(/no referral|do not need a referral/i);
    const headings: string[] = [];
    const cards: string[] = [];
    for (let pageNumber = 1; ; pageNumber++) {
      headings.push(...(await page.locator('section.app-tier-group h2').allTextContents()).map((h) => h.replace(/\s*\(\d+\)$/, '')));
      cards.push(...(await page.locator('.app-card__title a').allTextContents()));
      const next = page.getByRole('link', { name: 'Next page of this list' });
      if ((await next.count()) === 0) break;
      await next.click();
      expect(new URL(page.url()).pathname).toBe(`/age/primary/all/page/${pageNumber + 1}/`);
    }
    expect(headings.filter((h) => !h.endsWith(', continued'))).toEqual(['Support anyone can use', 'Extra help for identified needs', 'Specialist support']);
    expect(new Set(cards).size).toBe(cards.length);
    const total = Number((await page.locator('.app-lead').textContent())?.match(/^(\d+) services/)?.[1]);
    expect(cards.length).toBe(total);
    expect(total).toBeGreaterThan(30);
  });

  it('finds a service in the A to Z by the first letter of its name, every service once across the letters', async () => {
    await page.goto(site.origin + '/services/');
    const letters = page.getByRole('navigation', { name: 'Services by first letter' });
    await letters.getByRole('link', { name: 'C', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe('/services/letter/c/');
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe('Services A to Z: C');
    expect(await letters.getByRole('link', { name: 'C', exact: true }).getAttribute('aria-current')).toBe('page');
    const names = await page.locator('.app-az-entry a').allTextContents();
    expect(names.length).toBeGreaterThan(1);
    expect(names.every((n) => /^c/i.test(n.trim()))).toBe(true);
    expect([...names].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }))).toEqual(names);
    await page.locator('.app-az-entry a').first().click();
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(names[0].trim());
    // The letter pages together list what the one-page A to Z lists, each service once.
    const onePage = (builtHtml('/services/').match(/class="app-az-entry"/g) ?? []).length;
    const letterPages = sitemapPaths().filter((p) => p.startsWith('/services/letter/'));
    const perLetter = letterPages.reduce((n, p) => n + (builtHtml(p).match(/class="app-az-entry"/g) ?? []).length, 0);
    expect(perLetter).toBe(onePage);
  });

  it('jumps from page 1 to the type of support that starts on a later page', async () => {
    await page.goto(site.origin + '/age/primary/all/');
    await page.getByRole('link', { name: /^Specialist support \(\d+\)$/ }).click();
    expect(new URL(page.url()).pathname).toMatch(/^\/age\/primary\/all\/(page\/\d+\/)?$/);
    expect(await page.locator('#tier-specialist').isVisible()).toBe(true);
    expect(await page.locator('#tier-specialist').textContent()).not.toContain('continued');
  });
});

describe('keyboard users', () => {
  it('can skip straight to the main content with the first Tab', async () => {
    await page.goto(site.origin + '/services/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.x >= 0 && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator('main').evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('can see which link has focus', async () => {
    await page.goto(site.origin + '/');
    const link = page.getByRole('link', { name: /^0 to 5 years/ });
    const before = await link.evaluate((el) => getComputedStyle(el).backgroundColor + getComputedStyle(el).boxShadow);
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    const after = await link.evaluate((el) => getComputedStyle(el).backgroundColor + getComputedStyle(el).boxShadow);
    expect(after).not.toEqual(before);
    expect(after).toContain('rgb(255, 221, 0)');
  });
});
