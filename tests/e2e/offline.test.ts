import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startBuiltSite, type RunningSite } from '../support/server';
import { startSiteAndBrowser } from '../support/site-and-browser';
import { describeBytes } from '../../src/offline/bundle-size';
import { servicePartUrlsFor } from '../../src/my-list/service-parts';

const chatterbox = '/services/chatterbox-speech-and-language-drop-in/';
const nurseries = '/services/brightsteps-day-nurseries/';
const camhs = '/services/camhs-specialist-mental-health-service/';
/** The parts of My list's data a page needs for these service pages (src/my-list/service-parts.ts). */
const dataPartsFor = (...pages: string[]) => servicePartUrlsFor(pages.map((p) => p.replace(/^\/services\/|\/$/g, '')));
const bundle = () => JSON.parse(fs.readFileSync('dist/client/offline/bundle.json', 'utf8'));

let site: RunningSite;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ site, browser, stop } = await startSiteAndBrowser());
});
afterAll(() => stop?.());

// Saving the whole site is some 600 files: on a machine busy with the other browser tests that can take
// more than half a minute, which is not what these tests check.
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 90_000, interval: 250 });

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  return { context, page: await context.newPage() };
}

/** Waits until the offline service worker controls the page. */
async function workerInCharge(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/** Paths (with query) the service worker has kept, per cache. */
function savedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const saved: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys();
      saved[name] = keys.map((r) => new URL(r.url).pathname + new URL(r.url).search);
    }
    return saved;
  });
}
const allSaved = async (page: Page) => Object.values(await savedPaths(page)).flat();

const today = (page: Page) => page.evaluate(() => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date()));

async function saveEverything(page: Page, origin: string) {
  await page.goto(`${origin}/offline/`);
  const button = page.getByRole('button', { name: /^Save the Local Offer for offline use/ });
  await poll(() => button.isEnabled()).toBe(true);
  await button.click();
  await poll(() => page.locator('[data-offline-status]').textContent()).toContain('Saved.');
}

describe('pages visited before losing signal', () => {
  it('open offline with "You are offline" and the date they were saved', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.origin}/my-list/`);
    await workerInCharge(page);
    await page.goto(site.origin + chatterbox);
    await poll(() => allSaved(page)).toContain(chatterbox);

    await context.setOffline(true);
    await page.goto(site.origin + chatterbox);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Chatterbox speech and language drop-in');
    const banner = page.locator('.app-offline-banner');
    expect(await banner.textContent()).toContain(`You are offline. This page was saved on ${await today(page)} at `);
    // The saved stylesheet came too: the notice has its yellow background.
    expect(await banner.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 247, 191)');
    // The skip link is still the first thing to tab to.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await context.close();
  });

  it('say plainly when a page was not saved', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.origin}/my-list/`);
    await workerInCharge(page);
    await poll(() => allSaved(page)).toContain('/offline/not-saved/');
    await context.setOffline(true);
    await page.goto(site.origin + nurseries);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('This page is not saved on this device');
    expect(await page.locator('.app-offline-banner').isVisible()).toBe(true);
    await context.close();
  });

  it('cost a first visit only the "not saved" page and what it needs, not the list of everything', async () => {
    const { context, page } = await phone();
    const fetched: string[] = [];
    context.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}/search/`);
    await workerInCharge(page);
    await poll(() => allSaved(page)).toContain('/offline/not-saved/');
    // The list names every page (about 1 MB at 10,000 services): only "Save everything" needs it.
    expect(fetched).not.toContain('/offline/bundle.json');
    expect(fetched).not.toContain(camhs);
    await context.close();
  });

  it('show the latest version, with no notice, when there is signal', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.origin}/my-list/`);
    await workerInCharge(page);
    await page.goto(site.origin + chatterbox);
    await page.goto(site.origin + chatterbox);
    expect(await page.locator('.app-offline-banner').count()).toBe(0);
    await context.close();
  });
});

describe('"Save the Local Offer for offline use"', () => {
  it('says how much it downloads before anything is saved', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.origin}/offline/`);
    const size = describeBytes(bundle().bytes);
    expect(size).toMatch(/^\d/);
    expect(await page.getByRole('button', { name: `Save the Local Offer for offline use (${size})` }).isVisible()).toBe(true);
    expect(await page.getByText(`It downloads about ${size}.`).isVisible()).toBe(true);
    await context.close();
  });

  it('lets a parent browse, search and use their list in airplane mode', async () => {
    const { context, page } = await phone();
    await saveEverything(page, site.origin);
    const saved = await allSaved(page);
    expect(saved).toEqual(
      expect.arrayContaining([
        camhs,
        '/information/sen-support-in-schools/',
        '/age/primary/all/',
        '/my-list/',
        ...dataPartsFor(camhs, nurseries),
        '/search/',
        '/search-vocabulary.json',
      ]),
    );
    expect(saved.filter((p) => p.startsWith('/pagefind/')).length).toBeGreaterThan(10);

    await context.setOffline(true);
    // Pages never visited before.
    for (const [p, heading] of [
      [camhs, /CAMHS/],
      ['/information/sen-support-in-schools/', /SEN support/i],
      ['/age/primary/all/', /.+/],
    ] as const) {
      await page.goto(site.origin + p);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(heading);
      expect(await page.locator('.app-offline-banner').textContent()).toContain('You are offline.');
    }
    // Search, from the header box on a saved page, in a parent's own spelling: the saved search
    // page draws the results for this search from the saved index, not the ones it was saved with.
    await page.goto(site.origin + camhs);
    await page.locator('.app-header-search input[name=q]').fill('speach therapy');
    await page.locator('.app-header-search input[name=q]').press('Enter');
    await page.waitForURL(/\/search\/?\?q=speach\+therapy/);
    await poll(() => page.locator('#search-list > li h2').first().textContent()).toMatch(/speech/i);
    expect(await page.locator('#search-correction').textContent()).toContain('Showing results for speech and language therapy.');
    expect(await page.locator('#search-q').inputValue()).toBe('speach therapy');
    expect(await page.locator('.app-offline-banner').textContent()).toContain('You are offline.');
    // Another search gets its own results, and filters still apply.
    await page.goto(`${site.origin}/search/?q=respite&cost=free`);
    await poll(() => page.locator('#search-list > li h2').first().textContent()).toMatch(/short breaks/i);
    expect(await page.locator('#search-q').inputValue()).toBe('respite');
    // A shared list opens from the saved data.
    await page.goto(`${site.origin}/my-list/?services=brightsteps-day-nurseries,camhs-specialist-mental-health-service`);
    await poll(() => page.locator('[data-list] .app-saved__title').allTextContents()).toEqual([
      'Brightsteps day nurseries',
      'CAMHS specialist mental health service',
    ]);
    await poll(() => page.locator('[data-qr] svg').count()).toBe(1);
    await context.close();
  });

  it('can be removed from a shared computer', async () => {
    const { context, page } = await phone();
    await saveEverything(page, site.origin);
    await page.getByRole('button', { name: 'Remove the saved copy from this device' }).click();
    await poll(() => page.locator('[data-offline-status]').textContent()).toContain('removed');
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await context.close();
  });
});

describe('saving part of the Local Offer', () => {
  const part = (id: string) =>
    JSON.parse(fs.readFileSync(`dist/client/offline/parts/${id}.json`, 'utf8')) as { bytes: number; services: number; files: string[] };

  it('saves one age band, with its size on the button before anything is saved, and its services open offline', async () => {
    const { context, page } = await phone();
    const earlyYears = part('age-early-years');
    expect(earlyYears.services).toBeGreaterThan(5);
    const fetched: string[] = [];
    context.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${site.origin}/offline/`);
    const button = page.getByRole('button', { name: `Save Early years, ages 0 to 5 (${describeBytes(earlyYears.bytes)})` });
    await poll(() => button.isEnabled()).toBe(true);
    // Nothing of the part comes down until the button is pressed.
    expect(fetched).not.toContain('/offline/parts/age-early-years.json');
    expect(fetched).not.toContain(nurseries);
    await button.click();
    await poll(() => page.locator('[data-offline-status]').textContent()).toBe('Saved. Early years, ages 0 to 5 now works on this device without internet.');
    const saved = await allSaved(page);
    expect(earlyYears.files.filter((f) => !saved.includes(f))).toEqual([]);
    // Only that part: a service for young adults only is not saved.
    expect(saved).not.toContain('/services/next-steps-independent-living-course-at-northbridge-college/');

    await context.setOffline(true);
    await page.goto(site.origin + nurseries);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Brightsteps day nurseries');
    expect(await page.locator('.app-offline-banner').textContent()).toContain('You are offline.');
    await page.goto(`${site.origin}/age/early-years/`);
    expect(await page.locator('.app-offline-banner').textContent()).toContain('You are offline.');
    await context.setOffline(false);
    // The page remembers what is saved.
    await page.goto(`${site.origin}/offline/`);
    await poll(() => page.locator('.app-offline-parts li', { has: button }).textContent()).toContain(`Saved on ${await today(page)}`);
    await context.close();
  });

  it('saves the services on My list, with its size shown first', async () => {
    const { context, page } = await phone();
    await page.goto(`${site.origin}/my-list/?add=camhs-specialist-mental-health-service`);
    await page.goto(`${site.origin}/my-list/?add=brightsteps-day-nurseries`);
    await page.goto(`${site.origin}/offline/`);
    const button = page.getByRole('button', { name: /^Save the 2 services on My list \(about \d+ kB\)$/ });
    await poll(() => button.isEnabled()).toBe(true);
    await button.click();
    await poll(() => page.locator('[data-offline-status]').textContent()).toContain('Saved. My list');
    const saved = await allSaved(page);
    expect(saved).toEqual(expect.arrayContaining([camhs, nurseries, '/my-list/', ...dataPartsFor(camhs, nurseries)]));
    // Only the parts of the list's data its two services are in, not all of it.
    expect(saved.filter((u) => u.startsWith('/my-list/services/')).sort()).toEqual(dataPartsFor(camhs, nurseries).sort());
    await context.close();
  });
});

describe('a new build', () => {
  it('replaces the saved copy with the new one and deletes the old', async () => {
    // A copy of the build, so this test can publish "the next build" on its own.
    // Inside the repository, so the server still finds node_modules.
    fs.mkdirSync('tests/.output', { recursive: true });
    const dist = fs.mkdtempSync(path.join('tests/.output', 'dist-'));
    fs.cpSync('dist', dist, { recursive: true });
    const copy = await startBuiltSite({}, dist);
    try {
      const { context, page } = await phone();
      await saveEverything(page, copy.origin);
      const oldId = bundle().buildId;
      expect(Object.keys(await savedPaths(page))).toEqual([`local-offer-${oldId}`]);

      // The next build: one service changes, so the build id changes.
      const newId = 'next0build00';
      const pageFile = path.join(dist, 'client', camhs, 'index.html');
      const html = fs.readFileSync(pageFile, 'utf8').replace('</h1>', '</h1><p id="changed">Changed in the new build.</p>');
      fs.writeFileSync(pageFile, html);
      fs.writeFileSync(`${pageFile}.br`, zlib.brotliCompressSync(html));
      fs.writeFileSync(`${pageFile}.gz`, zlib.gzipSync(html));
      for (const file of ['sw.js', 'offline/bundle.json']) {
        const full = path.join(dist, 'client', file);
        fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replaceAll(oldId, newId));
        fs.rmSync(`${full}.br`);
        fs.rmSync(`${full}.gz`);
      }

      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      await poll(async () => Object.keys(await savedPaths(page))).toEqual([`local-offer-${newId}`]);
      await context.setOffline(true);
      await page.goto(copy.origin + camhs);
      expect(await page.locator('#changed').textContent()).toBe('Changed in the new build.');
      expect(await page.locator('.app-offline-banner').isVisible()).toBe(true);
      await context.close();
    } finally {
      await copy.stop();
      fs.rmSync(dist, { recursive: true, force: true });
    }
  }, 300_000);
});
