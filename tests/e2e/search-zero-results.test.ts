import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startFormsServer, type FormsServer } from '../support/forms-server';
import { addStaffAccount, testStaffPassword } from '../support/staff-accounts';
import { axeTags } from '../support/axe';

// Issue 17: one card on both search paths, a query with an unknown word still
// finds services, and searches that found nothing reach navigators (counted
// on both paths, only words, only once 3 clients made them) without who searched.
let server: FormsServer;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  server = await startFormsServer();
  await addStaffAccount(server.dataDir, 'officer@example.org', 'officer');
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 360, height: 740 }, userAgent: 'zero-results test browser' })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

const serverList = async (query: string, userAgent = 'test') => {
  const html = await (await fetch(`${server.origin}/search?q=${encodeURIComponent(query)}`, { headers: { 'user-agent': userAgent } })).text();
  return html.match(/<ol[^>]*id="search-list"[^>]*>([\s\S]*?)<\/ol>/)?.[1] ?? '';
};
async function typeQuery(query: string) {
  await page.fill('#search-q', query);
  await page.waitForFunction((q) => document.body.dataset.searchShown === q, query);
}
// The template's hidden tier options are removed once filled; the rest must match the server's markup exactly.
const sameCard = (html: string) => html.replace(/ data-tier="\w+"/g, '').replace(/<!--.*?-->/g, '');

describe('search as you type and without JavaScript', () => {
  it('draw results with the same card markup', async () => {
    await page.goto(`${server.origin}/search`);
    await typeQuery('wheelchair');
    const typed = await page.$$eval('#search-list > li', (items) => items.map((li) => li.outerHTML));
    const drawn = [...(await serverList('wheelchair')).matchAll(/<li class="app-card"[\s\S]*?<\/li>(?=<li class="app-card"|$)/g)].map((m) => m[0]);
    expect(typed.length).toBeGreaterThan(0);
    // Both read back through the browser's parser, so only the markup can differ, not how it was written.
    const reparsed = await page.evaluate((html) => {
      const t = document.createElement('template');
      t.innerHTML = html;
      return t.content.firstElementChild!.outerHTML;
    }, drawn[0]);
    expect(sameCard(typed[0])).toBe(sameCard(reparsed));
  });

  it('still find services when one word is on no page', async () => {
    await typeQuery('wheelchair flobbergust');
    expect(await page.locator('#search-list > li').count()).toBeGreaterThan(0);
    expect(await serverList('wheelchair flobbergust')).toContain('/services/childrens-wheelchair-service/');
  });
});

describe('searches that found nothing', () => {
  it('are reported by search as you type once typing stops, with a same-origin POST', async () => {
    const report = page.waitForRequest((r) => r.url().endsWith('/api/search/zero-results') && r.method() === 'POST');
    await typeQuery('zorbleflux');
    const request = await report;
    expect(request.postData()).toBe('q=zorbleflux');
    expect((await request.response())?.status()).toBe(204);
  });

  it('are refused from another site', async () => {
    const response = await fetch(`${server.origin}/api/search/zero-results`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://elsewhere.example.org', 'sec-fetch-site': 'cross-site' },
      body: 'q=zorbleflux',
    });
    expect(response.status).toBe(403);
  });

  it('are shown to officers once 3 clients made them, without names, with a link to the search words editor', async () => {
    // Two more clients without JavaScript (the browser above was the first), one of them twice.
    for (const client of ['phone one', 'phone two', 'phone two']) await serverList('zorbleflux Jayden', client);
    await serverList('glimmerwock', 'phone one'); // only one client: not shown
    await page.goto(`${server.origin}/officer/`);
    await page.getByLabel('E-mail address').fill('officer@example.org');
    await page.getByLabel('Password').fill(testStaffPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Searches that found nothing' }).click();
    // The page's count is written without waiting; allow the writer a moment by reloading until it shows.
    await expect.poll(async () => (await page.reload(), await page.getByRole('row', { name: /zorbleflux/ }).count()), { timeout: 5000 }).toBe(1);
    expect(
      await page
        .getByRole('row', { name: /zorbleflux/ })
        .getByRole('cell')
        .first()
        .textContent(),
    ).toBe('3');
    const body = await page.locator('main').textContent();
    expect(body).not.toContain('glimmerwock');
    expect(body).not.toMatch(/jayden/i);
    expect(await page.getByRole('link', { name: /Search words/ }).getAttribute('href')).toBe('/admin/#/collections/synonyms/entries/synonyms');
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
