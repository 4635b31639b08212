import path from 'node:path';
import { serverConfig, type ServerConfig } from '../config';
import { databaseFileName } from '../database';
import { PostgresFormsStore } from './postgres-store';
import { deleteExpired } from './retention';
import { SqliteFormsStore } from './sqlite-store';
import type { FormsStore } from './store';

/** The store the settings ask for: PostgreSQL when LOCAL_OFFER_DATABASE_URL is set, otherwise the SQLite file in the data folder. */
export function openFormsStore(config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'>): FormsStore {
  return config.databaseUrl ? new PostgresFormsStore(config.databaseUrl) : new SqliteFormsStore(path.join(config.dataDir, databaseFileName));
}

let shared: FormsStore | undefined;

/**
 * The process's forms store, opened on first use. Expired answers are
 * deleted then and every hour after (the retention setting); with several
 * servers each runs the deletion, which is harmless.
 */
export function formsStore(): FormsStore {
  if (!shared) {
    const store = openFormsStore(serverConfig());
    shared = store;
    const sweep = () =>
      void deleteExpired(store).catch(() => console.error('Old forms data could not be deleted this hour (database error); trying again in an hour.'));
    sweep();
    setInterval(sweep, 60 * 60 * 1000).unref();
  }
  return shared;
}
