import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { parseFeed } from 'htmlparser2';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningSite } from '../support/server';
import { startSiteAndBrowser } from '../support/site-and-browser';
import { builtHtml, sitemapPaths } from '../support/sitemap';
import { axeTags } from '../support/axe';
import { downloadedText } from '../support/download';

// The jargon buster, events and news as a parent meets them: on a phone,
// JavaScript off, and with a screen reader in mind (accessible names and the
// order things are read in), plus what a calendar app or feed reader receives.

let site: RunningSite;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  ({ site, browser, stop } = await startSiteAndBrowser());
  context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false, acceptDownloads: true });
  page = await context.newPage();
});
afterAll(() => stop?.());

const get = (path: string) => fetch(site.origin + path);
const pagesUnder = (prefix: string) => sitemapPaths().filter((p) => p.startsWith(prefix) && p !== prefix);

describe('jargon explained where a page first uses it', () => {
  const servicePage = '/services/help-with-money-benefits-advice-for-families/';

  it('writes an abbreviation out in full the first time, as a link to its meaning on the same page', async () => {
    await page.goto(site.origin + servicePage);
    const lead = page.locator('main p.app-lead');
    const link = lead.getByRole('link', { name: 'Disability Living Allowance (DLA)' });
    expect(await link.getAttribute('href')).toBe('#meaning-dla');
    const meaning = page.locator('#meaning-dla');
    expect(await meaning.textContent()).toBe('Disability Living Allowance (DLA)');
    expect(await page.locator('#meaning-dla + dd').textContent()).toMatch(/Money from the government/);
  });

  it('reads the sentence to a screen reader unchanged, with the words themselves as the link name', async () => {
    await page.goto(site.origin + servicePage);
    const snapshot = await page.locator('main p.app-lead').ariaSnapshot();
    expect(snapshot).toContain('Get help to claim');
    expect(snapshot).toContain('link "Disability Living Allowance (DLA)"');
    expect(snapshot).toContain('link "Personal Independence Payment (PIP)"');
    // No hidden words inside the links: what is seen is exactly what is heard.
    for (const link of await page.locator('main .app-glossary-link').all())
      expect(await link.evaluate((el) => el.textContent === (el as HTMLElement).innerText)).toBe(true);
  });

  it('explains each word once, in a list after the page text, with links whose names make sense on their own', async () => {
    await page.goto(site.origin + '/information/ehc-needs-assessment/');
    const hrefs = await page.locator('main .app-glossary-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThanOrEqual(5);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    const terms = await page.locator('.app-words-explained dt').evaluateAll((dts) => dts.map((dt) => `#${dt.id}`));
    expect(terms).toEqual(hrefs); // same order as the page first uses them
    const names = await page.locator('.app-words-explained dd a').evaluateAll((links) => links.map((a) => a.textContent?.trim()));
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe('More about Education, Health and Care plan in the jargon buster');
    // Reading order: the page text, then the words.
    const order = await page.evaluate(() => {
      const prose = document.querySelector('main .app-prose')!;
      const words = document.querySelector('.app-words-explained')!;
      return prose.compareDocumentPosition(words) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
  });

  it('takes a keyboard or tap user from the word to its meaning without JavaScript', async () => {
    await page.goto(site.origin + '/information/ehc-needs-assessment/');
    await page.locator('main .app-prose').getByRole('link', { name: 'annual review' }).click();
    expect(new URL(page.url()).hash).toBe('#meaning-annual-review');
    const target = page.locator('#meaning-annual-review');
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await target.isVisible()).toBe(true);
    const box = (await target.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(-1); // scrolled to the top of the screen; sub-pixel scrolling can leave it a fraction above
    expect(box.y).toBeLessThan(640);
  });

  it('never links headings, and every explanation link on every page has its meaning on that page', () => {
    const paths = [
      ...pagesUnder('/services/'),
      ...pagesUnder('/information/'),
      ...pagesUnder('/events/'),
      ...pagesUnder('/news/'),
      ...pagesUnder('/newsletter/'),
    ];
    expect(paths.length).toBeGreaterThan(80);
    const problems: string[] = [];
    let explained = 0;
    for (const path of paths) {
      const html = builtHtml(path);
      if (/<h[1-6][^>]*>(?:(?!<\/h[1-6]>).)*app-glossary-link/s.test(html)) problems.push(`${path}: a heading has a glossary link`);
      for (const [, slug] of html.matchAll(/href="#meaning-([a-z0-9-]+)"/g)) {
        explained++;
        if (!html.includes(`id="meaning-${slug}"`)) problems.push(`${path}: no meaning for ${slug}`);
      }
    }
    expect(problems).toEqual([]);
    expect(explained).toBeGreaterThan(100);
  });
});

describe('the jargon buster A to Z', () => {
  it('lists at least 40 words with meanings, and finds a word from its abbreviation', async () => {
    await page.goto(site.origin + '/glossary/');
    expect(await page.locator('.app-glossary-entry').count()).toBeGreaterThanOrEqual(40);
    await page.getByRole('link', { name: 'E', exact: true }).click();
    await page.getByRole('link', { name: 'EHCP: Education, Health and Care plan' }).click();
    expect(new URL(page.url()).hash).toBe('#ehcp');
    const entry = page.locator('#ehcp');
    expect(await entry.getByRole('heading', { level: 3 }).textContent()).toBe('Education, Health and Care plan');
    expect(await entry.textContent()).toMatch(/Also called: EHCP, EHC plan, statement/);
  });

  it('is in the main navigation on every page', async () => {
    await page.goto(site.origin + '/');
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jargon buster' }).getAttribute('href')).toBe('/glossary/');
  });
});

describe('events', () => {
  // The build day is when the calendar feed was made (its DTSTAMP); past events drop off the list as of that day.
  let buildDay = '';
  let feed = '';
  beforeAll(async () => {
    feed = await (await get('/events.ics')).text();
    const stamp = feed.match(/^DTSTAMP:(\d{4})(\d{2})(\d{2})T/m)!;
    buildDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(`${stamp[1]}-${stamp[2]}-${stamp[3]}T12:00:00Z`));
  });
  const londonDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(iso));

  it('shows only events that have not finished on the upcoming list, and the rest on the past list', async () => {
    await page.goto(site.origin + '/events/');
    const upcoming = await page.locator('main .app-card time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    await page.goto(site.origin + '/events/past/');
    const past = await page.locator('main .app-card time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    for (const start of upcoming) expect(londonDay(start) >= buildDay, `${start} is upcoming on ${buildDay}`).toBe(true);
    for (const start of past) expect(londonDay(start) < buildDay, `${start} is past on ${buildDay}`).toBe(true);
    expect(upcoming.length + past.length).toBe(pagesUnder('/events/').filter((p) => p !== '/events/past/').length);
    expect([...upcoming].sort()).toEqual(upcoming); // soonest first
    expect([...past].sort().reverse()).toEqual(past); // most recent first
  });

  it('gives an upcoming event an "Add to calendar" file that opens at the right UK time', async () => {
    await page.goto(site.origin + '/events/');
    const first = page.locator('main .app-card').first();
    const start = (await first.locator('time').getAttribute('datetime'))!;
    await first.getByRole('link').first().click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Add to calendar' }).click()]);
    const ics = (await downloadedText(download)).replace(/\r\n[ \t]/g, '');
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    const utc = new Date(start)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    expect(ics).toContain(`DTSTART:${utc}`);
    expect(ics).toContain(`URL:${new URL(page.url()).pathname.replace(/^/, 'https://localoffer.northbridge.example')}`);
    const response = await get(new URL(page.url()).pathname.replace(/\/$/, '.ics'));
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
  });

  it('offers the whole calendar as one feed with every event in it', async () => {
    expect((await get('/events.ics')).headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(feed.match(/^BEGIN:VEVENT$/gm)!.length).toBe(new Set(feed.match(/^UID:.+$/gm)).size);
    expect(feed.match(/^BEGIN:VEVENT$/gm)!.length).toBeGreaterThanOrEqual(10);
    await page.goto(site.origin + '/events/');
    expect(await page.getByRole('link', { name: 'Add all events to your calendar' }).getAttribute('href')).toBe('/events.ics');
  });

  it('says a cancelled event is cancelled, in words', async () => {
    await page.goto(site.origin + '/events/sendiass-drop-in-cancelled/');
    expect(await page.getByRole('heading', { name: 'This event is cancelled' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Add to calendar' }).count()).toBe(0);
  });
});

describe('news and the newsletter', () => {
  it('lists news newest first and offers Atom and RSS feeds with the same posts', async () => {
    await page.goto(site.origin + '/news/');
    const titles = await page.locator('main .app-card__title').allTextContents();
    const dates = await page.locator('main .app-card time').evaluateAll((t) => t.map((x) => x.getAttribute('datetime')!));
    expect(titles.length).toBeGreaterThanOrEqual(5);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe('/news/atom.xml');
    for (const path of ['/news/atom.xml', '/news/rss.xml']) {
      const response = await get(path);
      expect(response.headers.get('content-type')).toMatch(/xml/);
      const parsed = parseFeed(await response.text())!;
      expect(parsed.items.map((i) => i.title)).toEqual(titles.map((t) => t.trim()));
    }
  });

  it('prints a newsletter issue with its news, events and contact details, without the website menus', async () => {
    await page.goto(site.origin + '/newsletter/');
    await page.locator('main .app-card__title a').first().click();
    const issue = page.url();
    expect(await page.getByRole('heading', { level: 2, name: 'News', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 2, name: "What's on" }).isVisible()).toBe(true);
    const whatsOn = await page.locator('section[aria-labelledby="whats-on"]').textContent();
    expect(whatsOn).toMatch(/01632 96\d{4}|Just turn up/); // how to go or book, in words for paper
    await page.emulateMedia({ media: 'print' });
    await page.goto(issue);
    for (const hidden of ['.app-header', '.app-nav', '.app-footer', 'nav[aria-labelledby="in-this-issue"]'])
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    expect(await page.getByRole('heading', { name: 'Contact us' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Words used in this newsletter' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('links to the council’s own newsletter sign-up, and offers a printed copy by phone', async () => {
    await page.goto(site.origin + '/news/');
    const signUp = page.getByRole('link', { name: 'Sign up to get the newsletter by email' });
    expect(await signUp.getAttribute('href')).toBe('https://www.northbridge.example/local-offer-newsletter');
    expect(await page.locator('.app-newsletter-sign-up').textContent()).toMatch(/printed copy by post, call 01632 960100/);
  });
});

describe('accessibility of the new pages', () => {
  // The sitewide sweep (accessibility.test.ts) checks these pages on screen; this checks what prints.
  // axe runs as a script, so this context has JavaScript on; the pages themselves ship none (tested below).
  it('has no axe violations on each kind of new page when printed', async () => {
    const paths = [
      '/glossary/',
      '/events/',
      '/events/past/',
      pagesUnder('/events/')[0],
      '/news/',
      pagesUnder('/news/')[0],
      '/newsletter/',
      pagesUnder('/newsletter/')[0],
    ];
    const problems: string[] = [];
    const axeContext = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await axeContext.newPage();
    for (const media of ['print'] as const) {
      await page.emulateMedia({ media });
      for (const path of paths) {
        await page.goto(site.origin + path);
        const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
        for (const v of results.violations) problems.push(`${media} ${path}: ${v.id} – ${v.help}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${media} ${path}: scrolls sideways by ${overflow}px`);
      }
    }
    await axeContext.close();
    expect(problems).toEqual([]);
  }, 300_000);

  it('ships no script on the jargon buster, events, news or newsletter pages', () => {
    const paths = sitemapPaths().filter((p) => /^\/(glossary|events|news|newsletter)\//.test(p));
    expect(paths.length).toBeGreaterThan(25);
    expect(paths.filter((p) => /<script\b/i.test(builtHtml(p)))).toEqual([]);
  });
});
