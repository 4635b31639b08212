import pg from 'pg';
import { postgresMigrations } from './postgres-schema';

/**
 * A pool of connections to the council's PostgreSQL database (the `pg`
 * client, pure JavaScript). The tables are created or brought up to date on
 * first use. Every statement is sent with bound parameters, never pasted in.
 *
 * Durability is PostgreSQL's: with its defaults (fsync on, synchronous_commit
 * on) COMMIT returns only once the change is flushed to the write-ahead log,
 * so a confirmation page is only shown for an answer that survives a crash.
 */
type Param = string | number | boolean | null | string[];
/** Something statements can be sent to: the pool (each on its own) or one transaction's connection. */
export interface Queryable {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params?: Param[]): Promise<pg.QueryResult<R>>;
}

// bigint (counts, millisecond times) as numbers: every one we store is far below 2^53.
const bigintAsNumber = (value: string) => Number(value);
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? bigintAsNumber : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

/** Any number will do, as long as nothing else in the database uses it: "NBLO" in ASCII. */
const migrationLock = 0x4e424c4f;

export class PostgresConnection implements Queryable {
  private readonly pool: pg.Pool;
  private migrated: Promise<void> | undefined;

  constructor(url: string, options: { maxConnections?: number } = {}) {
    this.pool = new pg.Pool({
      connectionString: url,
      max: options.maxConnections ?? 10,
      types,
      application_name: 'local-offer-forms',
      // A database that does not answer within 10 s is treated as down: the form says so and keeps the answers.
      connectionTimeoutMillis: 10_000,
      query_timeout: 30_000,
    });
    // A connection that breaks while idle (the database restarted) is dropped from the pool; the next query opens another.
    this.pool.on('error', () => console.error('A PostgreSQL connection was lost; a new one will be opened when needed.'));
  }

  /** Creates or updates the tables once per process; a failure (database down) is tried again on the next call. */
  ready(): Promise<void> {
    this.migrated ??= this.migrate().catch((error: unknown) => {
      this.migrated = undefined;
      throw error;
    });
    return this.migrated;
  }

  private async migrate() {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [migrationLock]);
      await client.query('CREATE TABLE IF NOT EXISTS local_offer_schema (version integer NOT NULL)');
      const { rows } = await client.query<{ version: number }>('SELECT version FROM local_offer_schema');
      let version = rows[0]?.version ?? 0;
      if (rows.length === 0) await client.query('INSERT INTO local_offer_schema (version) VALUES (0)');
      for (; version < postgresMigrations.length; version++) await client.query(postgresMigrations[version]);
      await client.query('UPDATE local_offer_schema SET version = $1', [version]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /** One statement on its own (committed by itself). */
  async query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: Param[] = []): Promise<pg.QueryResult<R>> {
    await this.ready();
    return this.pool.query<R>(sql, params);
  }

  /** Several statements, all or none. */
  async transaction<T>(work: (client: Queryable) => Promise<T>): Promise<T> {
    await this.ready();
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work({ query: (sql, params) => client.query(sql, params) });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      broken = error instanceof Error ? error : new Error(String(error));
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      // A connection that failed mid-transaction is closed rather than handed to the next request.
      client.release(broken);
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
