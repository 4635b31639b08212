/**
 * `npm run bench:search [-- 1000 10000]`: how search holds up in a large
 * area. For each size it writes a synthetic area OUTSIDE content/ (in the
 * system temp folder), builds it with LOCAL_OFFER_CONTENT pointing there, and
 * prints:
 *   - build time, all of `npm run build`: astro build, pagefind, then the post-build steps
 *   - index size on disk (what /search may download, and everything Pagefind wrote)
 *   - bytes transferred in headless Chromium for the search page plus a first
 *     query (typed in one go, and letter by letter), as our Node server sends
 *     them and as a gzipping CDN or proxy would
 *   - key press to results drawn (the first, which downloads the index, then typing on)
 *   - the no-JavaScript /search: first search the moment the server accepts connections, then a warm one
 *   - the cost of a hostile query (one 200-letter word) on both paths
 * The build runs in a temporary copy of the project so it cannot disturb
 * this worktree's dist/ or the shared content cache in node_modules/.astro.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { writeSyntheticArea } from './search-bench/synthetic-area.ts';
import { childCpuSeconds, makeProjectCopy } from './bench-support/project-copy.ts';

const args = process.argv.slice(2);
const sizes = args
  .filter((a, i) => args[i - 1] !== '--built')
  .map(Number)
  .filter((n) => n > 0);
if (!sizes.length) sizes.push(1000, 5000, 10000);
/**
 * --verbose lists every download of the first query; --keep leaves the built areas in the temp folder;
 * --built DIR measures a project copy already built (by an earlier --keep run) without building again.
 */
const verbose = args.includes('--verbose');
const keep = args.includes('--keep');
const builtAt = args.includes('--built') ? path.resolve(args[args.indexOf('--built') + 1]) : undefined;
const here = process.cwd();
const work = builtAt ? path.dirname(builtAt) : path.join(os.tmpdir(), `local-offer-search-bench-${process.pid}`);
const project = builtAt ?? path.join(work, 'project');
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function run(args: string[], env: Record<string, string>): { wall: number; cpu: number } {
  const started = performance.now();
  const cpu = childCpuSeconds();
  execFileSync(process.execPath, args, { cwd: project, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 26 });
  return { wall: (performance.now() - started) / 1000, cpu: childCpuSeconds() - cpu };
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startServer(): Promise<{ origin: string; stop: () => void; output: () => string }> {
  const port = await freePort();
  const data = fs.mkdtempSync(path.join(work, 'data-'));
  const child = spawn(process.execPath, ['dist/server/serve.mjs'], {
    cwd: project,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), LOCAL_OFFER_DATA_DIR: data },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  const origin = `http://127.0.0.1:${port}`;
  // The server prepares the no-JS search index before it listens: poll every 10 ms so the first search follows at once.
  for (let i = 0; i < 12_000; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  return { origin, stop: () => child.kill('SIGTERM'), output: () => output };
}

/** What a response would weigh gzipped (Pagefind's index files are gzipped already). */
function gzipSize(body: Buffer): number {
  return body[0] === 0x1f && body[1] === 0x8b ? body.length : zlib.gzipSync(body).length;
}

interface Figures {
  services: number;
  build: { wall: number; cpu: number };
  postbuild: { wall: number; cpu: number };
  load: number;
  loadEnd: number;
  indexUsed: number;
  indexAll: number;
  vocabulary: number;
  whole: Downloads;
  typed: Downloads;
  firstKey: number;
  keyMedian: number;
  keyP95: number;
  keySlowest: number;
  prepared: number;
  serverCold: number;
  serverWarm: number;
  longWordServer: number;
  longWordTogether: number;
  longWordOther: number;
  otherSearch: number;
  longWordBrowser: number;
}

async function measure(count: number): Promise<Figures> {
  const load = os.loadavg()[0];
  const none = { wall: NaN, cpu: NaN };
  let [build, postbuild] = [none, none];
  if (!builtAt) {
    const content = path.join(work, `area-${count}`);
    writeSyntheticArea(content, count, path.join(here, 'content'));
    fs.rmSync(path.join(project, 'dist'), { recursive: true, force: true });
    const env = { LOCAL_OFFER_CONTENT: content, LOCAL_OFFER_TODAY: '2026-11-23' };
    console.error(`Building ${count} services…`);
    build = run(['node_modules/astro/bin/astro.mjs', 'build'], env);
    // The post-build step builds the search index (Pagefind) alongside its own work, so its time includes Pagefind's.
    postbuild = run(['--experimental-strip-types', 'scripts/postbuild.ts'], env);
  }

  const pagefindDir = path.join(project, 'dist/client/pagefind');
  const all = filesUnder(pagefindDir);
  // The search page loads pagefind.js, the wasm, the entry, meta, index, filter and fragment files; never the UI kits or the worker.
  const used = all.filter((f) => !/pagefind-(ui|component-ui|modular-ui|highlight|worker)|wasm\.unknown/.test(path.basename(f)));
  const size = (files: string[]) => files.reduce((n, f) => n + fs.statSync(f).size, 0);
  const vocabulary = fs.statSync(path.join(project, 'dist/client/search-vocabulary.json')).size;

  const server = await startServer();
  const browser = await launchBrowser();
  try {
    // The no-JavaScript path first, the moment the server accepts connections (it prepared its index before listening).
    let t = performance.now();
    await (await fetch(`${server.origin}/search?q=autism+holiday+club`)).text();
    const serverCold = performance.now() - t;
    t = performance.now();
    await (await fetch(`${server.origin}/search?q=speach+therapy&cost=free`)).text();
    const serverWarm = performance.now() - t;
    const prepared = Number(/Search index ready in (\d+) ms/.exec(server.output())?.[1] ?? NaN);
    // A hostile query: one 200-letter word, alone and sent at the same moment as an ordinary search
    // (each timed from its own request), beside that search alone: the long word must not hold it up.
    const longWord = Array.from({ length: 200 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[(i * 7) % 26]).join('');
    const timed = async (q: string) => {
      const started = performance.now();
      await (await fetch(`${server.origin}/search?q=${q}`)).text();
      return performance.now() - started;
    };
    const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
    const alone: number[] = [];
    const otherAlone: number[] = [];
    const together: [number, number][] = [];
    for (let i = 0; i < 5; i++) {
      alone.push(await timed(longWord));
      otherAlone.push(await timed('wheelchair'));
      together.push(await Promise.all([timed(longWord), timed('wheelchair')]));
    }
    const longWordServer = median(alone);
    const longWordTogether = median(together.map((t) => t[0]));
    const longWordOther = median(together.map((t) => t[1]));
    const otherSearch = median(otherAlone);
    const longWordBrowser = await longWordInBrowser(browser, server.origin, longWord);

    const whole = await downloads(browser, server.origin, 'speach therapy', 'whole');
    const typed = await downloads(browser, server.origin, 'speach therapy', 'typed');
    const keys = await keyPressTimes(browser, server.origin, 'autism holiday club for my son who is not talking');
    return {
      services: count,
      loadEnd: os.loadavg()[0],
      build,
      postbuild,
      load,
      indexUsed: size(used),
      indexAll: size(all),
      vocabulary,
      whole,
      typed,
      ...keys,
      prepared,
      serverCold,
      serverWarm,
      longWordServer,
      longWordTogether,
      longWordOther,
      otherSearch,
      longWordBrowser,
    };
  } finally {
    await browser.close();
    server.stop();
  }
}

interface Downloads {
  pageBytes: number;
  pageGzip: number;
  queryBytes: number;
  queryGzip: number;
  queryRequests: number;
}

/**
 * Bytes a fresh browser downloads for /search and then one query: typed in
 * one go (pasted, or a fast typist), or letter by letter at 120 ms a key, when
 * each letter shows results and may download different ones.
 */
async function downloads(browser: Browser, origin: string, query: string, how: 'whole' | 'typed'): Promise<Downloads> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map<string, string>();
  const transfers: { url: string; bytes: number }[] = [];
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => transfers.push({ url: urls.get(e.requestId) ?? '', bytes: e.encodedDataLength }));
  await page.goto(`${origin}/search`, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  const pageTransfers = transfers.splice(0);
  if (how === 'whole') await page.locator('#search-q').fill(query);
  else await page.locator('#search-q').pressSequentially(query, { delay: 120 });
  await page.waitForFunction((q) => document.body.dataset.searchShown === q, query);
  await page.waitForTimeout(1000);
  const queryTransfers = transfers.splice(0);
  await context.close();
  if (verbose) {
    console.error(`  ${how === 'whole' ? 'Query typed in one go' : 'Query typed letter by letter'}:`);
    for (const t of queryTransfers) console.error(`  ${t.bytes.toString().padStart(8)}  ${new URL(t.url).pathname}`);
  }
  const gzipOf = async (url: string) => {
    const file = path.join(project, 'dist/client', decodeURIComponent(new URL(url).pathname));
    const body = fs.existsSync(file) && fs.statSync(file).isFile() ? fs.readFileSync(file) : Buffer.from(await (await fetch(url)).arrayBuffer());
    return gzipSize(body);
  };
  const sum = (list: { bytes: number }[]) => list.reduce((n, t) => n + t.bytes, 0);
  const gzipSum = async (list: { url: string }[]) => (await Promise.all(list.map((t) => gzipOf(t.url)))).reduce((a, b) => a + b, 0);
  return {
    pageBytes: sum(pageTransfers),
    pageGzip: await gzipSum(pageTransfers),
    queryBytes: sum(queryTransfers),
    queryGzip: await gzipSum(queryTransfers),
    queryRequests: queryTransfers.length,
  };
}

/** Milliseconds from pasting a 200-letter word (the index already loaded) to its results being drawn. */
async function longWordInBrowser(browser: Browser, origin: string, word: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${origin}/search`);
  await page.locator('#search-q').fill('wheelchair');
  await page.waitForFunction(() => document.body.dataset.searchShown === 'wheelchair');
  const ms = await page.evaluate(async (w) => {
    const input = document.getElementById('search-q') as HTMLInputElement;
    const start = performance.now();
    input.value = w;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (document.body.dataset.searchShown !== w) await new Promise((r) => setTimeout(r, 1));
    return performance.now() - start;
  }, word);
  await context.close();
  return ms;
}

/**
 * For each time results were drawn: milliseconds since the key press just before it. The query is
 * typed three times, each in a fresh tab (the index downloaded again), so p95 rests on some 140 key presses, not 47.
 */
async function keyPressTimes(
  browser: Browser,
  origin: string,
  query: string,
): Promise<{ firstKey: number; keyMedian: number; keyP95: number; keySlowest: number }> {
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await keyPressRun(browser, origin, query));
  if (verbose) for (const r of runs) console.error(`  Key press to results, ms: ${r.map((ms) => ms.toFixed(0)).join(' ')}`);
  const steady = runs.flatMap((r) => r.slice(1)).sort((a, b) => a - b);
  return {
    firstKey: runs[0][0],
    keyMedian: steady[Math.floor(steady.length / 2)],
    keyP95: steady[Math.min(steady.length - 1, Math.ceil(steady.length * 0.95) - 1)],
    keySlowest: steady.at(-1) ?? NaN,
  };
}

async function keyPressRun(browser: Browser, origin: string, query: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${origin}/search`);
  await page.evaluate(() => {
    const w = window as unknown as { keys: number[]; shown: number[] };
    w.keys = [];
    w.shown = [];
    document.addEventListener('keydown', (e) => w.keys.push(e.timeStamp), true);
    new PerformanceObserver((list) => list.getEntries().forEach((m) => m.name === 'search-results-shown' && w.shown.push(m.startTime))).observe({
      type: 'mark',
    });
  });
  await page.locator('#search-q').pressSequentially(query, { delay: 180 });
  await page.waitForFunction((q) => document.body.dataset.searchShown === q, query);
  await page.waitForTimeout(300);
  const { keys, shown } = await page.evaluate(() => {
    const w = window as unknown as { keys: number[]; shown: number[] };
    return { keys: w.keys, shown: w.shown };
  });
  await context.close();
  return shown.map((s) => s - Math.max(...keys.filter((k) => k <= s)));
}

if (!builtAt) makeProjectCopy(project);
const results: Figures[] = [];
try {
  for (const count of sizes) results.push(await measure(count));
} finally {
  if (keep) console.error(`Kept the built areas in ${work}`);
  else if (!builtAt) fs.rmSync(work, { recursive: true, force: true });
}

const total = (f: Figures, clock: 'wall' | 'cpu') => (f.build[clock] + f.postbuild[clock]).toFixed(1);
const rows: [string, (f: Figures) => string][] = [
  ['npm run build (wall clock)', (f) => `${total(f, 'wall')} s (astro ${f.build.wall.toFixed(1)}, post-build with Pagefind ${f.postbuild.wall.toFixed(1)})`],
  ['npm run build (CPU)', (f) => `${total(f, 'cpu')} s (astro ${f.build.cpu.toFixed(1)}, post-build with Pagefind ${f.postbuild.cpu.toFixed(1)})`],
  ['machine load, start / end', (f) => `${f.load.toFixed(1)} / ${f.loadEnd.toFixed(1)} (2 cores: above 2 means queueing)`],
  ['index on disk, used by /search', (f) => kB(f.indexUsed)],
  ['index on disk, all Pagefind files', (f) => kB(f.indexAll)],
  ['typo/synonym vocabulary (JSON)', (f) => kB(f.vocabulary)],
  ['search page (HTML, CSS, JS)', (f) => `${kB(f.whole.pageBytes)} sent, ${kB(f.whole.pageGzip)} gzipped`],
  ['first query, in one go', (f) => `${kB(f.whole.queryBytes)} sent, ${kB(f.whole.queryGzip)} gzipped, ${f.whole.queryRequests} files`],
  ['page + first query, in one go', (f) => `${kB(f.whole.pageBytes + f.whole.queryBytes)} sent, ${kB(f.whole.pageGzip + f.whole.queryGzip)} gzipped`],
  ['first query, letter by letter', (f) => `${kB(f.typed.queryBytes)} sent, ${kB(f.typed.queryGzip)} gzipped, ${f.typed.queryRequests} files`],
  ['page + first query, letter by letter', (f) => `${kB(f.typed.pageBytes + f.typed.queryBytes)} sent, ${kB(f.typed.pageGzip + f.typed.queryGzip)} gzipped`],
  ['first results after a key press', (f) => `${f.firstKey.toFixed(0)} ms (downloads the index)`],
  ['key press to results, typing on', (f) => `${f.keyMedian.toFixed(0)} ms median, p95 ${f.keyP95.toFixed(0)} ms, ${f.keySlowest.toFixed(0)} ms slowest`],
  ['no-JS index prepared before listening', (f) => `${f.prepared} ms`],
  ['no-JS /search, first once accepting', (f) => `${f.serverCold.toFixed(0)} ms`],
  ['no-JS /search, afterwards', (f) => `${f.serverWarm.toFixed(0)} ms`],
  ['200-letter word, no-JS /search (median of 5)', (f) => `${f.longWordServer.toFixed(0)} ms alone`],
  [
    '… sent with another search',
    (f) => `${f.longWordTogether.toFixed(0)} ms; the other ${f.longWordOther.toFixed(0)} ms (alone ${f.otherSearch.toFixed(0)} ms)`,
  ],
  ['200-letter word, as you type', (f) => `${f.longWordBrowser.toFixed(0)} ms`],
];
console.log(`\nSearch benchmark (${os.cpus().length} cores, ${new Date().toISOString().slice(0, 10)})`);
console.log(`${''.padEnd(42)}${results.map((r) => `${r.services} services`.padEnd(48)).join('')}`);
for (const [label, value] of rows) console.log(`${label.padEnd(42)}${results.map((r) => value(r).padEnd(48)).join('')}`);
