/**
 * `npm run bench`: builds the site, then prints
 * 1. build time and the heaviest page of each type, from the files
 *    (raw, and compressed as the server sends them);
 * 2. for one page of each type in budgets.json, what Chromium actually
 *    transferred (bytes, requests, JavaScript) and the Lighthouse mobile scores;
 * 3. the size of the offline copy.
 * `--no-build` uses the last build; `--no-lighthouse` skips Lighthouse.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { builtPagePaths, builtHtml } from '../tests/support/sitemap.ts';
import { startBuiltSite } from '../tests/support/server.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { measurePage } from '../tests/support/page-weight.ts';
import { runLighthouse } from '../tests/support/lighthouse.ts';
import { readBudgets } from '../tests/support/budgets.ts';
import { pageFileWeight } from '../tests/support/file-weight.ts';

const started = performance.now();
if (!process.argv.includes('--no-build')) execSync('npm run build --silent', { stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;
const kB = (n: number) => (n / 1000).toFixed(1);

const pageTypes: [string, RegExp][] = [
  ['home', /^\/$/],
  ['age or need chooser', /^\/age\/[^/]+\/$/],
  ['browse list', /^\/(age\/[^/]+\/[^/]+|need\/[^/]+|tier\/[^/]+|topic\/[^/]+)\/$/],
  ['A to Z', /^\/services\/$/],
  ['service', /^\/services\/[^/]+\/$/],
  ['information', /^\/information\/[^/]+\/$/],
  ['organisation', /^\/organisations\/[^/]+\/$/],
  ['editor (/admin/, staff)', /^\/admin\/$/],
  ['use offline', /^\/offline\/$/],
];

const pages = builtPagePaths();
console.log(`Build (astro + pagefind + postbuild): ${buildSeconds.toFixed(1)} s for ${pages.length} pages\n`);
console.log('From the built files (HTML + its CSS and JS; "sent" = Brotli, as the server sends them)');
console.log('page type              pages  heaviest page                                    raw kB  sent kB  JS bytes  requests');
for (const [type, pattern] of pageTypes) {
  const matching = pages.filter((p) => pattern.test(p)).map((p) => ({ p, ...pageFileWeight(builtHtml(p), p) }));
  if (!matching.length) continue;
  const heaviest = matching.reduce((a, b) => (b.raw > a.raw ? b : a));
  console.log(
    `${type.padEnd(22)} ${String(matching.length).padStart(5)}  ${heaviest.p.slice(0, 46).padEnd(46)} ${kB(heaviest.raw).padStart(8)} ${kB(heaviest.sent).padStart(8)} ${String(heaviest.js).padStart(9)} ${String(heaviest.requests).padStart(9)}`,
  );
}

const bundle = JSON.parse(fs.readFileSync(path.join('dist/client/offline/bundle.json'), 'utf8'));
console.log(`\nOffline copy ("Save the Local Offer for offline use"): ${bundle.files.length} files, ${kB(bundle.bytes)} kB to download\n`);

const budgets = readBudgets();
const site = await startBuiltSite();
const browser = await launchBrowser();
try {
  const measured = [];
  for (const type of budgets.pageTypes) {
    const weight = await measurePage(browser, site.origin, type.path);
    measured.push({ type, weight });
  }
  const lighthouse = process.argv.includes('--no-lighthouse') ? [] : await runLighthouse(measured.map((m) => site.origin + m.type.path));
  console.log('Measured in Chromium (first visit, empty cache) and Lighthouse mobile (performance / accessibility / best practices / SEO)');
  console.log('page type        transferred kB  requests  JS bytes   Lighthouse');
  for (const [i, { type, weight }] of measured.entries()) {
    const s = lighthouse[i]?.scores;
    console.log(
      `${type.name.padEnd(16)} ${kB(weight.transferBytes).padStart(14)} ${String(weight.requests).padStart(9)} ${String(weight.jsBytes).padStart(9)}   ${s ? `${s.performance} / ${s.accessibility} / ${s['best-practices']} / ${s.seo}  (CPU benchmark ${lighthouse[i].benchmarkIndex})` : '-'}`,
    );
  }
  console.log('A CPU benchmark well under 1500 means this machine was slower or busier than Lighthouse assumes, which lowers performance scores.');
  console.log(
    `\nBudgets (budgets.json): ≤ ${kB(budgets.maxTransferBytes)} kB per page, 0 JS bytes on browse and service pages, Lighthouse ≥ ${budgets.minLighthouseScore.performance} in each category.`,
  );
} finally {
  await browser.close();
  await site.stop();
}
