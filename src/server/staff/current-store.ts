import { serverConfig } from '../config';
import { formsDatabase } from '../database';
import { SqliteStaffStore } from './sqlite-store';
import type { StaffStore } from './store';

let store: StaffStore | undefined;

/** The server's staff store: the forms database in the data folder (a PostgreSQL store would be chosen here). */
export function staffStore(): StaffStore {
  store ??= new SqliteStaffStore(formsDatabase(serverConfig().dataDir));
  return store;
}
