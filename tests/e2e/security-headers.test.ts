import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { RunningSite } from '../support/server';
import { startSiteAndBrowser } from '../support/site-and-browser';
import { readBudgets } from '../support/budgets';

let site: RunningSite;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ site, browser, stop } = await startSiteAndBrowser());
});
afterAll(() => stop?.());

/** Every page type in budgets.json, plus a few more kinds of page. */
const pagePaths = [
  ...readBudgets().pageTypes.map((t) => t.path),
  '/age/primary/all/',
  '/organisations/northbridge-council/',
  '/offline/not-saved/',
  '/this-page-does-not-exist/',
];

async function headersOf(path: string) {
  const res = await fetch(site.origin + path, { headers: { 'Accept-Encoding': 'br, gzip' } });
  await res.arrayBuffer();
  return res;
}

function directive(policy: string, name: string): string | undefined {
  return policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.split(/\s+/)[0] === name);
}

describe('security headers from the Node server', () => {
  it('sends the public policy and the other headers with every kind of page and file', async () => {
    const problems: string[] = [];
    for (const path of [...pagePaths, '/sw.js', '/manifest.webmanifest', '/my-list/services/00.json', '/favicon.svg']) {
      const res = await headersOf(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      const check = (ok: boolean, what: string) => ok || problems.push(`${path}: ${what}`);
      check(/default-src 'self'/.test(csp), `CSP missing or without default-src: "${csp}"`);
      check(!/'unsafe-inline'|'unsafe-eval'/.test(csp), `CSP allows unsafe code: "${csp}"`);
      check(directive(csp, 'frame-ancestors') === "frame-ancestors 'none'", 'no frame-ancestors');
      check(directive(csp, 'object-src') === "object-src 'none'", 'no object-src');
      check(res.headers.get('x-content-type-options') === 'nosniff', 'no X-Content-Type-Options');
      // Form pages send the stricter same-origin (answers' addresses never leave the site); either keeps addresses from other sites.
      check(['strict-origin-when-cross-origin', 'same-origin'].includes(res.headers.get('referrer-policy') ?? ''), 'no Referrer-Policy');
      check(/camera=\(\)/.test(res.headers.get('permissions-policy') ?? ''), 'no Permissions-Policy');
      check(res.headers.get('x-frame-options') === 'DENY', 'no X-Frame-Options');
    }
    expect(problems).toEqual([]);
  });

  it('gives the CMS editor its own, looser policy, and nothing else', async () => {
    const res = await headersOf('/admin/');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(directive(csp, 'script-src')).toContain("'unsafe-eval'");
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(csp).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    // The page's own meta policy (built for production) has no local backend either.
    const html = await (await fetch(site.origin + '/admin/')).text();
    expect(html).toMatch(/http-equiv="content-security-policy"/i);
    expect(html).not.toMatch(/content="[^"]*localhost/);
  });

  it('writes the same headers to _headers for static hosts, and does not serve that file', async () => {
    const file = fs.readFileSync('dist/client/_headers', 'utf8');
    const served = (await headersOf('/services/')).headers.get('content-security-policy');
    expect(file).toContain(`/*\n`);
    expect(file).toContain(`  Content-Security-Policy: ${served}\n`);
    expect(file).toMatch(/\/admin\/\*\n(.*\n)* {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'unsafe-eval'/);
    expect((await headersOf('/_headers')).status).toBe(404);
  });

  it('sends pages compressed to browsers that accept it', async () => {
    const res = await headersOf('/services/');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const plain = await fetch(`${site.origin}/services/`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toContain('<h1>All services A to Z</h1>');
  });

  it("compresses open data as it sends it, and leaves Pagefind's already-gzipped index alone", async () => {
    const openData = await headersOf('/openreferral/services.json');
    expect(openData.headers.get('content-encoding')).toBe('br');
    expect(fs.existsSync('dist/client/openreferral/services.json.br')).toBe(false);
    const chunk = fs.readdirSync('dist/client/pagefind/index')[0];
    const res = await fetch(`${site.origin}/pagefind/index/${chunk}`, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    const body = new Uint8Array(await res.arrayBuffer());
    expect([body[0], body[1]]).toEqual([0x1f, 0x8b]);
    expect(body.length).toBe(fs.statSync(`dist/client/pagefind/index/${chunk}`).size);
  });
});

describe('the Content Security Policy in Chromium', () => {
  /** Opens a page with the policy enforced, recording every violation and console error. */
  async function visit(path: string, act?: (page: Page) => Promise<void>) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const problems: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => problems.push(`${path}: ${v}`));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
          `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} ${e.sample}`,
        ),
      ),
    );
    page.on('console', (m) => m.type() === 'error' && !/404|Not Found/.test(m.text()) && problems.push(`${path}: console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
    const res = await page.goto(site.origin + path);
    await page.waitForLoadState('networkidle');
    if (act) await act(page);
    return { page, context, problems, status: res?.status() };
  }

  it('is enforced: an injected inline script is blocked and reported', async () => {
    const { page, context, problems } = await visit('/services/');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
      return (window as unknown as { injected?: boolean }).injected === true;
    });
    await expect.poll(() => problems.length).toBeGreaterThan(0);
    expect(ran).toBe(false);
    expect(problems[0]).toContain('script-src');
    await context.close();
  });

  it('reports no violation on any page type, with the list, offline saving and search working', async () => {
    const all: string[] = [];
    for (const path of pagePaths) {
      const { context, problems } = await visit(path, async (page) => {
        if (path.startsWith('/my-list/')) await expect.poll(() => page.locator('[data-qr] svg').count(), { timeout: 15_000 }).toBe(1);
        if (path === '/offline/') {
          const save = page.getByRole('button', { name: /^Save the Local Offer/ });
          await expect.poll(() => save.isEnabled(), { timeout: 15_000 }).toBe(true);
          await save.click();
          await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 60_000 }).toContain('Saved.');
        }
        if (path.startsWith('/search/')) await page.waitForTimeout(2000);
      });
      await context.close();
      all.push(...problems);
    }
    expect(all).toEqual([]);
  }, 300_000);
});
