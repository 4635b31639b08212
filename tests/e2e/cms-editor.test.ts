import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startBuiltSite, type RunningSite } from '../support/server';
import { launchBrowser } from '../support/browser';
import { field, openAdmin, startCmsSandbox, type CmsSandbox } from '../support/decap';
import { todayIso } from '../../cms/widgets/ReviewDateControl';

// Everyday jobs a navigator does in the editor, and the ways it used to let
// them down (issue 19): Chromium, the production build, the local backend on
// a throwaway Git copy of the content. One site, one decap-server and one
// browser for the whole file.

let site: RunningSite;
let browser: Browser;
let navigator: BrowserContext;
let sandbox: CmsSandbox;
let page: Page;

beforeAll(async () => {
  [site, browser, sandbox] = await Promise.all([startBuiltSite(), launchBrowser(), startCmsSandbox()]);
  navigator = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await openAdmin(navigator, site.origin, sandbox);
});
afterEach(async (context) => {
  if (context.task.result?.state === 'fail') {
    fs.mkdirSync('tests/.output', { recursive: true });
    await page.screenshot({ path: `tests/.output/cms-editor-failure-${context.task.name.replace(/\W+/g, '-')}.png` });
  }
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await sandbox?.stop();
});

const git = (...args: string[]) => execFileSync('git', args, { cwd: sandbox.dir, encoding: 'utf8' }).trim();
const drafts = () => git('for-each-ref', '--format=%(refname:short)', 'refs/heads/cms/').split('\n').filter(Boolean);
const openEntry = async (collection: string, slug: string) => {
  await page.goto(`${site.origin}/admin/#/collections/${collection}/entries/${slug}`);
  await page.getByRole('button', { name: 'Save' }).waitFor();
};
/** The Workflow board, loaded afresh as a navigator coming back to it would. */
const openWorkflow = async () => {
  await page.goto(`${site.origin}/admin/#/workflow`);
  await page.reload();
  await page.getByRole('heading', { name: /Drafts/i }).or(page.getByText(/^Drafts$/)).first().waitFor();
};

describe('drafts never get stuck', () => {
  it('changing the address to another entry opens that entry, and saving saves that one', async () => {
    await openEntry('services', 'family-hubs');
    await expect.poll(() => field(page, 'Service name').inputValue(), { timeout: 10_000 }).toBe('Family hubs');
    await page.evaluate(() => (window.location.hash = '#/collections/services/entries/brightsteps-day-nurseries'));
    await expect.poll(() => field(page, 'Service name').inputValue().catch(() => ''), { timeout: 20_000 }).toBe('Brightsteps day nurseries');
    await page.getByRole('button', { name: 'Mark as reviewed today' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved as a draft').first().waitFor();
    expect(drafts()).toEqual(['cms/services/brightsteps-day-nurseries']);
    expect(git('diff', '--name-only', 'main', 'cms/services/brightsteps-day-nurseries')).toBe('content/services/brightsteps-day-nurseries.md');
    expect(git('show', 'cms/services/brightsteps-day-nurseries:content/services/brightsteps-day-nurseries.md')).toContain(`lastReviewed: ${todayIso()}`);

    await openWorkflow();
    await page.getByText('Brightsteps day nurseries').first().waitFor();
    expect(await page.getByText(/Failed to load entry/).count()).toBe(0);
  });

  it('a draft with no changes left in Git does not break the Workflow board or the entry', async () => {
    // What an older decap-server left behind: a draft branch identical to main.
    git('branch', 'cms/services/family-hubs', 'main');
    git('config', 'branch.cms/services/family-hubs.description', 'decap-cms/draft');
    await openWorkflow();
    await page.getByText('Brightsteps day nurseries').first().waitFor();
    expect(await page.getByText(/Failed to load entry/).count()).toBe(0);
    expect(drafts()).toEqual(['cms/services/brightsteps-day-nurseries']);

    await openEntry('services', 'family-hubs');
    await expect.poll(() => field(page, 'Service name').inputValue(), { timeout: 10_000 }).toBe('Family hubs');
    await field(page, 'Phone (optional)').fill('01632 960999');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved as a draft').first().waitFor();
    expect(git('diff', '--name-only', 'main', 'cms/services/family-hubs')).toBe('content/services/family-hubs.md');
  });

  it('a navigator can discard a draft from the editor', async () => {
    await openEntry('services', 'family-hubs');
    await page.getByRole('button', { name: /Delete unpublished changes/i }).click();
    await expect.poll(drafts).toEqual(['cms/services/brightsteps-day-nurseries']);
  });
});
