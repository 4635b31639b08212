/**
 * `npm run bench:cms`: how heavy and how quick the production editor is.
 * Needs `npm run build` first. Starts the built site, decap-server on a
 * sandbox copy of the content and headless Chromium, then prints, for a
 * navigator's first visit (empty cache) and a second one (cached):
 *   - bytes sent to open /admin/ and reach the collection list (as our server
 *     compresses them), and the largest files
 *   - time from opening /admin/ to the list of services
 *   - time to open a service, and to save a change as a draft
 * Figures go in docs/editor.md ("How heavy the editor is"); `-- --screenshot`
 * also saves docs/images/editor-service.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { startBuiltSite } from '../tests/support/server.ts';
import { createSandbox, startLocalBackend } from '../cms/local-backend.ts';
import { editorContext, pointAtSandbox } from '../tests/support/decap.ts';
import { freePort } from '../tests/support/free-port.ts';

const dir = createSandbox(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cms-')));
const port = await freePort();
const [site, backend, browser] = await Promise.all([startBuiltSite(), startLocalBackend(dir, port), launchBrowser()]);
const context = await editorContext(browser);

const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function visit(page: Page, label: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const sizes = new Map<string, number>();
  const urls = new Map<string, string>();
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
  const started = Date.now();
  await page.goto(`${site.origin}/admin/`);
  const login = page.getByRole('button', { name: 'Login' });
  const services = page.getByRole('link', { name: 'Services' }).first();
  await login.or(services).first().waitFor({ timeout: 60_000 });
  if (await login.isVisible()) await login.click();
  await page
    .getByRole('link', { name: /Family hubs/ })
    .first()
    .waitFor({ timeout: 60_000 });
  const toList = Date.now() - started;
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const largest = [...sizes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([id, size]) => `${new URL(urls.get(id) ?? '').pathname.split('/').pop()} ${kB(size)}`);
  console.log(`${label}: ${kB(total)} sent in ${sizes.size} responses; collection list after ${seconds(toList)}`);
  console.log(`  largest: ${largest.join(', ')}`);
  await cdp.detach();
}

console.log(
  `load average before: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} (${os.cpus().length} cores)`,
);
try {
  const page = await context.newPage();
  await pointAtSandbox(page, port);
  await visit(page, 'first visit (empty cache)');

  let started = Date.now();
  await page
    .getByRole('link', { name: /Family hubs/ })
    .first()
    .click();
  await page.getByLabel('Service name', { exact: true }).waitFor();
  await page.locator('iframe').first().waitFor();
  console.log(`open a service: ${seconds(Date.now() - started)}`);
  // --screenshot: the picture in docs/editor.md.
  if (process.argv.includes('--screenshot')) {
    await page.locator('iframe').first().contentFrame().locator('h1').waitFor();
    fs.mkdirSync('docs/images', { recursive: true });
    await page.screenshot({ path: 'docs/images/editor-service.png' });
  }

  await page.getByLabel('Phone (optional)', { exact: true }).fill('01632 960998');
  started = Date.now();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved as a draft').first().waitFor({ timeout: 60_000 });
  console.log(`save a change as a draft: ${seconds(Date.now() - started)}`);

  await page.goto('about:blank');
  await visit(page, 'second visit (cached)');
  console.log(
    `load average after: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')}`,
  );
} finally {
  await browser.close();
  await site.stop();
  await backend.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
