/**
 * `npm run officer -- add <email> --role officer|forum` and friends: local
 * staff accounts in the forms store (src/server/staff/accounts.ts has the
 * commands): the SQLite file in LOCAL_OFFER_DATA_DIR, or the PostgreSQL
 * database in LOCAL_OFFER_DATABASE_URL, as the server uses. Runs beside a
 * live server: both databases are shared safely.
 *
 * The server code imports the database writer as raw text (a Vite feature),
 * so this script loads it through Vite's module runner rather than Node alone.
 */
import path from 'node:path';
import { runnerImport } from 'vite';

const dataDir = path.resolve(process.env.LOCAL_OFFER_DATA_DIR || './data');
const databaseUrl = process.env.LOCAL_OFFER_DATABASE_URL?.trim() || undefined;
const siteUrl = process.env.SITE_URL || 'http://localhost:4321';
type Modules = {
  openFormsStore: typeof import('../src/server/forms/current.ts').openFormsStore;
  runOfficerCommand: typeof import('../src/server/staff/accounts.ts').runOfficerCommand;
};
const { module } = await runnerImport<Modules>(path.resolve('src/server/staff/command-line.ts'), { configFile: false, logLevel: 'error' });
const store = module.openFormsStore({ dataDir, databaseUrl });
try {
  process.exitCode = await module.runOfficerCommand(store.staff, process.argv.slice(2), siteUrl, (line) => console.log(line));
} finally {
  await store.close();
}
