/**
 * `npm run backup:forms -- [file]`: a consistent copy of the forms database
 * (survey responses and page feedback) while the server keeps running.
 * SQLite's VACUUM INTO writes a snapshot as of one moment, including what is
 * still in the WAL file, which copying the .sqlite file alone would miss.
 * The copy holds personal data: it is made readable by its owner only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';

if (process.env.LOCAL_OFFER_DATABASE_URL?.trim()) {
  // The shared database is the council's PostgreSQL: its own tools back it up (docs/two-servers.md).
  console.error(
    'The forms are in PostgreSQL (LOCAL_OFFER_DATABASE_URL is set): back them up with pg_dump or your database service, as docs/two-servers.md describes.',
  );
  process.exit(1);
}
const dataDir = path.resolve(process.env.LOCAL_OFFER_DATA_DIR || './data');
const source = path.join(dataDir, 'local-offer-forms.sqlite');
const target = path.resolve(process.argv[2] ?? `local-offer-forms-backup-${new Date().toISOString().slice(0, 10)}.sqlite`);
if (!fs.existsSync(source)) {
  console.error(`No forms database at ${source}. Set LOCAL_OFFER_DATA_DIR to the server's data folder.`);
  process.exit(1);
}
if (fs.existsSync(target)) {
  console.error(`${target} already exists: choose another file name.`);
  process.exit(1);
}
const db = new DatabaseSync(source, { readOnly: true });
db.exec(`VACUUM INTO '${target.replace(/'/g, "''")}'`);
db.close();
fs.chmodSync(target, 0o600);

const copy = new DatabaseSync(target, { readOnly: true });
const check = (copy.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check;
const responses = (copy.prepare('SELECT count(*) AS n FROM survey_response').get() as { n: number }).n;
const feedback = (copy.prepare('SELECT count(*) AS n FROM page_feedback').get() as { n: number }).n;
copy.close();
console.log(`Backed up ${responses} survey responses and ${feedback} page feedback answers to ${target} (integrity check: ${check}).`);
if (check !== 'ok') process.exitCode = 1;
