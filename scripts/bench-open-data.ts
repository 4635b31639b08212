/**
 * `npm run bench:open-data`: figures for the Open Referral open data, from
 * the last build (run `npm run build` first). Prints the size of the static
 * files, how long checking them against the schemas and a full import take,
 * and how fast the live API answers (autocannon, 5 seconds a route).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { checkOpenDataFolder, listFiles } from '../src/lib/oruk/check-files.ts';
import { runImport } from './import/run-import.ts';
import { openDataFor } from '../tests/support/open-data.ts';
import { startBuiltSite } from '../tests/support/server.ts';

// autocannon ships no types; this is the part we use.
type Autocannon = (options: { url: string; connections: number; duration: number }) => Promise<{
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
}>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const folder = 'dist/client/openreferral';
if (!fs.existsSync(folder)) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const groups = new Map<string, { files: number; raw: number; gzip: number; largest: [string, number] }>();
for (const file of listFiles(folder)) {
  const text = fs.readFileSync(path.join(folder, file));
  const kind =
    file === 'index.json' ? '/' : file.includes('/pages/') || !file.includes('/') ? `${file.split(/[/.]/)[0]} list pages` : `${file.split('/')[0]}/{id}`;
  const group = groups.get(kind) ?? { files: 0, raw: 0, gzip: 0, largest: ['', 0] };
  group.files += 1;
  group.raw += text.length;
  group.gzip += zlib.gzipSync(text).length;
  if (text.length > group.largest[1]) group.largest = [file, text.length];
  groups.set(kind, group);
}
console.log('Static files (dist/client/openreferral)');
for (const [kind, g] of [...groups].sort()) {
  console.log(`  ${kind.padEnd(34)} ${String(g.files).padStart(4)} files  ${kB(g.raw).padStart(10)} (gzip ${kB(g.gzip)})  largest ${kB(g.largest[1])}`);
}
const total = [...groups.values()].reduce((sum, g) => ({ files: sum.files + g.files, raw: sum.raw + g.raw, gzip: sum.gzip + g.gzip }), {
  files: 0,
  raw: 0,
  gzip: 0,
});
console.log(`  ${'all'.padEnd(34)} ${String(total.files).padStart(4)} files  ${kB(total.raw).padStart(10)} (gzip ${kB(total.gzip)})`);

let started = performance.now();
const check = checkOpenDataFolder(folder);
console.log(
  `\nSchema check of every file: ${check.problem ?? 'no problems'} in ${Math.round(performance.now() - started)} ms (including compiling the schemas)`,
);

const exported = openDataFor('content');
const input = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-export-'));
for (const service of exported.services) fs.writeFileSync(path.join(input, `${service.id}.json`), JSON.stringify(service));
started = performance.now();
const summary = runImport({ inputs: [input], contentRoot: fs.mkdtempSync(path.join(os.tmpdir(), 'bench-import-')), log: () => {} });
const importMs = performance.now() - started;
console.log(
  `Import of ${exported.services.length} full service records into an empty folder: ${Math.round(importMs)} ms (${summary.created.length} files written)`,
);

const site = await startBuiltSite();
try {
  const id = exported.services[0].id;
  console.log('\nLive API (autocannon, 10 connections, 5 s each)');
  for (const route of [
    '/api/openreferral/services',
    '/api/openreferral/services?search=speech&maximum_age=5&per_page=20',
    `/api/openreferral/services/${id}`,
  ]) {
    const result = await autocannon({ url: `${site.origin}${route}`, connections: 10, duration: 5 });
    console.log(
      `  ${route}\n    ${Math.round(result.requests.average)} requests/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.non2xx} errors`,
    );
  }
} finally {
  await site.stop();
}
