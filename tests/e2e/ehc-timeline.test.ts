/**
 * The EHC journey page (/ehc-journey/) as a parent uses it on a phone: the
 * guide without JavaScript, the personal timeline with it, kept on the device
 * and never sent anywhere; GOV.UK errors; letters; annual review mode; the
 * calendar file; a one-page print; axe at 320 px in every state; keyboard only.
 * One site and one browser for the file.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import type { RunningSite } from '../support/server';
import { startSiteAndBrowser } from '../support/site-and-browser';
import { axeTags } from '../support/axe';
import { downloadedText } from '../support/download';

let site: RunningSite;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ site, browser, stop } = await startSiteAndBrowser());
});
afterAll(() => stop?.());

const path = '/ehc-journey/';

/** A phone whose calendar says `today` (10:00 UK time), recording every request it makes. */
async function phone(today: string, { width = 320, javaScriptEnabled = true } = {}): Promise<{ context: BrowserContext; page: Page; requests: Request[] }> {
  const context = await browser.newContext({ viewport: { width, height: 740 }, javaScriptEnabled, timezoneId: 'Europe/London' });
  // The page's "today" is the phone's calendar (no clock is needed without JavaScript).
  if (javaScriptEnabled) await context.clock.setFixedTime(new Date(`${today}T10:00:00Z`));
  const requests: Request[] = [];
  context.on('request', (r) => requests.push(r));
  const page = await context.newPage();
  await page.goto(site.origin + path);
  return { context, page, requests };
}

/** Axe over the whole page, or (for the timeline's states) over the part that changed: the static guide is checked once, and by the site-wide sweep. */
async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(axeTags);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function enterDate(page: Page, prefix: string, day: string, month: string, year: string) {
  await page.fill(`#${prefix}-day`, day);
  await page.fill(`#${prefix}-month`, month);
  await page.fill(`#${prefix}-year`, year);
}

const stepText = (page: Page, id: string) => page.locator(`[data-timeline-step="${id}"]`).innerText();

describe('the EHC journey page without JavaScript', () => {
  it('explains every step with its time limit, the worked example and the law, and is linked from the home, information and service pages', async () => {
    const { context, page } = await phone('2026-01-20', { javaScriptEnabled: false });
    const text = await page.locator('main').innerText();
    for (const words of [
      'Time limit: within 6 weeks of the day the council received the request',
      'within 16 weeks',
      'at least 15 days, counting the day the draft plan reached you as day 1',
      'within 20 weeks',
      'before 15 February',
      'before 31 March',
      '1 month from the date of the mediation certificate, whichever is later',
    ])
      expect(text).toContain(words);
    expect(text).toContain('Monday 16 February 2026');
    expect(text).toContain('SEND Regulations 2014, regulation 5(1)');
    expect(text).toContain('exceptional');
    expect(await page.locator('[data-ehc-tool]').isVisible()).toBe(false);
    for (const from of ['/', '/information/ehc-needs-assessment/', '/services/ehc-needs-assessment-and-send-casework-team/']) {
      await page.goto(site.origin + from);
      expect(await page.locator(`main a[href^="/ehc-journey/"]`).count(), from).toBeGreaterThan(0);
    }
    expect(
      await page
        .goto(site.origin + '/')
        .then(() => page.getByRole('link', { name: 'Asked for an EHC needs assessment? See what happens next and by when' }).count()),
    ).toBe(1);
    await context.close();
  });
});

describe('the personal timeline', () => {
  it('shows GOV.UK errors for a missing, impossible or future date, and passes axe empty and with errors', async () => {
    const { context, page } = await phone('2026-01-20');
    // The whole page once (axe needs JavaScript to run); the later states check the part that changes.
    expect(await axeViolations(page)).toEqual([]);
    await page.click('[data-ehc-show]');
    const summary = page.locator('[data-ehc-errors]');
    expect(await summary.innerText()).toContain('Enter the date the council received your request');
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await enterDate(page, 'start', '30', '2', '2026');
    await page.click('[data-ehc-show]');
    expect(await page.locator('#start-error').textContent()).toBe('Error: The date the council received your request must be a real date');
    await enterDate(page, 'start', '21', '1', '2026');
    await page.click('[data-ehc-show]');
    expect(await summary.innerText()).toContain('The date the council received your request must be today or in the past');
    expect(await page.locator('#start-day').getAttribute('class')).toContain('govuk-input--error');
    expect(await axeViolations(page, '.app-ehc-tool')).toEqual([]);
    // The error link takes the keyboard to the box.
    await page.locator('[data-ehc-error-list] a').click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('start-day');
    await context.close();
  });

  it('works out each date, records letters, keeps them on the phone only, and deletes them', async () => {
    const { context, page, requests } = await phone('2026-01-20');
    await enterDate(page, 'start', '5', '1', '2026');
    await page.click('[data-ehc-show]');
    expect(await page.locator('[data-ehc-result-heading]').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('[data-ehc-summary]').innerText()).toContain('Next: The council decides whether to assess. By Monday 16 February 2026.');
    expect(await stepText(page, 'decide-whether-to-assess')).toContain('Due next');
    expect(await stepText(page, 'final-plan')).toContain('By Monday 25 May 2026');
    expect(await axeViolations(page, '.app-ehc-tool')).toEqual([]);

    // The decision letter: yes, on 10 February; then the draft plan on 20 January... not before today's date allows.
    await page.click('[data-record="decide-whether-to-assess"]');
    await page.click('[data-ehc-letter] button[type="submit"]');
    expect(await page.locator('[data-ehc-errors]').innerText()).toContain('Select what it said');
    await page.check('input[name="outcome"][value="assess"]');
    await enterDate(page, 'letter', '19', '1', '2026');
    await page.click('[data-ehc-letter] button[type="submit"]');
    expect(await stepText(page, 'decide-whether-to-assess')).toContain('Came on Monday 19 January 2026');
    expect(await page.locator('[data-ehc-status]').innerText()).toContain('Saved');

    // A later visit: the dates are still there, read from this browser.
    await page.reload();
    expect(await stepText(page, 'decide-whether-to-assess')).toContain('Done');
    const stored = await page.evaluate(() => localStorage.getItem('local-offer:ehc-dates'));
    expect(stored).toContain('2026-01-05');

    // The calendar file, made on the phone.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-ehc-download]')]);
    const ics = await downloadedText(download);
    expect(download.suggestedFilename()).toBe('ehc-dates.ics');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260525');
    expect(ics).toContain('SUMMARY:Due: The final EHC plan');

    // No request ever carried a date: no query strings, no bodies, nothing but GETs of the site's files.
    const dateWords = ['2026-01-05', '20260105', '05/01/2026', '5 January', '2026-01-19', '19 January', '20260525'];
    expect(requests.length).toBeGreaterThan(1);
    for (const r of requests) {
      const sent = `${r.url()} ${r.postData() ?? ''} ${JSON.stringify(r.headers())}`;
      expect(
        dateWords.filter((w) => sent.includes(w)),
        r.url(),
      ).toEqual([]);
      expect(r.method(), r.url()).toBe('GET');
      expect(new URL(r.url()).search, r.url()).toBe('');
    }

    await page.click('[data-ehc-delete]');
    expect(await page.evaluate(() => localStorage.getItem('local-offer:ehc-dates'))).toBeNull();
    expect(await page.locator('[data-ehc-result]').isVisible()).toBe(false);
    expect(await page.locator('[data-ehc-status]').innerText()).toBe('Your dates have been deleted from this phone.');
    expect(await page.inputValue('#start-day')).toBe('');
    await context.close();
  });

  it('says in words when a step is late, with what to do, and passes axe', async () => {
    const { context, page } = await phone('2026-02-20');
    await enterDate(page, 'start', '5', '1', '2026');
    await page.click('[data-ehc-show]');
    const late = await stepText(page, 'decide-whether-to-assess');
    expect(late).toContain('Late');
    expect(late).toContain('Was due by Monday 16 February 2026: 4 days ago');
    expect(late).toContain('Email or call the EHC team');
    expect(await page.locator('[data-ehc-summary]').innerText()).toContain('Late: The council decides whether to assess.');
    expect(await axeViolations(page, '.app-ehc-tool')).toEqual([]);

    // Printing gives the timeline alone, on one A4 sheet.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-ehc-guide]').isVisible()).toBe(false);
    expect(await page.locator('[data-ehc-list]').isVisible()).toBe(true);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
    await context.close();
  });

  it('runs an annual review with a move to secondary school, by keyboard alone', async () => {
    const { context, page } = await phone('2026-11-20');
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 80; i++) {
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    await tabTo('#journey-assessment');
    await page.keyboard.press('ArrowDown'); // radios move with the arrow keys
    expect(await page.isChecked('#journey-review')).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2026');
    await tabTo('#move-none');
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked('#move-school')).toBe(true);
    await page.keyboard.press('Enter'); // submits the form
    expect(await stepText(page, 'review-meeting')).toContain('By Sunday 28 February 2027');
    expect(await stepText(page, 'phase-transfer')).toContain('Before Monday 15 February 2027: by Sunday 14 February 2027 at the latest');

    await tabTo('[data-record="review-meeting"]');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.matches('[data-ehc-letter-title]'))).toBe(true);
    await tabTo('#letter-day');
    await page.keyboard.type('10');
    await page.keyboard.press('Tab');
    await page.keyboard.type('11');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2026');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-timeline-step]')?.getAttribute('data-timeline-step'))).toBe('review-meeting');
    expect(await stepText(page, 'review-decision')).toContain('By Tuesday 8 December 2026');
    expect(await axeViolations(page, '.app-ehc-tool')).toEqual([]);
    await context.close();
  });
});

describe('with no signal', () => {
  it('shows the saved timeline and still makes the calendar file once the page has been visited', async () => {
    const { context, page } = await phone('2026-01-20', { width: 360 });
    await enterDate(page, 'start', '5', '1', '2026');
    await page.click('[data-ehc-show]');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload(); // now the worker controls the page and keeps a copy of it and its script
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    expect(await stepText(page, 'decide-whether-to-assess')).toContain('By Monday 16 February 2026');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-ehc-download]')]);
    expect(await downloadedText(download)).toContain('DTSTART;VALUE=DATE:20260216');
    await context.close();
  });
});

describe('what the page costs and where it goes', () => {
  it('loads one small script (under 10 kB compressed with what it imports) that the offline copy saves', () => {
    const html = fs.readFileSync('dist/client/ehc-journey/index.html', 'utf8');
    const scripts = [...html.matchAll(/<script[^>]+src="(\/_astro\/[^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    const seen = new Set<string>();
    const visit = (url: string) => {
      if (seen.has(url)) return;
      seen.add(url);
      const body = fs.readFileSync(`dist/client${url}`, 'utf8');
      for (const [, name] of body.matchAll(/from\s*"\.\/([^"]+)"/g)) visit(`/_astro/${name}`);
    };
    visit(scripts[0]);
    const bytes = [...seen].reduce((sum, url) => sum + zlib.gzipSync(fs.readFileSync(`dist/client${url}`), { level: 9 }).length, 0);
    expect(bytes).toBeLessThan(10_000);
    const bundle = JSON.parse(fs.readFileSync('dist/client/offline/bundle.json', 'utf8')) as { files: string[] };
    for (const url of [path, ...seen]) expect(bundle.files).toContain(url);
    // No other page loads it.
    expect(fs.readFileSync('dist/client/index.html', 'utf8')).not.toContain(scripts[0]);
  });
});
