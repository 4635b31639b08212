/**
 * `npm run bench`: builds the site and prints build time and the weight of
 * each page type (HTML plus the CSS and JS it loads), as a browser on a
 * first visit would transfer it, uncompressed and gzipped.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { builtPagePaths, builtHtml } from '../tests/support/sitemap.ts';

const started = performance.now();
if (!process.argv.includes('--no-build')) execSync('npm run build --silent', { stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;

const pageTypes: [string, RegExp][] = [
  ['home', /^\/$/],
  ['age or need chooser', /^\/age\/[^/]+\/$/],
  ['browse list', /^\/(age\/[^/]+\/[^/]+|need\/[^/]+|tier\/[^/]+|topic\/[^/]+)\/$/],
  ['A to Z', /^\/services\/$/],
  ['service', /^\/services\/[^/]+\/$/],
  ['information', /^\/information\/[^/]+\/$/],
  ['organisation', /^\/organisations\/[^/]+\/$/],
  ['editor (/admin/, staff)', /^\/admin\/$/],
];

function assetBytes(html: string): { raw: number; gzip: number; js: number; requests: number } {
  let raw = Buffer.byteLength(html);
  let gzip = zlib.gzipSync(html).length;
  let js = 0;
  let requests = 1;
  for (const m of html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)) {
    const file = path.join('dist/client', m[1]);
    if (!fs.existsSync(file)) continue;
    const body = fs.readFileSync(file);
    raw += body.length;
    gzip += zlib.gzipSync(body).length;
    if (m[1].endsWith('.js')) js += body.length;
    requests++;
  }
  return { raw, gzip, js, requests };
}

const pages = builtPagePaths();
console.log(`Build (astro + pagefind): ${buildSeconds.toFixed(1)} s for ${pages.length} pages`);
console.log('page type              pages  heaviest page                                    raw kB  gzip kB  JS bytes  requests');
for (const [type, pattern] of pageTypes) {
  const matching = pages.filter((p) => pattern.test(p)).map((p) => ({ p, ...assetBytes(builtHtml(p)) }));
  if (!matching.length) continue;
  const heaviest = matching.reduce((a, b) => (b.raw > a.raw ? b : a));
  console.log(
    `${type.padEnd(22)} ${String(matching.length).padStart(5)}  ${heaviest.p.slice(0, 46).padEnd(46)} ${(heaviest.raw / 1024).toFixed(1).padStart(8)} ${(heaviest.gzip / 1024).toFixed(1).padStart(8)} ${String(heaviest.js).padStart(9)} ${String(heaviest.requests).padStart(9)}`,
  );
}
