/**
 * `npm run import -- <file-or-folder> [more...] [--content <folder>] [--progress-every <n>]`
 *
 * Imports Open Referral UK 3.0 JSON (a service, a list page, an organization,
 * or a folder of them) into content/services and content/organisations. See
 * the README section "Importing Open Referral data".
 */
import { runImport } from './import/run-import.ts';

const args = process.argv.slice(2);
const inputs: string[] = [];
let contentRoot = process.env.LOCAL_OFFER_CONTENT ?? 'content';
let progressEvery = 50;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--content') contentRoot = args[++i];
  else if (args[i] === '--progress-every') progressEvery = Number(args[++i]);
  else inputs.push(args[i]);
}
if (inputs.length === 0 || !contentRoot || !(progressEvery >= 1)) {
  console.error('Usage: npm run import -- <file-or-folder> [more...] [--content <folder>] [--progress-every <n>]');
  process.exit(2);
}

const summary = runImport({ inputs, contentRoot, progressEvery });
process.exit(summary.rejected.length ? 1 : 0);
