/**
 * Runs after `npm run build` (npm's postbuild hook), once Astro has written
 * dist/client:
 *
 * 0. builds the search index (scripts/search-index.ts: Pagefind over the
 *    service pages) in its own process, alongside everything below until the
 *    offline copy's list, which must include the index;
 * 1. lists the files "Save the Local Offer for offline use" downloads, writes
 *    their total size into /offline/ and the list to /offline/bundle.json;
 * 2. builds the service worker (/sw.js) with this build's id;
 * 3. collects every page's Content Security Policy into one header policy,
 *    for the Node server (dist/server/security-headers.json) and for static
 *    hosts (dist/client/_headers), and as add_header lines for nginx
 *    (dist/server/nginx-headers.conf, deploy/nginx/local-offer.conf);
 * 4. builds the production server (dist/server/serve.mjs);
 * 5. writes .br and .gz copies of every text file but the open data, which the server sends.
 *
 * The compression is most of the work at a county's size (15,000 pages), so
 * it starts first, in worker threads (one per core), while Pagefind indexes
 * and this thread merges the policies and builds the server; the offline
 * copy's size uses the gzipped sizes the threads report. Files this step
 * still changes, and the search index, are compressed last.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { build } from 'esbuild';
import { assetsOf, buildIdFor, compressible, listBundleFiles, type OfflineBundle } from '../src/offline/bundle.ts';
import { describeBytes, offlineSizePlaceholder } from '../src/offline/bundle-size.ts';
import { mergePolicies, pagePolicy } from '../src/security/site-policy.ts';
import { adminPolicy, commonHeaders, isAdminPath, withHeaderOnlyDirectives } from '../src/security/policy.ts';
import { urlFor } from '../src/offline/bundle.ts';
import { onDemandPagesToSave } from '../src/offline/cache-rules.ts';
import { everythingLimitBytes, listBaseBytesPlaceholder, partSizePlaceholder, servicePageBytesPlaceholder } from '../src/offline/parts.ts';
import { writeOfflineParts } from './postbuild-steps/offline-parts.ts';
import { GzipCache, compressInWorkers, writeCompressedCopies } from './postbuild-steps/compression.ts';
import { gzipOptions } from './postbuild-steps/compression-options.ts';
import { siteAddress } from '../src/lib/site-address.ts';

const clientDir = 'dist/client';
const serverDir = 'dist/server';
const started = performance.now();

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
/** The page must hold the marker once, or its user would see a marker instead of a size. */
function replaceOnce(html: string, marker: string, value: string): string {
  if (!html.includes(marker)) fail(`${offlinePage} does not contain ${marker}.`);
  return html.replaceAll(marker, value);
}
/** Keeps the offline page's `data-offline-when="<keep>"` section and removes the other. */
function keepSection(html: string, keep: string, drop: string): string {
  const section = new RegExp(`<section[^>]*data-offline-when="${drop}"[\\s\\S]*?</section>`);
  if (!section.test(html) || !html.includes(`data-offline-when="${keep}"`)) fail(`${offlinePage} should have sections data-offline-when="small" and "large".`);
  return html.replace(section, '');
}
function fail(message: string): never {
  console.error(`postbuild: ${message}`);
  process.exit(1);
}

// 0. The search index, in its own process while this one gets on (Pagefind only reads the service pages,
// which nothing here changes). Usually the build has written it already, while drawing the pages, and
// the step only checks it is there. Its files are compressed with the last ones.
const pagefindDir = path.join(clientDir, 'pagefind') + path.sep;
const searchIndex = new Promise<void>((resolve, reject) => {
  const child = spawn(process.execPath, ['--experimental-strip-types', 'scripts/search-index.ts'], { stdio: 'inherit' });
  child.on('error', reject);
  child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the search index (scripts/search-index.ts) stopped with code ${code}`))));
});
// Reported where it is awaited, not as an unhandled rejection meanwhile.
searchIndex.catch(() => undefined);

// 0a. The editor's page carries its own, looser policy (cms/security.ts). Astro's
// strict per-page policy would block Decap's eval and inline styles, so it is
// taken out of admin pages; every other page keeps it.
for (const f of walk(path.join(clientDir, 'admin')).filter((f) => f.endsWith('.html'))) {
  const html = fs.readFileSync(f, 'utf8');
  const stripped = html.replace(/<meta http-equiv="content-security-policy" content="(?![^"]*'unsafe-eval')[^"]*">/gi, '');
  if (stripped !== html) fs.writeFileSync(f, stripped);
}

// Compression starts now, in worker threads, for every text file but the open data (see 5) and
// the files this step still writes (the offline page gets its size; sw.js and bundle.json are new).
const openData = path.join(clientDir, 'openreferral') + path.sep;
const offlinePage = path.join(clientDir, 'offline/index.html');
if (!fs.existsSync(offlinePage)) fail(`${offlinePage} is missing: the "Use this site offline" page must be built.`);
const early = walk(clientDir).filter((f) => compressible.test(f) && !f.startsWith(openData) && !f.startsWith(pagefindDir) && f !== offlinePage);
const compressing = compressInWorkers(early);

// 3. Security headers.
const policies = walk(clientDir)
  .filter((f) => f.endsWith('.html') && !isAdminPath(urlFor(path.relative(clientDir, f))))
  .map((f) => pagePolicy(fs.readFileSync(f, 'utf8')) ?? fail(`${f} has no Content Security Policy meta tag (is security.csp on in astro.config.mjs?)`));
const publicPolicy = mergePolicies(policies);
if (/unsafe-inline/.test(publicPolicy)) fail(`the public pages' policy allows 'unsafe-inline': ${publicPolicy}`);
// The admin policy names the editor's GitLab from this build's settings, so the server takes it from here.
fs.writeFileSync(path.join(serverDir, 'security-headers.json'), JSON.stringify({ publicPolicy, adminPolicy }, null, 2));
const headerLines = (headers: Record<string, string>) =>
  Object.entries(headers)
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n');
fs.writeFileSync(
  path.join(clientDir, '_headers'),
  `# Security headers for static hosts that read a _headers file (Cloudflare Pages syntax).
# Generated by scripts/postbuild.ts from src/security/policy.ts: do not edit.
/*
${headerLines({ ...commonHeaders, 'X-Frame-Options': 'DENY', 'Content-Security-Policy': withHeaderOnlyDirectives(publicPolicy) })}
/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/admin/*
  ! Content-Security-Policy
  ! X-Frame-Options
${headerLines({ 'X-Frame-Options': 'DENY', 'Content-Security-Policy': adminPolicy })}
`,
);

// 3a. The same headers for nginx (deploy/nginx/local-offer.conf includes these), one add_header a line.
const nginxLines = (headers: Record<string, string>) =>
  '# Generated by scripts/postbuild.ts from src/security/policy.ts for this build: do not edit.\n' +
  Object.entries(headers)
    .map(([k, v]) => `add_header ${k} "${v.replaceAll('"', '\\"')}" always;`)
    .join('\n') +
  '\n';
fs.writeFileSync(
  path.join(serverDir, 'nginx-headers.conf'),
  nginxLines({ ...commonHeaders, 'X-Frame-Options': 'DENY', 'Content-Security-Policy': withHeaderOnlyDirectives(publicPolicy) }),
);
fs.writeFileSync(
  path.join(serverDir, 'nginx-admin-headers.conf'),
  nginxLines({ ...commonHeaders, 'X-Frame-Options': 'SAMEORIGIN', 'Content-Security-Policy': adminPolicy }),
);

// 4. The production server.
await build({
  entryPoints: ['src/server/secure-server.ts'],
  outfile: path.join(serverDir, 'serve.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  // Like Astro's entry.mjs, it loads its packages from node_modules.
  packages: 'external',
  external: ['./entry.mjs'],
  logLevel: 'warning',
});

// The offline copy lists the search index, so it must be there.
const indexFrom = performance.now();
try {
  await searchIndex;
} catch (error) {
  fail((error as Error).message);
}
const waitedForIndex = (performance.now() - indexFrom) / 1000;
// The threads' gzipped sizes give the offline copy's size.
const waitedFrom = performance.now();
const gzipSizes = await compressing;
const waited = (performance.now() - waitedFrom) / 1000;
// Every text file is gzipped once: the offline copy's size and the .gz copies both use it.
const gzipped = new GzipCache();
const sizeOf = (file: string) => gzipSizes.get(file) ?? (compressible.test(file) ? gzipped.get(file).length : fs.statSync(file).size);

// 1. The offline bundle.
let files = listBundleFiles(clientDir, sizeOf);
const bytes = files.reduce((sum, f) => sum + f.transferBytes, 0);
const offlineHtml = fs.readFileSync(offlinePage, 'utf8');
if (!offlineHtml.includes(offlineSizePlaceholder)) fail(`${offlinePage} does not contain ${offlineSizePlaceholder}, so it cannot show the download size.`);
// 1b. The parts a family can save instead (src/offline/parts.ts), each with its size on its button.
const parts = writeOfflineParts(clientDir, files);
const offerEverything = bytes <= everythingLimitBytes;
const sizedPage = (total: number) => {
  let html = keepSection(
    offlineHtml.replaceAll(offlineSizePlaceholder, describeBytes(total)),
    offerEverything ? 'small' : 'large',
    offerEverything ? 'large' : 'small',
  );
  for (const part of parts.parts) html = replaceOnce(html, partSizePlaceholder(part.id), describeBytes(part.bytes));
  return replaceOnce(replaceOnce(html, listBaseBytesPlaceholder, String(parts.listBaseBytes)), servicePageBytesPlaceholder, String(parts.servicePageBytes));
};
// The page is itself part of the copy, and filling it in changes its size: settle on the size the
// finished page gives, so the number on the button is what the saved copy's bundle.json says.
const unsizedPageBytes = sizeOf(offlinePage);
let shown = bytes;
let sized = sizedPage(shown);
for (let tries = 0; tries < 3; tries++) {
  const total = bytes - unsizedPageBytes + zlib.gzipSync(sized, gzipOptions).length;
  if (describeBytes(total) === describeBytes(shown)) break;
  shown = total;
  sized = sizedPage(shown);
}
fs.writeFileSync(offlinePage, sized);
files = listBundleFiles(clientDir, sizeOf);
const notSaved = path.join(clientDir, 'offline/not-saved/index.html');
const bundle: OfflineBundle = {
  buildId: buildIdFor(files),
  builtAt: new Date().toISOString(),
  bytes: files.reduce((sum, f) => sum + f.transferBytes, 0),
  core: ['/offline/not-saved/', ...assetsOf(fs.readFileSync(notSaved, 'utf8'))],
  files: [...files.map((f) => f.url), ...onDemandPagesToSave],
};
fs.writeFileSync(path.join(clientDir, 'offline/bundle.json'), JSON.stringify(bundle));
// What `npm run doctor` and GET /healthz say about this build (its id is the offline copy's).
fs.writeFileSync(
  path.join(serverDir, 'build-info.json'),
  JSON.stringify(
    { buildId: bundle.buildId, builtAt: bundle.builtAt, site: siteAddress(), behindProxy: Boolean(process.env.LOCAL_OFFER_BEHIND_PROXY) },
    null,
    2,
  ),
);

// 2. The service worker.
await build({
  entryPoints: ['src/offline/service-worker.ts'],
  outfile: path.join(clientDir, 'sw.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  define: { BUILD_ID: JSON.stringify(bundle.buildId), CORE_FILES: JSON.stringify(bundle.core) },
  logLevel: 'warning',
});

// 5. Compressed copies of what this step wrote. Not of the open data: it is for machines, fetched now and then, and at
// 10,000 services it is half the site's text (about 320 MB), so the server compresses it as it sends it.
const searchIndexFiles = walk(pagefindDir).filter((f) => compressible.test(f));
const late = [offlinePage, path.join(clientDir, 'offline/bundle.json'), path.join(clientDir, 'sw.js'), ...parts.files, ...searchIndexFiles];
writeCompressedCopies(late, gzipped);
const compressed = early.length + late.length;

console.log(
  `postbuild: offline copy ${files.length} files, ${describeBytes(bundle.bytes)} (build ${bundle.buildId}${offerEverything ? '' : `, over ${describeBytes(everythingLimitBytes)}: parts only`}); ` +
    `parts ${parts.parts.map((p) => describeBytes(p.bytes)).join(', ')}; ` +
    `${policies.length} page policies merged; ${compressed} files compressed (then waited ${waitedForIndex.toFixed(1)} s for the search index and ${waited.toFixed(1)} s for the compression threads); ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
);
