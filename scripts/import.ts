/**
 * `npm run import -- <file-or-folder> [more...] [--content <folder>] [--progress-every <n>]`
 * `npm run import -- --from-url https://example.org/api/services [--delay-ms 1000] [--content <folder>]`
 * `npm run import -- <gias-extract.csv> [--la-code <999>] [--content <folder>]`
 *
 * Imports Open Referral UK JSON (3.0 or 1.0: a service, a list page, an
 * organization, or a folder of them), a whole feed from its API, or the
 * services spreadsheet (CSV) into content/services and content/organisations
 * (docs/importing.md); or a Get Information about Schools (GIAS)
 * establishment CSV, recognised by its header row, into content/schools
 * (docs/schools-and-settings.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { load } from 'js-yaml';
import { runImport } from './import/run-import.ts';
import { fetchFeed, FeedError } from './import/fetch-feed.ts';
import { runGiasImport } from './import/gias-import.ts';
import { decodeGiasFile, headerRow, isGiasHeader } from '../src/lib/gias/read-csv.ts';

const usage =
  'Usage: npm run import -- <file-or-folder> [more...] [--content <folder>] [--progress-every <n>]\n' +
  '       npm run import -- --from-url <feed address> [--delay-ms <n>] [--per-page <n>] [--content <folder>]\n' +
  '       npm run import -- <gias-extract.csv> [--la-code <999>] [--content <folder>]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      content: { type: 'string' },
      'progress-every': { type: 'string' },
      'from-url': { type: 'string', multiple: true },
      'delay-ms': { type: 'string' },
      'backoff-ms': { type: 'string' },
      'per-page': { type: 'string' },
      'la-code': { type: 'string' },
    },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const { values, positionals: inputs } = parsed;
const contentRoot = values.content ?? process.env.LOCAL_OFFER_CONTENT ?? 'content';
const progressEvery = Number(values['progress-every'] ?? 50);
const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
const feeds = values['from-url'] ?? [];
if (
  (inputs.length === 0 && feeds.length === 0) ||
  !(progressEvery >= 1) ||
  [values['delay-ms'], values['backoff-ms'], values['per-page']].some((v) => v !== undefined && !(Number(v) >= 0))
) {
  console.error(usage);
  process.exit(2);
}

/** A GIAS extract is a CSV whose header row has GIAS's own column names; the services spreadsheet has ours. */
const isGiasFile = (file: string) =>
  file.toLowerCase().endsWith('.csv') && fs.existsSync(file) && fs.statSync(file).isFile() && isGiasHeader(headerRow(decodeGiasFile(fs.readFileSync(file))));
const giasFiles = inputs.filter(isGiasFile);
if (giasFiles.length > 0) process.exit(importGias());

const sources = [];
try {
  for (const feed of feeds) {
    console.log(`Reading ${feed}, one page at a time…`);
    sources.push(
      ...(await fetchFeed(feed, { delayMs: number(values['delay-ms']), backoffMs: number(values['backoff-ms']), perPage: number(values['per-page']) })),
    );
  }
} catch (error) {
  if (!(error instanceof FeedError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const summary = runImport({ inputs, sources, contentRoot, progressEvery });
process.exit(summary.rejected.length ? 1 : 0);

/** Schools come from one GIAS extract at a time; the area's own LA code decides what is "outside the area". */
function importGias(): number {
  if (giasFiles.length !== 1 || inputs.length !== 1 || feeds.length > 0) {
    console.error('Import one Get Information about Schools (GIAS) extract at a time, on its own (import services separately).');
    return 2;
  }
  let laCode = values['la-code'];
  if (!laCode) {
    const settingsFile = path.join(contentRoot, 'settings', 'site.yaml');
    const settings = fs.existsSync(settingsFile) ? (load(fs.readFileSync(settingsFile, 'utf8')) as { localAuthorityCode?: unknown }) : {};
    laCode = settings.localAuthorityCode === undefined ? undefined : String(settings.localAuthorityCode);
  }
  if (!laCode || !/^\d{3}$/.test(laCode)) {
    console.error(
      `Set localAuthorityCode (the council's three-digit GIAS LA code, in quotes) in ${path.join(contentRoot, 'settings', 'site.yaml')}, or pass --la-code 999.`,
    );
    return 2;
  }
  const summary = runGiasImport({ file: giasFiles[0], contentRoot, laCode });
  return summary.rejected.length ? 1 : 0;
}
