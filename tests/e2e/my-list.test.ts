import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import QRCode from 'qrcode';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningSite } from '../support/server';
import { startSiteAndBrowser } from '../support/site-and-browser';
import { axeTags } from '../support/axe';
import { servicePartUrlsFor } from '../../src/my-list/service-parts';

const chatterbox = 'chatterbox-speech-and-language-drop-in';
const nurseries = 'brightsteps-day-nurseries';

let site: RunningSite;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ site, browser, stop } = await startSiteAndBrowser());
});
afterAll(() => stop?.());

async function phone(javaScriptEnabled = true): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled });
  return { context, page: await context.newPage() };
}
// The list is drawn after a fetch and a lazy import: give a busy CI machine time.
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });
const savedNames = (page: Page) => page.locator('[data-list] .app-saved__title').allTextContents();

describe('My list, with JavaScript', () => {
  it('keeps services saved from service pages, browse lists and search results on this device', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.origin}/services/${chatterbox}/`);
    await page.getByRole('link', { name: 'Save to my list' }).click();
    await poll(() => savedNames(page)).toEqual(['Chatterbox speech and language drop-in']);
    expect(await page.getByText('has been added to your list').isVisible()).toBe(true);
    // The list's script tidies the address once it runs, which on a busy machine can be after the server-drawn list shows.
    await poll(() => new URL(page.url()).search).toBe('');

    await page.goto(`${site.origin}/age/early-years/all/`);
    await page.getByRole('link', { name: 'Save Brightsteps day nurseries to my list' }).click();
    await poll(() => savedNames(page)).toEqual(['Chatterbox speech and language drop-in', 'Brightsteps day nurseries']);

    await page.goto(`${site.origin}/search/?q=camhs`);
    await page.getByRole('link', { name: 'Save CAMHS specialist mental health service to my list' }).click();
    await poll(() => savedNames(page)).toEqual([
      'Chatterbox speech and language drop-in',
      'Brightsteps day nurseries',
      'CAMHS specialist mental health service',
    ]);

    await page.goto(`${site.origin}/my-list/`);
    await poll(() => savedNames(page)).toHaveLength(3);
    await context.close();
  });

  it("fetches only the parts of the list's data its services are in", async () => {
    const { context, page } = await phone();
    const fetched: string[] = [];
    context.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}/my-list/?add=${chatterbox}`);
    // The second visit's page is drawn for the one service added, so the script draws the two from the data.
    await page.goto(`${site.origin}/my-list/?add=${nurseries}`);
    await poll(() => savedNames(page)).toEqual(['Chatterbox speech and language drop-in', 'Brightsteps day nurseries']);
    const wanted = servicePartUrlsFor([chatterbox, nurseries]);
    expect(fetched.filter((p) => p.startsWith('/my-list/services')).sort()).toEqual(expect.arrayContaining(wanted));
    expect(new Set(fetched.filter((p) => p.startsWith('/my-list/services'))).size).toBe(wanted.length);
    await context.close();
  });

  it('gives a share link and a QR code that hold the list', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.origin}/my-list/?add=${chatterbox}`);
    await page.goto(`${site.origin}/my-list/?add=${nurseries}`);
    const link = page.locator('[data-share-link]');
    await poll(() => link.getAttribute('href')).toBe(`${site.origin}/my-list/?services=${chatterbox},${nurseries}`);
    // The QR code is the one the qrcode library makes for exactly that link.
    const expected = await QRCode.toString(`${site.origin}/my-list/?services=${chatterbox},${nurseries}`, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
      color: { dark: '#0b0c0c', light: '#ffffff' },
    });
    const expectedPath = /<path[^>]*stroke="#0b0c0c"[^>]*d="([^"]+)"/.exec(expected)![1];
    await poll(() => page.locator('[data-qr] svg path[stroke="#0b0c0c"]').getAttribute('d')).toBe(expectedPath);
    await context.close();
  });

  it('removes a service, says so and keeps the rest', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.origin}/my-list/?add=${chatterbox}`);
    await page.goto(`${site.origin}/my-list/?add=${nurseries}`);
    await poll(() => savedNames(page)).toHaveLength(2);
    await page.getByRole('link', { name: 'Remove Chatterbox speech and language drop-in from this list' }).click();
    await poll(() => savedNames(page)).toEqual(['Brightsteps day nurseries']);
    expect(await page.locator('[data-list-status]').textContent()).toContain('Chatterbox speech and language drop-in removed');
    expect(await page.locator('#saved-heading').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.reload();
    await poll(() => savedNames(page)).toEqual(['Brightsteps day nurseries']);
    await context.close();
  });

  it('opens a shared list on another phone and lets the parent keep it', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.origin}/my-list/?services=${nurseries},${chatterbox}`);
    expect(await page.getByRole('heading', { name: 'Someone shared this list with you' }).isVisible()).toBe(true);
    await poll(() => savedNames(page)).toEqual(['Brightsteps day nurseries', 'Chatterbox speech and language drop-in']);
    await page.getByRole('button', { name: 'Save these services to my list' }).click();
    await poll(() => page.locator('[data-shared-notice]').isHidden()).toBe(true);
    await page.goto(`${site.origin}/my-list/`);
    await poll(() => savedNames(page)).toEqual(['Brightsteps day nurseries', 'Chatterbox speech and language drop-in']);
    await context.close();
  });

  it('has no axe violations with a list, at 320 px', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/my-list/?services=${nurseries},${chatterbox}`);
    await poll(() => page.locator('[data-qr] svg').count()).toBe(1);
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('My list, without JavaScript', () => {
  it('shows the service just saved, and says the device cannot remember it', async () => {
    const { context, page } = await phone(false);
    await page.goto(`${site.origin}/services/${chatterbox}/`);
    await page.getByRole('link', { name: 'Save to my list' }).click();
    expect(await savedNames(page)).toEqual(['Chatterbox speech and language drop-in']);
    // Playwright's text search skips <noscript>, so find the notice by its class.
    expect(await page.locator('.app-notice--warning').textContent()).toContain('this device cannot remember your list');
    expect(await page.locator('.app-notice--warning').isVisible()).toBe(true);
    expect(await page.locator('[data-share-link]').getAttribute('href')).toBe(`${site.origin}/my-list/?services=${chatterbox}`);
    expect(await page.locator('[data-qr] svg').count()).toBe(1);
    await context.close();
  });

  it('shows a shared list with phone numbers and addresses, and removes with a plain link', async () => {
    const { context, page } = await phone(false);
    await page.goto(`${site.origin}/my-list/?services=${chatterbox},${nurseries},no-such-service`);
    expect(await savedNames(page)).toEqual(['Chatterbox speech and language drop-in', 'Brightsteps day nurseries']);
    expect(await page.getByText('One service in this link is no longer in the Local Offer.').isVisible()).toBe(true);
    const first = page.locator('[data-list] .app-saved').first();
    expect(await first.getByRole('link', { name: /^01632 96\d{4}$/ }).count()).toBe(1);
    expect(
      await first
        .getByText(/NB\d \d[A-Z]{2}/)
        .first()
        .isVisible(),
    ).toBe(true);
    await first.getByRole('link', { name: /^Remove/ }).click();
    expect(new URL(page.url()).searchParams.get('services')).toBe(nurseries);
    expect(await savedNames(page)).toEqual(['Brightsteps day nurseries']);
    await context.close();
  });

  it('has no axe violations', async () => {
    // axe needs JavaScript to run, so the page's own scripts are blocked instead.
    const { context, page } = await phone(true);
    await context.route('**/_astro/*.js', (route) => route.abort());
    for (const path of ['/my-list/', `/my-list/?services=${chatterbox},${nurseries}`]) {
      await page.goto(site.origin + path);
      const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    }
    await context.close();
  });
});
