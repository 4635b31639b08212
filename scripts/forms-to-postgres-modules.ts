// What scripts/forms-to-postgres.ts loads through Vite.
export { SqliteFormsStore } from '../src/server/forms/sqlite-store';
export { PostgresFormsStore } from '../src/server/forms/postgres-store';
export { copySqliteToPostgres } from '../src/server/forms/copy-to-postgres';
