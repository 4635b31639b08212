import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';

/** The forms database's file name (the same as src/server/database.ts uses; kept here so the health check has no Vite-only imports). */
const databaseFile = 'local-offer-forms.sqlite';

/**
 * Whether the server can store what families send: the data folder exists or
 * can be made, a file can be written there (a full disk or a read-only mount
 * fails here), and the database, if it exists yet, can start a write. For
 * `GET /healthz`, which a council's monitoring calls; it says what is wrong
 * in a few words but never where the folder is.
 */
export function checkDatabaseWritable(dataDir: string): { ok: true } | { ok: false; problem: string } {
  try {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const probe = path.join(dataDir, `.healthz-${process.pid}`);
    fs.writeFileSync(probe, 'ok', { mode: 0o600 });
    fs.rmSync(probe);
  } catch (error) {
    return { ok: false, problem: `the data folder cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const file = path.join(dataDir, databaseFile);
  if (!fs.existsSync(file)) return { ok: true };
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(file, { timeout: 2000 });
    // Takes the write lock and lets it go: nothing is written.
    db.exec('BEGIN IMMEDIATE; ROLLBACK;');
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: `the database cannot be written (${(error as Error).message.split('\n')[0]})` };
  } finally {
    db?.close();
  }
}

let sharedPool: pg.Pool | undefined;

/**
 * The same for the shared PostgreSQL database (LOCAL_OFFER_DATABASE_URL): it answers within
 * 5 seconds and accepts writes (`BEGIN READ WRITE` fails on a read-only standby after a
 * failover). Nothing is written. Its own one-connection pool, so monitoring never waits
 * behind a queue of form posts; the problem never includes the address (it holds a password).
 */
export async function checkSharedDatabaseWritable(url: string): Promise<{ ok: true } | { ok: false; problem: string }> {
  sharedPool ??= new pg.Pool({
    connectionString: url,
    max: 1,
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
    application_name: 'local-offer-healthz',
  });
  let client: pg.PoolClient | undefined;
  try {
    client = await sharedPool.connect();
    await client.query('BEGIN READ WRITE');
    await client.query('ROLLBACK');
    return { ok: true };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { ok: false, problem: `the shared database cannot be written${code ? ` (${code})` : ''}` };
  } finally {
    client?.release();
  }
}
