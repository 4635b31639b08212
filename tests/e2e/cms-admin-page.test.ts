import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { startBuiltSite, type RunningSite } from '../support/server';
import { launchBrowser } from '../support/browser';
import { builtHtml, builtPagePaths, sitemapPaths } from '../support/sitemap';
import { openAdmin, pointAtSandbox, previewFrame, startCmsSandbox, type CmsSandbox } from '../support/decap';
import { axeTags } from '../support/axe';

// The editor's page itself: kept away from the public, under its own
// security policy, and as accessible as Decap CMS allows.

/**
 * Problems in Decap CMS's own interface that we cannot fix from outside it.
 * Each is described in plain words in content/pages/accessibility-statement.md.
 * A rule not listed here fails the test: either our code broke something or a
 * Decap upgrade did, and the statement needs updating either way.
 */
const knownDecapProblems: Record<string, string> = {
  'button-name': 'list item buttons (open, remove) and some toolbar buttons are icons with no name',
  'aria-command-name': 'drag handles for reordering list items have no name',
  'aria-input-field-name': 'the rich text editor area has no name',
  'aria-required-attr': 'the "Rich Text / Markdown" switch does not say whether it is on',
  'nested-interactive': 'toolbar menus put a button inside a button',
  'color-contrast': 'grey text on grey in the header, hints and read-only fields',
  region: 'notices and some toolbar parts sit outside landmarks',
  'landmark-one-main': 'the log-in and workflow screens have no main landmark',
  'page-has-heading-one': 'the log-in screen has no heading',
};

let site: RunningSite;
let browser: Browser;
let sandbox: CmsSandbox;
beforeAll(async () => {
  [site, browser, sandbox] = await Promise.all([startBuiltSite({ LOCAL_OFFER_TODAY: '2026-11-23' }), launchBrowser(), startCmsSandbox()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await sandbox?.stop();
});

const adminScripts = () => [...builtHtml('/admin/').matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);

describe('the admin page', () => {
  it('is the only page that loads the Decap bundle', () => {
    const scripts = adminScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const bundleBytes = scripts.reduce((sum, src) => sum + fs.statSync(path.join('dist/client', src)).size, 0);
    expect(bundleBytes).toBeGreaterThan(1_000_000); // it really is the editor
    const loading = builtPagePaths().filter((p) => !p.startsWith('/admin/') && scripts.some((src) => builtHtml(p).includes(src)));
    expect(loading).toEqual([]);
    console.log(`admin bundle: ${(bundleBytes / 1e6).toFixed(2)} MB in ${scripts.length} script(s), loaded by /admin/ only`);
  });

  it('tells search engines to stay away and is not in the sitemap', () => {
    expect(builtHtml('/admin/')).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(sitemapPaths().filter((p) => p.startsWith('/admin'))).toEqual([]);
  });

  it('carries its own Content Security Policy with no inline scripts allowed', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(builtHtml('/admin/'))?.[1] ?? '';
    const scriptSrc = csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self' 'unsafe-eval'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
  });

  it("never lets the editor talk to this computer: Decap's probe of a running decap-server is refused, and it offers GitLab", async () => {
    // The editor journeys switch the policy off to reach their decap-server (editorContext in tests/support/decap.ts).
    // Here it is on, and decap-server is running: the page a navigator gets from the live site while `npm run cms` runs.
    const page = await (await browser.newContext()).newPage();
    await pointAtSandbox(page, sandbox.port);
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/.test(m.text())) refused.push(m.text());
    });
    await page.goto(`${site.origin}/admin/`);
    await page.getByRole('button', { name: 'Login with GitLab' }).waitFor();
    expect(await page.getByRole('button', { name: 'Login', exact: true }).count()).toBe(0);
    expect(
      refused.some((m) => m.includes(`'http://127.0.0.1:${sandbox.port}/api/v1' violates the following Content Security Policy directive: "connect-src`)),
    ).toBe(true);
    // Nothing else is refused: the editor's scripts and styles load under the production policy.
    expect(refused.filter((m) => !m.includes(`127.0.0.1:${sandbox.port}`))).toEqual([]);
    await page.context().close();
  });

  it('has only the known Decap accessibility problems, and none in our own parts', async () => {
    const found = new Map<string, string>();
    const sweep = async (page: Page, screen: string, skip: string[] = []) => {
      const results = await new AxeBuilder({ page }).withTags(axeTags).disableRules(skip).analyze();
      for (const v of results.violations) found.set(v.id, `${screen}: ${v.help} (${v.nodes.length})`);
    };
    const login = await (await browser.newContext()).newPage();
    await login.goto(`${site.origin}/admin/`);
    await login.getByRole('button', { name: 'Login' }).waitFor();
    await sweep(login, 'log in');
    await login.context().close();

    // The editor holds nearly every Decap widget, our review date field and the preview.
    const page = await openAdmin(browser, site.origin, sandbox);
    await page.goto(`${site.origin}/admin/#/collections/services/entries/family-hubs`);
    await (await previewFrame(page)).locator('h1').waitFor();
    await page.getByRole('button', { name: 'Mark as reviewed today' }).waitFor();
    // Colour contrast is checked on the log-in screen and on our own parts below: on the whole
    // editor it takes axe most of a minute and only finds Decap's grey-on-grey again.
    await sweep(page, 'editor', ['color-contrast']);
    // The other main screens: a collection's list of entries and the Workflow board.
    await page.goto(`${site.origin}/admin/#/collections/services`);
    await page
      .getByRole('link', { name: /Family hubs/ })
      .first()
      .waitFor();
    await sweep(page, 'collection list', ['color-contrast']);
    await page.goto(`${site.origin}/admin/#/workflow`);
    await page.getByText('Drafts and review').first().waitFor();
    await page
      .getByText(/^Drafts$/)
      .first()
      .waitFor();
    await sweep(page, 'workflow board', ['color-contrast']);
    await page.goto(`${site.origin}/admin/#/collections/services/entries/family-hubs`);
    await (await previewFrame(page)).locator('h1').waitFor();
    await page.getByRole('button', { name: 'Mark as reviewed today' }).waitFor();
    const unexpected = [...found].filter(([id]) => !(id in knownDecapProblems)).map(([id, where]) => `${id} – ${where}`);
    expect(unexpected).toEqual([]);
    console.log(`Decap accessibility problems still present: ${[...found.keys()].join(', ')}`);

    // What we add to the editor must itself be clean.
    const ours = await new AxeBuilder({ page }).withTags(axeTags).include('[data-review-date]').include(['#preview-pane', 'main']).analyze();
    expect(ours.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  }, 240_000);
});

describe('the due-for-review page', () => {
  it('lists overdue services most overdue first, each linking to the editor', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${site.origin}/admin/review/`);
    const overdue = page.getByRole('table', { name: 'Overdue, most overdue first' });
    const rows = await overdue.locator('tbody tr').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    const days = rows.map((r) => Number(/(\d+) days?/.exec(r)?.[1]));
    expect(days).toEqual([...days].sort((a, b) => b - a));
    const first = overdue.getByRole('link').first();
    expect(await first.getAttribute('href')).toMatch(/^\/admin\/#\/collections\/(services|pages|schools)\/entries\/[a-z0-9-]+$/);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
    await page.context().close();
  });

  it('passes axe and does not scroll sideways at 320 px', async () => {
    const page = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
    await page.goto(`${site.origin}/admin/review/`);
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.context().close();
  });
});
