import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import type { Browser, Page } from 'playwright-core';
import { startBuiltSite, type RunningSite } from '../support/server';
import { launchBrowser } from '../support/browser';
import { choose, field, openAdmin, previewFrame, saveAndPublish, startCmsSandbox, typeMarkdown, type CmsSandbox } from '../support/decap';

// A navigator using the editor against the local backend (decap-server in
// Git mode) on a throwaway copy of the content; content/ is never touched.

let site: RunningSite;
let browser: Browser;
let sandbox: CmsSandbox;
let page: Page | undefined;

beforeAll(async () => {
  [site, browser, sandbox] = await Promise.all([startBuiltSite(), launchBrowser(), startCmsSandbox()]);
});
afterEach(async (context) => {
  if (page && context.task.result?.state === 'fail') {
    fs.mkdirSync('tests/.output', { recursive: true });
    await page.screenshot({ path: `tests/.output/cms-failure-${context.task.name.replace(/\W+/g, '-')}.png` });
  }
  await page?.close();
  page = undefined;
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await sandbox?.stop();
});

const servicePath = (slug: string) => path.join(sandbox.dir, 'content/services', `${slug}.md`);

describe('a navigator adding a service in the editor', () => {
  it('creates, publishes and builds a new service filled in like a person would', async () => {
    page = await openAdmin(browser, site.origin, sandbox);
    await page.goto(`${site.origin}/admin/#/collections/services/new`);
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
    await field(page, 'Postcode').fill('NB1 4AA');
    await page.getByRole('button', { name: 'Mark as reviewed today' }).click();
    await field(page, 'Job title of who keeps it up to date').fill('Family Hubs Manager');
    await typeMarkdown(page, ['Soft lights, music and things to touch.', '', '<script>window.__injected = true</script>', '', '<img src="x" onerror="window.__injected = true">']);

    const preview = await previewFrame(page);
    await preview.getByRole('heading', { name: 'Little Owls sensory play', level: 1 }).waitFor();
    expect(await preview.locator('main').innerText()).toContain('Soft lights, music and things to touch.');
    await page.screenshot({ path: 'tests/.output/cms-new-service.png' });

    await saveAndPublish(page);
  });
});

describe('a navigator updating a service', () => {
  it('changes the phone number and nothing else in the file', async () => {
    const slug = 'chatterbox-speech-and-language-drop-in';
    const before = fs.readFileSync(servicePath(slug), 'utf8');
    page = await openAdmin(browser, site.origin, sandbox);
    await page.goto(`${site.origin}/admin/#/collections/services/entries/${slug}`);
    await field(page, 'Phone (optional)').fill('01632 960211');
    await saveAndPublish(page);

    const after = fs.readFileSync(servicePath(slug), 'utf8');
    expect(after).toBe(before.replace('phone: 01632 960210', 'phone: 01632 960211'));
    const changed = execFileSync('git', ['diff', '--name-only', 'HEAD~1', 'HEAD'], { cwd: sandbox.dir, encoding: 'utf8' }).trim();
    expect(changed).toBe(`content/services/${slug}.md`);
  });
});
