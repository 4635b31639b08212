/**
 * `npm run bench:editor [-- 10000]`: the editor (Decap, local backend) with a
 * county's number of service files. Writes a synthetic area's services and
 * organisations (scripts/search-bench/synthetic-area.ts) into a sandbox Git
 * copy of the content, starts decap-server on it and the built site (build
 * first: it needs dist/client/admin/), and times in Chromium what a navigator
 * does: log in, open the Services list, search for a service, open it, change
 * its summary and save the draft. Prints each time and the machine's load.
 * A benchmark, never a test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { startBuiltSite } from '../tests/support/server.ts';
import { editorContext, field, openAdmin, type CmsSandbox } from '../tests/support/decap.ts';
import { freePort } from '../tests/support/free-port.ts';
import { createSandbox, startLocalBackend } from '../cms/local-backend.ts';
import { writeSyntheticArea } from './search-bench/synthetic-area.ts';

const count = Number(process.argv.slice(2).find((a) => Number(a) > 0) ?? 10000);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'local-offer-editor-bench-'));

function sandboxWithArea(): string {
  // The demo content for everything else, with the synthetic area's services and organisations.
  const area = path.join(work, 'area');
  writeSyntheticArea(area, count, 'content');
  const from = path.join(work, 'from');
  fs.cpSync('content', path.join(from, 'content'), { recursive: true });
  for (const folder of ['services', 'organisations']) {
    fs.rmSync(path.join(from, 'content', folder), { recursive: true, force: true });
    fs.cpSync(path.join(area, folder), path.join(from, 'content', folder), { recursive: true });
  }
  return createSandbox(path.join(work, 'sandbox'), from);
}

const timed = async (label: string, step: () => Promise<unknown>, times: [string, number][]) => {
  const started = performance.now();
  await step();
  times.push([label, (performance.now() - started) / 1000]);
  console.error(`  ${label}: ${times.at(-1)![1].toFixed(1)} s`);
};

console.error(`Writing ${count} service files into a sandbox…`);
const dir = sandboxWithArea();
const port = await freePort();
const backend = await startLocalBackend(dir, port);
const sandbox: CmsSandbox = { dir, backend, port, stop: () => backend.stop() };
const site = await startBuiltSite();
const browser = await launchBrowser();
const times: [string, number][] = [];
const load = os.loadavg()[0];
try {
  const context = await editorContext(browser);
  let page!: Awaited<ReturnType<typeof openAdmin>>;
  await timed('log in to the editor', async () => (page = await openAdmin(context, site.origin, sandbox)), times);
  const files = fs.readdirSync(path.join(dir, 'content/services')).sort();
  const target = fs.readFileSync(path.join(dir, 'content/services', files[Math.floor(files.length / 2)]), 'utf8');
  const name = /^name: (.+)$/m.exec(target)![1].replace(/^['"]|['"]$/g, '');
  await timed(
    'open the Services list (first entries shown)',
    async () => {
      await page.getByRole('link', { name: 'Services' }).first().click();
      await page.locator('a[href*="/collections/services/entries/"]').first().waitFor({ timeout: 300_000 });
    },
    times,
  );
  await timed(
    `search for "${name}"`,
    async () => {
      const box = page.getByPlaceholder(/search/i).first();
      await box.fill(name);
      await box.press('Enter');
      await page.getByText(name, { exact: true }).first().waitFor({ timeout: 300_000 });
    },
    times,
  );
  await timed(
    'open the service',
    async () => {
      await page.getByText(name, { exact: true }).first().click();
      await field(page, 'Summary').waitFor({ timeout: 300_000 });
    },
    times,
  );
  await timed(
    'change its summary and save the draft',
    async () => {
      await field(page, 'Summary').fill('A drop-in for parents, changed in the editor benchmark to check saving at a county’s size.');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Saved as a draft').first().waitFor({ timeout: 300_000 });
    },
    times,
  );
  await context.close();
} finally {
  await browser.close();
  await site.stop();
  await sandbox.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
console.log(
  `\nEditor benchmark, ${count.toLocaleString('en-GB')} service files, local backend (${os.cpus().length} cores, load average ${load.toFixed(1)} → ${os.loadavg()[0].toFixed(1)})`,
);
for (const [label, seconds] of times) console.log(`  ${label.padEnd(60)} ${seconds.toFixed(1)} s`);
