import { formsStore } from '../forms/current';
import type { StaffStore } from './store';

/** The server's staff store: part of the forms store (SQLite in the data folder, or the shared PostgreSQL database). */
export function staffStore(): StaffStore {
  return formsStore().staff;
}
