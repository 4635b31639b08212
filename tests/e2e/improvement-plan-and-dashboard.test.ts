import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningSite } from '../support/server';
import { startSiteAndBrowser } from '../support/site-and-browser';
import { readMarkdownFolder } from '../unit/read-content';
import { isOutOfDate } from '../../src/lib/review';

let site: RunningSite;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  ({ site, browser, stop } = await startSiteAndBrowser());
  // A parent on a small phone with JavaScript off: everything here must still work.
  context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
  page = await context.newPage();
});
afterAll(() => stop?.());

/** The text rows of the first table after a chart: [status, count, percent, ...]. */
async function tableAfter(chartTitle: string) {
  const figure = page.locator('figure', { has: page.locator(`svg title:text-is("${chartTitle}")`) });
  const table = figure.locator('xpath=following-sibling::table[1]');
  return table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent!.trim())));
}

describe('the improvement plan page', () => {
  beforeAll(async () => {
    await page.goto(site.origin + '/improvement-plan/');
  });

  it('is linked from the footer of every page', async () => {
    const home = await context.newPage();
    await home.goto(site.origin + '/');
    await home.getByRole('contentinfo').getByRole('link', { name: 'SEND improvement plan progress' }).click();
    expect(await home.getByRole('heading', { level: 1 }).textContent()).toBe('SEND improvement plan: our progress');
    await home.close();
  });

  it('shows one chart for the whole plan and one for each priority, each named for screen readers', async () => {
    const priorities = fs.readdirSync('content/plan').filter((f) => f.endsWith('.yaml')).length;
    const charts = page.locator('svg[role="img"]');
    expect(await charts.count()).toBe(priorities + 1);
    for (const chart of await charts.all()) {
      const name = await chart.evaluate((svg) =>
        svg
          .getAttribute('aria-labelledby')!
          .split(' ')
          .map((id) => document.getElementById(id)!.textContent)
          .join(' '),
      );
      expect(name).toMatch(
        /actions by status, November 2026 \d+ actions\. Complete: \d+ \(\d+%\)\. On target: \d+ \(\d+%\)\. Delayed: \d+ \(\d+%\)\. Not started: \d+ \(\d+%\)\./,
      );
    }
  });

  it('gives the same numbers in the chart, its legend and its table, and the shares add up to 100%', async () => {
    const desc = await page.locator('#overall-chart-desc').textContent();
    const rows = await tableAfter('All actions by status, November 2026');
    const statusRows = rows.filter((r) => r[0] !== 'All actions');
    expect(statusRows.map((r) => r[0])).toEqual(['Complete', 'On target', 'Delayed', 'Not started']);
    for (const [status, count, share] of statusRows) {
      expect(desc).toContain(`${status}: ${count} (${share})`);
      expect(
        await page
          .locator('figure')
          .first()
          .locator('li', { hasText: `${status}: ${count} (${share})` })
          .count(),
      ).toBe(1);
    }
    expect(statusRows.reduce((sum, r) => sum + Number(r[2].replace('%', '')), 0)).toBe(100);
    expect(rows.at(-1)![1]).toBe(String(statusRows.reduce((sum, r) => sum + Number(r[1]), 0)));
  });

  it('never uses colour alone: each status has its own pattern as well as its own words', async () => {
    const fills = await page
      .locator('#app-status-complete, #app-status-on-target, #app-status-delayed, #app-status-not-started')
      .evaluateAll((patterns) => patterns.map((p) => p.innerHTML.replace(/fill="#[0-9a-f]+"/gi, '')));
    expect(fills).toHaveLength(4);
    expect(new Set(fills).size).toBe(4);
  });

  it('says what changed since last month, and why', async () => {
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'What changed since October 2026' }) });
    const items = section.getByRole('listitem');
    expect(await items.count()).toBeGreaterThan(3);
    await expect.poll(() => section.getByText(/Was delayed, now\s+Complete/).count()).toBeGreaterThan(0);
    expect(await section.getByText('Survey closed with 412 responses').count()).toBe(1);
    await section.getByRole('link', { name: 'Action 1.1' }).click();
    expect(page.url()).toMatch(/#action-1\.1$/);
  });

  it('shows who is responsible (a job title), the due date and the latest update for an action', async () => {
    const action = page.locator('#action-6\\.2');
    expect(await action.getByRole('heading').textContent()).toContain('Double supported internship places to 24.');
    expect(await action.textContent()).toMatch(/Who is responsible\s*Employment Support Manager/);
    expect(await action.textContent()).toMatch(/Due\s*30 September 2026/);
    expect(await action.getByText('Past due date').count()).toBe(1);
  });

  it('owns up when an action was not updated this month', async () => {
    expect(await page.locator('#action-5\\.4').getByText('No update was given this month').count()).toBe(1);
  });

  it('opens earlier updates without JavaScript', async () => {
    const details = page.locator('#action-1\\.1 details');
    expect(await details.getByText('July 2026: Delayed.').isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.getByText('July 2026: Delayed.').isVisible()).toBe(true);
  });

  it('prints without the site navigation, keeping the charts', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav.app-nav').isVisible()).toBe(false);
    expect(await page.locator('svg[role="img"]').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('the Local Offer dashboard', () => {
  beforeAll(async () => {
    await page.goto(site.origin + '/dashboard/');
  });
  const services = readMarkdownFolder('content/services').filter((s) =>
    ['active', 'temporarily closed', undefined].includes(s.data.status as string | undefined),
  );

  it('counts the services families can use, by type of support, the same as the content', async () => {
    const rows = await page
      .getByRole('table', { name: 'Services by type of support', exact: true })
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
    const count = (tier: string) => String(services.filter((s) => s.data.tier === tier).length);
    expect(rows).toEqual([
      ['Support anyone can use', count('universal')],
      ['Extra help for identified needs', count('targeted')],
      ['Specialist support', count('specialist')],
    ]);
  });

  it('counts services for each area of need, split by type of support, in a table keyboard users can scroll', async () => {
    const region = page.getByRole('region', { name: 'Services by area of need and type of support' });
    expect(await region.getAttribute('tabindex')).toBe('0');
    const feelings = await region
      .getByRole('row', { name: /Feelings, behaviour and mental health/ })
      .locator('td')
      .allTextContents();
    const helping = services.filter((s) => (s.data.needs as string[]).includes('social-emotional-mental-health'));
    expect(feelings.map(Number)).toEqual([
      helping.filter((s) => s.data.tier === 'universal').length,
      helping.filter((s) => s.data.tier === 'targeted').length,
      helping.filter((s) => s.data.tier === 'specialist').length,
      helping.length,
    ]);
  });

  it('gives the share of services checked in the last 12 months, by the same rule as the service pages', async () => {
    const shown = (await page.getByText(/^Figures on/).textContent())!.match(/Figures on (.+)\. They/)![1];
    const day = new Date(`${shown} 12:00 UTC`);
    const upToDate = services.filter(
      (s) => !isOutOfDate(new Date(s.data.lastReviewed as string), day, s.data.nextReviewDue ? new Date(s.data.nextReviewDue as string) : undefined),
    ).length;
    const percent = Math.round((upToDate / services.length) * 100);
    expect(await page.getByText(`${upToDate} of ${services.length} services (${percent}%)`).count()).toBe(1);
  });

  // "You said, we did" and events belong to other parts of the site; until they have content,
  // the dashboard must say so plainly instead of showing an empty chart.
  const hasContent = (folder: string) => fs.existsSync(folder) && fs.readdirSync(folder).some((f) => /\.(md|ya?ml|json)$/.test(f));

  it('says plainly when no "you said, we did" entries have been published, or charts them by month', async () => {
    const section = page.locator('section', { has: page.getByRole('heading', { name: '"You said, we did"' }) });
    if (hasContent('content/you-said-we-did')) {
      expect(await section.locator('svg[role="img"]').count()).toBe(1);
      expect(await section.locator('tbody tr').count()).toBe(12);
    } else {
      expect(await section.textContent()).toContain('No "you said, we did" entries have been published yet.');
    }
  });

  it('says plainly when there are no events, or charts the events held by month', async () => {
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Events', exact: true }) });
    if (hasContent('content/events')) {
      expect(await section.locator('svg[role="img"]').count()).toBe(1);
    } else {
      expect(await section.textContent()).toContain('No events have been added yet.');
    }
  });

  it('links to the improvement plan with its headline figures', async () => {
    await page.getByRole('link', { name: 'See progress on every action' }).click();
    expect(new URL(page.url()).pathname).toBe('/improvement-plan/');
  });
});
