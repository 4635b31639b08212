import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import type { RunningSite } from '../support/server';
import { startSiteAndBrowser } from '../support/site-and-browser';
import { axeTags } from '../support/axe';
import { builtHtml, builtPagePaths, sitemapPaths } from '../support/sitemap';

// Schools, nurseries and colleges as a parent on a phone meets them, with
// JavaScript off, plus the search group with JavaScript on. One server and
// one browser for the file.
let site: RunningSite;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
let page: Page;
beforeAll(async () => {
  ({ site, browser, stop } = await startSiteAndBrowser());
  page = await browser.newPage({ viewport: { width: 320, height: 740 }, javaScriptEnabled: false });
});
afterAll(() => stop?.());

const h1 = async () => (await page.getByRole('heading', { level: 1 }).textContent())?.trim();

describe('schools, nurseries and colleges without JavaScript', () => {
  it('ships no script on any list or setting page', () => {
    const pages = builtPagePaths().filter((p) => p.startsWith('/schools/'));
    expect(pages.length).toBeGreaterThan(60);
    expect(pages.filter((p) => /<script\b/i.test(builtHtml(p)))).toEqual([]);
  });

  it('takes a parent from the home page to the list in one tap, and to special schools in two', async () => {
    await page.goto(site.origin + '/');
    await page.getByRole('link', { name: 'Find a school, nursery or college' }).click(); // tap 1
    expect(await h1()).toBe('Schools, nurseries and colleges');
    await page.getByRole('link', { name: 'Special schools', exact: true }).click(); // tap 2
    expect(page.url()).toBe(`${site.origin}/schools/kind/special-school/`);
    expect(await page.locator('.app-card__title').allTextContents()).toEqual(['Elmtree School', 'Oakfield School']);
    // The filter on is shown, and a link removes it.
    await page.getByRole('link', { name: 'Remove this filter: kind Special schools' }).click();
    expect(page.url()).toBe(`${site.origin}/schools/`);
  });

  it('combines filters in a shareable address, offering only choices that lead somewhere', async () => {
    await page.goto(site.origin + '/schools/stage/primary/');
    // On a filtered list the choices fold away under their summary, so the list comes first on a phone.
    await page.getByText('Filter by stage, kind of setting or need').click();
    await page.getByRole('link', { name: /^Inclusion bases/ }).click();
    expect(page.url()).toBe(`${site.origin}/schools/stage/primary/kind/inclusion-base/`);
    expect(await page.locator('.app-card__title').allTextContents()).toEqual(['Greenway Primary School', 'Our Lady and St Joseph’s Catholic Primary']);
    // No setting has places for vision impairment, so there is no link to an empty list.
    expect(await page.getByRole('link', { name: 'Blind or vision impairment' }).count()).toBe(0);
    // A need is a list of its own: choosing one clears stage and kind.
    await page.getByText('Filter by stage, kind of setting or need').click();
    await page.getByRole('link', { name: 'Deaf or hearing impairment' }).click();
    expect(page.url()).toBe(`${site.origin}/schools/need/hearing/`);
    expect(await page.locator('.app-card__title').allTextContents()).toEqual([
      'Eastvale School for Deaf Children',
      'Our Lady and St Joseph’s Catholic Primary',
    ]);
  });

  it('pages the whole list as the other browse lists do', async () => {
    await page.goto(site.origin + '/schools/');
    const first = await page.locator('.app-card__title').count();
    await page.getByRole('link', { name: /Next page/ }).click();
    expect(page.url()).toBe(`${site.origin}/schools/page/2/`);
    expect(first + (await page.locator('.app-card__title').count())).toBe(31);
    expect(await page.title()).toMatch(/^Schools, nurseries and colleges \(page 2 of 2\)/);
  });

  it("says on a base's school page how places are offered, who the SENCo is and where the SEN information report is", async () => {
    await page.goto(site.origin + '/schools/hollins-park-academy/');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Through school admissions');
    expect(text).toContain('The Harbour (autism base)');
    expect(text).toContain('Places in the base are offered through an EHC plan');
    expect(text).toMatch(/Talk to the SENCo on 01632 9608\d\d or by email/);
    expect(await page.getByRole('link', { name: /SEN information report/ }).getAttribute('href')).toMatch(/^https:\/\/.+\/sen-information-report$/);
    expect(await page.getByRole('link', { name: /how to ask for an EHC needs assessment/ }).getAttribute('href')).toBe('/information/ehc-needs-assessment/');
    expect(await page.getByRole('link', { name: /should offer without an EHC plan/ }).getAttribute('href')).toBe(
      '/information/ordinarily-available-provision/',
    );
    expect(await page.getByRole('heading', { name: 'How do you find out if my child needs extra help?' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Hollins Park Academy autism base' }).getAttribute('href')).toBe('/services/hollins-park-academy-autism-base/');
  });

  it('labels a setting outside the area with the area it is in', async () => {
    await page.goto(site.origin + '/schools/eastvale-school-for-deaf-children/');
    expect(await page.getByRole('heading', { name: 'This setting is outside Northbridge' }).isVisible()).toBe(true);
    expect(await page.locator('main').innerText()).toContain('Outside Northbridge: in Eastvale');
  });

  it('links the ordinarily available provision guide from the SEN support page', async () => {
    await page.goto(site.origin + '/information/sen-support-in-schools/');
    await page.getByRole('link', { name: 'guide to ordinarily available provision' }).click();
    expect(await h1()).toMatch(/ordinarily available provision/);
    for (const area of ['Communication and interaction', 'Cognition and learning', 'Social, emotional and mental health', 'Sensory and physical needs']) {
      expect(await page.getByRole('heading', { level: 2, name: area }).isVisible(), area).toBe(true);
    }
  });

  it('lists every filtered list in the sitemap, so the sitewide axe sweep covers them, and passes axe at 320 px on a sample', async () => {
    const combined = '/schools/stage/secondary/kind/inclusion-base/';
    const listed = new Set(sitemapPaths());
    expect(builtPagePaths().filter((p) => p.startsWith('/schools/') && !listed.has(p))).toEqual([]);
    // axe runs as a script in the page, so this page has JavaScript on (the site's pages have none of their own).
    const axeContext = await browser.newContext({ viewport: { width: 320, height: 740 } });
    const axePage = await axeContext.newPage();
    for (const path of [combined, '/schools/oakfield-school/']) {
      await axePage.goto(site.origin + path);
      const results = await new AxeBuilder({ page: axePage }).withTags(axeTags).analyze();
      expect(results.violations.map((v) => `${path} ${v.id}: ${v.help}`)).toEqual([]);
      expect(await axePage.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), path).toBe(0);
    }
    await axeContext.close();
  });

  it('lists settings due for a check and imported ones waiting for a navigator in the review queue', async () => {
    await page.goto(site.origin + '/admin/review/');
    const overdue = await page.getByRole('table', { name: 'Overdue, most overdue first' }).innerText();
    expect(overdue).toMatch(/\(school, nursery or college\)/);
    expect(await page.getByRole('heading', { name: 'Schools, nurseries and colleges waiting for a navigator' }).isVisible()).toBe(true);
  });
});

describe('schools, nurseries and colleges in search', () => {
  it('shows services first and settings as their own group, without JavaScript', async () => {
    await page.goto(`${site.origin}/search?q=${encodeURIComponent('speech therapy')}`);
    expect(await page.locator('#search-list > li').count()).toBeGreaterThan(2);
    const groups = await page.locator('#search-list, #search-settings').evaluateAll((els) => els.map((e) => e.id));
    expect(groups).toEqual(['search-list', 'search-settings']);
    await page.goto(`${site.origin}/search?q=${encodeURIComponent('autism base')}`);
    expect(await page.locator('#search-settings-list a').first().textContent()).toBe('Hollins Park Academy');
  });

  it('finds settings as you type, misspelt, with JavaScript', async () => {
    const js = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await js.goto(`${site.origin}/search`);
    await js.getByLabel('Search for support or information').pressSequentially('special school for deef children');
    await js.locator('#search-settings:not([hidden])').waitFor();
    expect(await js.locator('#search-settings-list a').allTextContents()).toContain('Eastvale School for Deaf Children');
    await js.close();
  });
});
