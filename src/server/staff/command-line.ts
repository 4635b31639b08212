// What scripts/officer.ts needs, in one module for Vite's module runner to load.
export { FormsDatabase, databaseFileName } from '../database';
export { SqliteStaffStore } from './sqlite-store';
export { runOfficerCommand } from './accounts';
