import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startBuiltSite, type RunningSite } from '../support/server';
import { launchBrowser } from '../support/browser';
import {
  choose,
  editorContext,
  field,
  insertBlock,
  openAdmin,
  previewFrame,
  saveAndPublish,
  startCmsSandbox,
  typeMarkdown,
  type CmsSandbox,
} from '../support/decap';
import { todayIso } from '../../cms/widgets/ReviewDateControl';

// A navigator using the editor at /admin/ against the local backend
// (decap-server in Git mode) on a throwaway Git copy of the content, so
// content/ is never touched. Runs against the production build.

let site: RunningSite;
let browser: Browser;
let navigator: BrowserContext; // one navigator's browser: logged in once, the editor's script cached
let sandbox: CmsSandbox;
let page: Page | undefined;

beforeAll(async () => {
  [site, browser, sandbox] = await Promise.all([startBuiltSite(), launchBrowser(), startCmsSandbox()]);
  navigator = await editorContext(browser);
});
afterEach(async (context) => {
  if (page && context.task.result?.state === 'fail') {
    fs.mkdirSync('tests/.output', { recursive: true });
    await page.screenshot({ path: `tests/.output/cms-failure-${context.task.name.replace(/\W+/g, '-')}.png` });
  }
  if (page?.context() !== navigator) await page?.context().close();
  else await page?.close();
  page = undefined;
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await sandbox?.stop();
});

const servicePath = (slug: string) => path.join(sandbox.dir, 'content/services', `${slug}.md`);
const git = (...args: string[]) => execFileSync('git', args, { cwd: sandbox.dir, encoding: 'utf8' }).trim();
/** Only the lines that differ between two versions of a file. */
const changedLines = (before: string, after: string) => {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) };
};

describe('a navigator adding a service', () => {
  const slug = 'little-owls-sensory-play';

  it('fills in the form, previews it, publishes it, and the site builds with the new page', async () => {
    page = await openAdmin(navigator, site.origin, sandbox);
    await page.getByRole('link', { name: 'Services' }).first().click();
    await page.getByRole('link', { name: 'Create entry of type Service' }).click();
    await field(page, 'Service name').fill('Little Owls sensory play');
    await choose(page, 'Run by', 'Northbridge Council');
    await field(page, 'Summary').fill('A calm sensory play session for babies and toddlers with additional needs and their parents.');
    await choose(page, 'Tier (graduated approach)', 'Universal: support anyone can use');
    await choose(page, 'Areas of need', 'Hearing, sight, movement and physical health (sensory and/or physical needs)');
    await choose(page, 'Local Offer topics', 'Leisure and activities');
    await field(page, 'Youngest age').fill('0');
    await field(page, 'Oldest age').fill('4');
    await field(page, 'Who can use it').fill('Any family in Northbridge with a child under 5. No diagnosis needed.');
    await choose(page, 'Who can ask for it', 'You can contact them yourself');
    await page.getByRole('button', { name: 'Add step' }).click();
    await field(page, 'Step').fill('Book a place by phone or just turn up.');
    await field(page, 'It is free').click();
    await field(page, 'Phone (optional)').fill('01632 960777');
    await choose(page, 'How it is delivered', 'In person at a venue');
    await page.getByRole('button', { name: 'Add venue' }).click();
    await field(page, 'Venue name').fill('Riverside Family Hub');
    await field(page, 'Street').fill('14 Mill Lane');
    await field(page, 'Town').fill('Northbridge');
    await field(page, 'County').fill('Northbridge');
    await field(page, 'Postcode').fill('NB1 4AA');
    await page.getByRole('button', { name: 'Mark as reviewed today' }).click();
    await field(page, 'Job title of who keeps it up to date').fill('Family Hubs Manager');
    // Someone pastes script into the body (GHSA-xp8g-32qh-mv28): it must not run anywhere.
    await typeMarkdown(page, [
      'Soft lights, music and things to touch.',
      '',
      '<script>window.__injected = true</script>',
      '',
      '<img src="x" onerror="window.__injected = true">',
    ]);

    const preview = await previewFrame(page);
    await preview.getByRole('heading', { name: 'Little Owls sensory play', level: 1 }).waitFor();
    const previewMain = preview.locator('main');
    expect(await previewMain.innerText()).toContain('Soft lights, music and things to touch.');
    expect(await previewMain.innerText()).not.toContain('Not ready to publish yet');
    expect(await previewMain.innerHTML()).not.toMatch(/<script|onerror/i);
    expect(await preview.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();

    await saveAndPublish(page);

    // Published: merged into main, the draft branch gone, one file written as the schema expects.
    expect(git('branch', '--format=%(refname:short)')).toBe('main');
    const file = matter(fs.readFileSync(servicePath(slug), 'utf8'));
    expect(file.data).toMatchObject({
      name: 'Little Owls sensory play',
      status: 'active',
      organisation: 'northbridge-council',
      tier: 'universal',
      needs: ['sensory-physical'],
      topics: ['leisure'],
      ageRange: { min: 0, max: 4 },
      eligibility: 'Any family in Northbridge with a child under 5. No diagnosis needed.',
      access: { route: 'self-referral', steps: ['Book a place by phone or just turn up.'] },
      cost: { free: true },
      contact: { phone: '01632 960777' },
      delivery: ['in-person'],
      locations: [{ name: 'Riverside Family Hub', address: { street: '14 Mill Lane', town: 'Northbridge', county: 'Northbridge', postcode: 'NB1 4AA' } }],
      languages: ['English'],
      reviewOwner: 'Family Hubs Manager',
    });
    expect(file.data.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Date(file.data.lastReviewed).toISOString().slice(0, 10)).toBe(todayIso());
    expect(Object.keys(file.data.contact)).toEqual(['phone']); // emptied optional fields are left out, not saved as ""
    expect(file.content).toContain('Soft lights, music and things to touch.');

    // The site builds from the sandbox content, with a page for the new service and no injected script.
    // Inside the project, so the build's server chunks can find node_modules while prerendering.
    fs.mkdirSync('tests/.output', { recursive: true });
    const outDir = fs.mkdtempSync(path.resolve('tests/.output/cms-build-'));
    try {
      execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
        // Public pages only: the editor's bundle is not what this checks, and it is slow to build.
        env: { ...process.env, LOCAL_OFFER_CONTENT: path.join(sandbox.dir, 'content'), LOCAL_OFFER_SKIP_ADMIN: '1' },
        stdio: 'pipe',
      });
      const html = fs.readFileSync(path.join(outDir, 'client/services', slug, 'index.html'), 'utf8');
      expect(html).toContain('<h1>Little Owls sensory play</h1>');
      expect(html).toContain('Soft lights, music and things to touch.');
      expect(html).not.toMatch(/<script|onerror|__injected/i);
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
    // Publishing and then building the site: minutes on a busy machine.
  }, 300_000);
});

describe('a navigator updating a service', () => {
  it('changes the phone number and nothing else in the file', async () => {
    const slug = 'chatterbox-speech-and-language-drop-in';
    const before = fs.readFileSync(servicePath(slug), 'utf8');
    page = await openAdmin(navigator, site.origin, sandbox);
    await page.goto(`${site.origin}/admin/#/collections/services/entries/${slug}`);
    await field(page, 'Phone (optional)').fill('01632 960211');
    await saveAndPublish(page);

    expect(changedLines(before, fs.readFileSync(servicePath(slug), 'utf8'))).toEqual({
      removed: ['  phone: 01632 960210'],
      added: ['  phone: 01632 960211'],
    });
    expect(git('diff', '--name-only', 'HEAD~1', 'HEAD')).toBe(`content/services/${slug}.md`);
  });

  it('marks a service as reviewed today in one click, and says when the next check is due', async () => {
    const slug = 'brightsteps-day-nurseries';
    const before = fs.readFileSync(servicePath(slug), 'utf8');
    page = await openAdmin(navigator, site.origin, sandbox);
    await page.goto(`${site.origin}/admin/#/collections/services/entries/${slug}`);
    await page.getByText(/^Due for review: the next check was due on/).waitFor();
    await page.getByRole('button', { name: 'Mark as reviewed today' }).click();
    await expect.poll(() => field(page!, 'Last checked').inputValue()).toBe(String(Number(todayIso().slice(8))));
    await page.getByText(/^Marked as reviewed today\. Next check due by/).waitFor();
    await saveAndPublish(page);

    const { removed, added } = changedLines(before, fs.readFileSync(servicePath(slug), 'utf8'));
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatch(/^lastReviewed: 2025-/);
    expect(added).toEqual([`lastReviewed: ${todayIso()}`]);
  });
});

describe('the preview', () => {
  it('shows a service with the same words as its page on the site', async () => {
    const slug = 'family-hubs';
    page = await openAdmin(navigator, site.origin, sandbox);
    await page.goto(`${site.origin}/admin/#/collections/services/entries/${slug}`);
    const preview = await previewFrame(page);
    await preview.locator('h1').waitFor();
    const built = await browser.newPage();
    await built.goto(`${site.origin}/services/${slug}/`);
    const text = async (p: Page | typeof preview, selector: string) => (await p.locator(selector).allInnerTexts()).join('\n').replace(/\s+/g, ' ').trim();
    for (const selector of [
      'h1',
      '.app-lead',
      '.app-summary-list',
      'section[aria-labelledby="how-to-get-it"]',
      '.app-contact',
      '.app-prose',
      'section[aria-labelledby="where-and-when"]',
      'section[aria-labelledby="languages-access"]',
    ]) {
      expect(await text(preview, selector), selector).toBe(await text(built, selector));
    }
    await built.close();
  });

  it('shows a page with a video (the editor cannot look at the video files; the build checks them)', async () => {
    page = await openAdmin(navigator, site.origin, sandbox);
    await page.goto(`${site.origin}/admin/#/collections/pages/entries/ehc-needs-assessment`);
    const preview = await previewFrame(page);
    await preview.getByRole('heading', { level: 1 }).waitFor();
    expect(await preview.locator('main').innerText()).not.toContain('Not ready to publish yet');
  });

  it('lists what would stop an entry being published, in the words the build uses', async () => {
    page = await openAdmin(navigator, site.origin, sandbox);
    await page.goto(`${site.origin}/admin/#/collections/services/entries/sendiass-advice-line`);
    await field(page, 'Summary').fill('Too short');
    const preview = await previewFrame(page);
    const checks = preview.getByRole('note').filter({ hasText: 'Not ready to publish yet' });
    await expect.poll(() => checks.innerText()).toContain('Summary: Summary is too short: write at least 20 characters');
  });
});

describe('uploading files', () => {
  it('puts a leaflet PDF and a photo into public/uploads', async () => {
    page = await openAdmin(navigator, site.origin, sandbox);
    await page
      .getByRole('button', { name: 'Media' })
      .or(page.getByRole('link', { name: 'Media' }))
      .first()
      .click();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    for (const file of [
      { name: 'short-breaks-leaflet.pdf', mimeType: 'application/pdf', buffer: pdf },
      { name: 'hub-front-door.png', mimeType: 'image/png', buffer: png },
    ]) {
      const chooser = page.waitForEvent('filechooser');
      await page.getByText('Upload', { exact: true }).click();
      await (await chooser).setFiles(file);
      await expect.poll(() => fs.existsSync(path.join(sandbox.dir, 'public/uploads', file.name)), { timeout: 20_000 }).toBe(true);
    }
    // Each upload is its own commit on main (uploads do not wait for the review workflow).
    await expect
      .poll(() =>
        git('log', '--format=%s')
          .split('\n')
          .filter((m) => m.startsWith('CMS: upload'))
          .sort(),
      )
      .toEqual(['CMS: upload public/uploads/hub-front-door.png', 'CMS: upload public/uploads/short-breaks-leaflet.pdf']);
  });
});

describe('checks before saving', () => {
  it('refuses to save an image that has no description, and says why', async () => {
    const file = path.join(sandbox.dir, 'content/pages/short-breaks.md');
    const before = fs.readFileSync(file, 'utf8');
    // A browser of its own: Decap remembers the Markdown mode chosen earlier, and blocks are inserted in rich text mode.
    page = await openAdmin(browser, site.origin, sandbox);
    await page.goto(`${site.origin}/admin/#/collections/pages/entries/short-breaks`);
    await insertBlock(page, 'Image');
    await field(page, 'Describe the image').waitFor();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Not saved. Page text: the image needs a description (alt text) for people who cannot see it.').first().waitFor();
    expect(git('branch', '--format=%(refname:short)')).toBe('main');
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });
});
