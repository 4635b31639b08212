/**
 * `npm run import -- <file-or-folder> [more...] [--content <folder>] [--progress-every <n>] [--la-code <999>]`
 *
 * Imports Open Referral UK 3.0 JSON (a service, a list page, an organization,
 * or a folder of them) into content/services and content/organisations, or a
 * Get Information about Schools (GIAS) establishment CSV, recognised by its
 * header row, into content/schools. See the README section "Importing Open
 * Referral data" and docs/schools-and-settings.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { runImport } from './import/run-import.ts';
import { runGiasImport } from './import/gias-import.ts';
import { decodeGiasFile, headerRow, isGiasHeader } from '../src/lib/gias/read-csv.ts';

const args = process.argv.slice(2);
const inputs: string[] = [];
let contentRoot = process.env.LOCAL_OFFER_CONTENT ?? 'content';
let progressEvery = 50;
let laCode: string | undefined;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--content') contentRoot = args[++i];
  else if (args[i] === '--progress-every') progressEvery = Number(args[++i]);
  else if (args[i] === '--la-code') laCode = args[++i];
  else inputs.push(args[i]);
}
if (inputs.length === 0 || !contentRoot || !(progressEvery >= 1)) {
  console.error('Usage: npm run import -- <file-or-folder> [more...] [--content <folder>] [--progress-every <n>] [--la-code <999>]');
  process.exit(2);
}

const csvFiles = inputs.filter((input) => input.toLowerCase().endsWith('.csv'));
if (csvFiles.length === 0) {
  const summary = runImport({ inputs, contentRoot, progressEvery });
  process.exit(summary.rejected.length ? 1 : 0);
}

if (csvFiles.length !== 1 || inputs.length !== 1) {
  console.error('Import one GIAS CSV file at a time, on its own (Open Referral JSON files are imported separately).');
  process.exit(2);
}
const [file] = csvFiles;
if (!fs.existsSync(file)) {
  console.error(`${file}: no such file`);
  process.exit(2);
}
if (!isGiasHeader(headerRow(decodeGiasFile(fs.readFileSync(file))))) {
  console.error(
    `${file} is not a Get Information about Schools (GIAS) establishment extract: its first row has no URN, EstablishmentName, ` +
      'EstablishmentStatus (name), TypeOfEstablishment (name) and LA (code) columns. Download "all establishment data" from GIAS and import that file as it is.',
  );
  process.exit(2);
}
// The area's own LA code decides what is "outside the area"; it lives in the site settings with the council's name.
if (!laCode) {
  const settingsFile = path.join(contentRoot, 'settings', 'site.yaml');
  const settings = fs.existsSync(settingsFile) ? (load(fs.readFileSync(settingsFile, 'utf8')) as { localAuthorityCode?: unknown }) : {};
  laCode = settings.localAuthorityCode === undefined ? undefined : String(settings.localAuthorityCode);
}
if (!laCode || !/^\d{3}$/.test(laCode)) {
  console.error(`Set localAuthorityCode (the council's three-digit GIAS LA code, in quotes) in ${path.join(contentRoot, 'settings', 'site.yaml')}, or pass --la-code 999.`);
  process.exit(2);
}
const summary = runGiasImport({ file, contentRoot, laCode });
process.exit(summary.rejected.length ? 1 : 0);
