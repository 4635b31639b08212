/**
 * `npm run officer -- add <email> --role officer|forum` and friends: local
 * staff accounts in the forms database (src/server/staff/accounts.ts has the
 * commands). Runs beside a live server: the database is shared safely (WAL).
 *
 * The server code imports the database writer as raw text (a Vite feature),
 * so this script loads it through Vite's module runner rather than Node alone.
 */
import path from 'node:path';
import { runnerImport } from 'vite';

const dataDir = path.resolve(process.env.LOCAL_OFFER_DATA_DIR || './data');
const siteUrl = process.env.SITE_URL || 'http://localhost:4321';
type Modules = {
  FormsDatabase: typeof import('../src/server/database.ts').FormsDatabase;
  databaseFileName: string;
  SqliteStaffStore: typeof import('../src/server/staff/sqlite-store.ts').SqliteStaffStore;
  runOfficerCommand: typeof import('../src/server/staff/accounts.ts').runOfficerCommand;
};
const { module } = await runnerImport<Modules>(path.resolve('src/server/staff/command-line.ts'), { configFile: false, logLevel: 'error' });
const database = new module.FormsDatabase(path.join(dataDir, module.databaseFileName));
try {
  process.exitCode = await module.runOfficerCommand(new module.SqliteStaffStore(database), process.argv.slice(2), siteUrl, (line) => console.log(line));
} finally {
  await database.close();
}
