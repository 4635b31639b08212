/**
 * `npm run bench:scale [-- 1000 5000 10000] [--keep] [--profile]`: what a large
 * county costs to build. For each size it writes a synthetic area outside
 * content/ (scripts/search-bench/synthetic-area.ts), builds it in a temporary
 * copy of the project exactly as `npm run build` does (astro build, which
 * builds the search index as it draws the pages, then the post-build step)
 * and prints, per step and in total:
 *   - wall clock and CPU seconds (both cores: CPU above wall means both were used)
 *   - peak memory (the largest resident size of the step's processes, summed over the tree)
 *   - the machine's load average at the start and end of the build (the machines are shared)
 *   - output size (files and bytes in dist/client, and the open data's share)
 *   - Astro's own time per route (from its "(+12ms)" lines), the profile of where the build goes
 *   - page budget checks: every HTML page as sent (Brotli copy plus the CSS and JS it names)
 *     against budgets.json, the heaviest page of each kind, and the open data pages gzipped.
 * This is a benchmark, never a test: the 10,000-service build takes minutes.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { writeSyntheticArea } from './search-bench/synthetic-area.ts';
import { childCpuSeconds, makeProjectCopy } from './bench-support/project-copy.ts';
import { peakTreeMemory } from './bench-support/process-memory.ts';
import { pageWeightFromFiles } from './bench-support/page-weight-files.ts';

const args = process.argv.slice(2);
const sizes = args.map(Number).filter((n) => n > 0);
if (!sizes.length) sizes.push(1000, 5000, 10000);
const keep = args.includes('--keep');
/** --profile prints the slowest routes Astro drew (the top 15) as well as the totals per route. */
const profile = args.includes('--profile');
const here = process.cwd();
const work = path.join(os.tmpdir(), `local-offer-scale-bench-${process.pid}`);
const project = path.join(work, 'project');
const budgets = JSON.parse(fs.readFileSync('budgets.json', 'utf8')) as { maxTransferBytes: number };
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

interface Step {
  wall: number;
  cpu: number;
  peakBytes: number;
  output: string;
}

/** Runs one build step in the project copy, timing it and watching its memory. */
function runStep(args: string[], env: Record<string, string>): Promise<Step> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpu = childCpuSeconds();
    const child = spawn(process.execPath, args, { cwd: project, env: { ...process.env, ...env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => {
      chunks.push(c);
      process.stderr.write(c);
    });
    const memory = peakTreeMemory(child.pid!);
    child.on('error', reject);
    child.on('close', (code) => {
      const peakBytes = memory.stop();
      const output = Buffer.concat(chunks).toString('utf8');
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
      resolve({ wall: (performance.now() - started) / 1000, cpu: childCpuSeconds() - cpu, peakBytes, output });
    });
  });
}

/** Astro prints "/path/index.html (+12ms)" for each page; sum them by route shape (ids and page numbers folded). */
function astroRouteTimes(output: string): { route: string; pages: number; ms: number }[] {
  const byRoute = new Map<string, { pages: number; ms: number }>();
  for (const m of output.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/[├└]─\s+(\/\S*)\s+\(\+([\d.]+)(ms|s)\)/g)) {
    const shape = routeShape(m[1]);
    const entry = byRoute.get(shape) ?? { pages: 0, ms: 0 };
    entry.pages++;
    entry.ms += Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    byRoute.set(shape, entry);
  }
  return [...byRoute].map(([route, v]) => ({ route, ...v })).sort((a, b) => b.ms - a.ms);
}

/** /services/some-name/index.html → /services/*; /openreferral/services/pages/3.json → /openreferral/services/pages/*. */
function routeShape(pagePath: string): string {
  const parts = pagePath
    .replace(/\/index\.html$/, '/')
    .split('/')
    .filter(Boolean);
  if (parts[0] === 'openreferral') return `/openreferral/${parts.slice(1, -1).join('/')}${parts.length > 2 ? '/*' : (parts[1] ?? '')}`;
  const known = ['page', 'video'];
  return (
    '/' +
    parts.map((p, i) => (i === 0 || known.includes(p) || (i === 1 && p.length === 1) ? p : /^\d+$/.test(p) && parts[i - 1] === 'page' ? 'N' : '*')).join('/')
  );
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

interface PageCheck {
  pages: number;
  over: string[];
  heaviest: { kind: string; path: string; sent: number }[];
  openDataHeaviest: { path: string; gzip: number };
}

/** Every HTML page as the server sends it, and the open data pages as gzipped on the way out. */
function checkPages(clientDir: string): PageCheck {
  const files = filesUnder(clientDir);
  const pages = files.filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}admin${path.sep}`));
  const heaviest = new Map<string, { path: string; sent: number }>();
  const over: string[] = [];
  for (const file of pages) {
    const url = '/' + path.relative(clientDir, file).replace(/index\.html$/, '');
    const { sent } = pageWeightFromFiles(clientDir, file);
    const kind = routeShape(url);
    if (sent > (heaviest.get(kind)?.sent ?? -1)) heaviest.set(kind, { path: url, sent });
    if (sent > budgets.maxTransferBytes) over.push(`${url} ${kB(sent)}`);
  }
  let openDataHeaviest = { path: '', gzip: 0 };
  for (const file of files.filter((f) => f.includes(`${path.sep}openreferral${path.sep}`) && /pages[\\/]\d+\.json$|openreferral[\\/]\w+\.json$/.test(f))) {
    const gzip = zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length;
    if (gzip > openDataHeaviest.gzip) openDataHeaviest = { path: '/' + path.relative(clientDir, file), gzip };
  }
  return {
    pages: pages.length,
    over,
    heaviest: [...heaviest].map(([kind, v]) => ({ kind, ...v })).sort((a, b) => b.sent - a.sent),
    openDataHeaviest,
  };
}

interface Figures {
  services: number;
  steps: { astro: Step; postbuild: Step };
  /** What the steps say of their own parts: the Open Referral files, the waits in the post-build step. */
  notes: string[];
  loadStart: number;
  loadEnd: number;
  outputFiles: number;
  outputBytes: number;
  openDataBytes: number;
  routes: ReturnType<typeof astroRouteTimes>;
  checks: PageCheck;
  offline: { everything: number; offered: boolean; parts: { id: string; bytes: number }[] };
}

/** What "Use this site offline" offers: the whole site only under the limit, and each part's size. */
function offlineFigures(clientDir: string): Figures['offline'] {
  const bundle = JSON.parse(fs.readFileSync(path.join(clientDir, 'offline/bundle.json'), 'utf8')) as { bytes: number };
  const partsDir = path.join(clientDir, 'offline/parts');
  const parts = fs.existsSync(partsDir)
    ? fs
        .readdirSync(partsDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => JSON.parse(fs.readFileSync(path.join(partsDir, f), 'utf8')) as { id: string; bytes: number })
    : [];
  const offered = fs.readFileSync(path.join(clientDir, 'offline/index.html'), 'utf8').includes('data-offline-save');
  return { everything: bundle.bytes, offered, parts: parts.map(({ id, bytes }) => ({ id, bytes })) };
}

async function measure(count: number): Promise<Figures> {
  const content = path.join(work, `area-${count}`);
  writeSyntheticArea(content, count, path.join(here, 'content'));
  fs.rmSync(path.join(project, 'dist'), { recursive: true, force: true });
  const env = { LOCAL_OFFER_CONTENT: content, LOCAL_OFFER_TODAY: '2026-11-23' };
  console.error(`Building ${count} services (load average ${os.loadavg()[0].toFixed(1)})…`);
  const loadStart = os.loadavg()[0];
  const astro = await runStep(['node_modules/astro/bin/astro.mjs', 'build'], env);
  const postbuild = await runStep(['--experimental-strip-types', 'scripts/postbuild.ts'], env);
  const loadEnd = os.loadavg()[0];
  const clientDir = path.join(project, 'dist/client');
  const all = filesUnder(clientDir);
  const size = (list: string[]) => list.reduce((n, f) => n + fs.statSync(f).size, 0);
  const openData = all.filter((f) => f.includes(`${path.sep}openreferral${path.sep}`));
  const figures: Figures = {
    services: count,
    steps: { astro, postbuild },
    notes: [
      /\d+ Open Referral files written[^\n]*/.exec(astro.output)?.[0] ?? '',
      /then waited [^)]*/.exec(postbuild.output)?.[0].replace(/^then /, 'post-build ') ?? '',
    ].filter(Boolean),
    loadStart,
    loadEnd,
    outputFiles: all.length,
    outputBytes: size(all),
    openDataBytes: size(openData),
    routes: astroRouteTimes(astro.output),
    checks: checkPages(clientDir),
    offline: offlineFigures(clientDir),
  };
  fs.writeFileSync(path.join(work, `astro-${count}.log`), astro.output);
  fs.rmSync(content, { recursive: true, force: true });
  return figures;
}

makeProjectCopy(project);
const results: Figures[] = [];
try {
  for (const count of sizes) results.push(await measure(count));
} finally {
  if (keep) console.error(`Kept the last build in ${project}/dist`);
  else fs.rmSync(work, { recursive: true, force: true });
}

const sum = (f: Figures, key: 'wall' | 'cpu') => f.steps.astro[key] + f.steps.postbuild[key];
const stepLine = (s: Step) => `${s.wall.toFixed(1)} s wall, ${s.cpu.toFixed(1)} s CPU, ${MB(s.peakBytes)} peak`;
const rows: [string, (f: Figures) => string][] = [
  ['npm run build, wall clock', (f) => `${sum(f, 'wall').toFixed(1)} s`],
  ['npm run build, CPU', (f) => `${sum(f, 'cpu').toFixed(1)} s`],
  ['load average (start → end)', (f) => `${f.loadStart.toFixed(1)} → ${f.loadEnd.toFixed(1)}`],
  ['  astro build', (f) => stepLine(f.steps.astro)],
  ['  post-build', (f) => stepLine(f.steps.postbuild)],
  ['peak memory (largest step)', (f) => MB(Math.max(f.steps.astro.peakBytes, f.steps.postbuild.peakBytes))],
  ['output (dist/client)', (f) => `${f.outputFiles.toLocaleString('en-GB')} files, ${MB(f.outputBytes)} (open data ${MB(f.openDataBytes)})`],
  ['HTML pages', (f) => f.checks.pages.toLocaleString('en-GB')],
  [
    `pages over ${budgets.maxTransferBytes / 1000} kB as sent`,
    (f) => (f.checks.over.length ? `${f.checks.over.length} (${f.checks.over.slice(0, 3).join(', ')}…)` : 'none'),
  ],
  ['offline: whole site', (f) => `${MB(f.offline.everything)} (${f.offline.offered ? 'offered' : 'not offered: over the limit'})`],
  [
    'offline: parts (smallest to largest)',
    (f) =>
      f.offline.parts.length
        ? `${kB(Math.min(...f.offline.parts.map((p) => p.bytes)))} to ${kB(Math.max(...f.offline.parts.map((p) => p.bytes)))} (${f.offline.parts.length} parts)`
        : 'none',
  ],
  ['heaviest open data page (gzip)', (f) => `${kB(f.checks.openDataHeaviest.gzip)} ${f.checks.openDataHeaviest.path}`],
];
const width = 64;
console.log(`\nScale benchmark (${os.cpus().length} cores, ${new Date().toISOString().slice(0, 16)}Z)`);
console.log(`${''.padEnd(36)}${results.map((r) => `${r.services.toLocaleString('en-GB')} services`.padEnd(width)).join('')}`);
for (const [label, value] of rows) console.log(`${label.padEnd(36)}${results.map((r) => value(r).padEnd(width)).join('')}`);
for (const r of results) {
  console.log(
    `\n${r.services.toLocaleString('en-GB')} services: Astro's time per route (sum of its per-page times; the rest of astro build is loading content and bundling)`,
  );
  for (const note of r.notes) console.log(`  ${note}`);
  const shown = profile ? r.routes : r.routes.slice(0, 12);
  const total = r.routes.reduce((n, x) => n + x.ms, 0);
  console.log(
    `  ${'all routes'.padEnd(44)} ${(total / 1000).toFixed(1).padStart(7)} s  ${String(r.routes.reduce((n, x) => n + x.pages, 0)).padStart(6)} files`,
  );
  for (const x of shown) console.log(`  ${x.route.padEnd(44)} ${(x.ms / 1000).toFixed(1).padStart(7)} s  ${String(x.pages).padStart(6)} files`);
  console.log('  heaviest page of each kind, as sent:');
  for (const h of r.checks.heaviest.slice(0, profile ? 40 : 10)) console.log(`  ${h.kind.padEnd(44)} ${kB(h.sent).padStart(9)}  ${h.path}`);
}
