import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningSite } from '../support/server';
import { startSiteAndBrowser } from '../support/site-and-browser';

const service = '/services/chatterbox-speech-and-language-drop-in/';
const list = '/my-list/?services=chatterbox-speech-and-language-drop-in,brightsteps-day-nurseries,camhs-specialist-mental-health-service';

let site: RunningSite;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  ({ site, browser, stop } = await startSiteAndBrowser());
  // The printable width of A4 with our margins (175 mm) at 96 dpi.
  context = await browser.newContext({ viewport: { width: 661, height: 1000 } });
  page = await context.newPage();
  await page.emulateMedia({ media: 'print' });
});
afterAll(() => stop?.());

const visible = (selector: string) => page.locator(selector).first().isVisible();
const afterContent = (selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);
/** Pages in a PDF that Chromium prints on A4. */
async function a4Pages(): Promise<number> {
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  return pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

describe('printing a service page', () => {
  beforeAll(async () => {
    await page.goto(site.origin + service);
  });

  it('leaves out the navigation, header, footer and the "Save to my list" link', async () => {
    for (const chrome of ['.app-header', '.app-nav', '.app-footer', '.app-breadcrumbs', '.app-save-link']) expect(await visible(chrome), chrome).toBe(false);
  });

  it('prints the contact details, venues and times', async () => {
    expect(await page.getByRole('heading', { name: 'Contact' }).isVisible()).toBe(true);
    expect(await page.locator('.app-contact a[href^="tel:"]').first().isVisible()).toBe(true);
    expect(await page.locator('.app-venue address').first().isVisible()).toBe(true);
    expect(await page.locator('.app-table').first().isVisible()).toBe(true);
  });

  it('writes out web addresses, including where the page came from', async () => {
    const href = await page.locator('.app-contact a[href^="http"]').first().getAttribute('href');
    expect(await afterContent('.app-contact a[href^="http"]')).toBe(`" (${href})"`);
    expect(await page.locator('.app-print-only').last().textContent()).toContain(`https://localoffer.northbridge.example${service}`);
  });

  it('fits the width of A4 and runs to no more than two pages', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const pages = await a4Pages();
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
});

describe('"Print this list"', () => {
  it('is drawn with its QR code', async () => {
    await page.goto(site.origin + list);
    await expect.poll(() => page.locator('[data-qr] svg').count(), { timeout: 15_000 }).toBe(1);
  });

  it('prints each service with its phone number, address and how to get it', async () => {
    const cards = page.locator('[data-list] .app-saved');
    expect(await cards.count()).toBe(3);
    expect(await cards.first().getByText('01632 960210').isVisible()).toBe(true);
    expect(
      await cards
        .first()
        .getByText(/NB\d \d[A-Z]{2}/)
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await cards.first().getByText('How to get it').isVisible()).toBe(true);
  });

  it('says when it was printed, and keeps the link and QR code to find it again', async () => {
    expect(await page.getByText(/^Services from the Local Offer, printed on \d{1,2} [A-Z][a-z]+ \d{4}\./).isVisible()).toBe(true);
    expect(await visible('[data-share-link]')).toBe(true);
    expect(await visible('[data-qr] svg')).toBe(true);
  });

  it('leaves out buttons, remove links and explanations meant for the screen', async () => {
    for (const screenOnly of ['.app-nav', '.govuk-button', '.app-saved__remove', '[data-print-section]', '.app-lead'])
      expect(await visible(screenOnly), screenOnly).toBe(false);
  });

  it('fits the width of A4, keeping each service whole', async () => {
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(
      await page
        .locator('.app-saved')
        .first()
        .evaluate((el) => getComputedStyle(el).breakInside),
    ).toBe('avoid');
    expect(await a4Pages()).toBeLessThanOrEqual(3);
  });
});
