/**
 * `npm run forms:to-postgres`: copies the forms (answers, feedback, staff
 * accounts, sessions, the audit log, searches that found nothing) from the
 * SQLite file in LOCAL_OFFER_DATA_DIR into the empty PostgreSQL database in
 * LOCAL_OFFER_DATABASE_URL, in one transaction, for a council moving to two
 * servers (docs/two-servers.md). Stop the server first. The SQLite file is
 * only read: keep it, as a backup, until the new set-up has run for a while.
 *
 * Loaded through Vite's module runner, as scripts/officer.ts is, because the
 * server code imports its SQLite writer as raw text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runnerImport } from 'vite';

const dataDir = path.resolve(process.env.LOCAL_OFFER_DATA_DIR || './data');
const databaseUrl = process.env.LOCAL_OFFER_DATABASE_URL?.trim();
const file = path.join(dataDir, 'local-offer-forms.sqlite');
if (!databaseUrl) {
  console.error('Set LOCAL_OFFER_DATABASE_URL to the PostgreSQL database to copy into (postgres://…).');
  process.exit(1);
}
if (!fs.existsSync(file)) {
  console.error(`No forms database at ${file}. Set LOCAL_OFFER_DATA_DIR to the server's data folder.`);
  process.exit(1);
}
type Modules = {
  SqliteFormsStore: typeof import('../src/server/forms/sqlite-store.ts').SqliteFormsStore;
  PostgresFormsStore: typeof import('../src/server/forms/postgres-store.ts').PostgresFormsStore;
  copySqliteToPostgres: typeof import('../src/server/forms/copy-to-postgres.ts').copySqliteToPostgres;
};
const { module } = await runnerImport<Modules>(path.resolve('scripts/forms-to-postgres-modules.ts'), { configFile: false, logLevel: 'error' });
// Opening the SQLite store first brings an older file's tables up to date, so every table the copy reads is there.
await new module.SqliteFormsStore(file).close();
const target = new module.PostgresFormsStore(databaseUrl, { maxConnections: 1 });
try {
  const copied = await module.copySqliteToPostgres(file, target);
  console.log(`Copied to PostgreSQL: ${[...copied].map(([table, n]) => `${n} ${table}`).join(', ')}.`);
} catch (error) {
  console.error(`Nothing was copied: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await target.close();
}
