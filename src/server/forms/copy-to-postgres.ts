import { DatabaseSync } from 'node:sqlite';
import type { PostgresFormsStore } from './postgres-store';

/**
 * Moves a council from one server to several: copies everything that lasts
 * from the SQLite forms file into an empty PostgreSQL forms store, in one
 * transaction (all or nothing), keeping ids, references and dates as they
 * are. Rate-limit counters, hashing salts and today's search clients are
 * left behind: they last minutes or a day and start again by themselves.
 * Run with the server stopped, so nothing arrives in SQLite after the copy.
 */
const tables: { name: string; columns: string[]; identity?: boolean; boolean?: string }[] = [
  { name: 'survey_response', columns: ['id', 'survey', 'reference', 'form_token', 'submitted_at', 'delete_after', 'answers'], identity: true },
  { name: 'page_feedback', columns: ['id', 'page', 'useful', 'looking_for', 'submitted_at', 'delete_after', 'repeat_key'], identity: true, boolean: 'useful' },
  { name: 'staff_account', columns: ['id', 'email', 'role', 'password_hash', 'totp_secret', 'totp_last_step', 'created_at', 'updated_at'], identity: true },
  { name: 'staff_setup_link', columns: ['token_hash', 'account_id', 'expires_at'] },
  { name: 'staff_session', columns: ['id_hash', 'email', 'role', 'account_id', 'method', 'created_at', 'last_seen_at'] },
  { name: 'sign_in_failure', columns: ['key', 'at'] },
  { name: 'single_sign_on_login', columns: ['state_hash', 'nonce', 'code_verifier', 'expires_at'] },
  { name: 'audit_log', columns: ['id', 'at', 'actor', 'action', 'detail', 'delete_after'], identity: true },
  { name: 'zero_result_search', columns: ['words', 'day', 'clients', 'delete_after'] },
];

export async function copySqliteToPostgres(sqliteFile: string, target: PostgresFormsStore): Promise<Map<string, number>> {
  const source = new DatabaseSync(sqliteFile, { readOnly: true });
  try {
    return await target.connection.transaction(async (db) => {
      for (const table of tables) {
        const { rows } = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table.name}`);
        if (rows[0].n > 0) throw new Error(`The PostgreSQL database already has rows in ${table.name}: copy only into an empty database.`);
      }
      const copied = new Map<string, number>();
      for (const table of tables) {
        const rows = source.prepare(`SELECT ${table.columns.join(', ')} FROM ${table.name} ORDER BY rowid`).all() as Record<string, string | number | null>[];
        // In batches of 500 rows: one statement each, parameters bound.
        for (let start = 0; start < rows.length; start += 500) {
          const batch = rows.slice(start, start + 500);
          const params: (string | number | boolean | null)[] = [];
          const values = batch.map((row) => {
            const placeholders = table.columns.map((column) => {
              const value = row[column];
              params.push(column === table.boolean ? value === 1 : value);
              return `$${params.length}`;
            });
            return `(${placeholders.join(', ')})`;
          });
          await db.query(
            `INSERT INTO ${table.name} (${table.columns.join(', ')}) ${table.identity ? 'OVERRIDING SYSTEM VALUE ' : ''}VALUES ${values.join(', ')}`,
            params,
          );
        }
        // New rows carry on numbering after the copied ones.
        if (table.identity)
          await db.query(`SELECT setval(pg_get_serial_sequence('${table.name}', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM ${table.name}), false)`);
        copied.set(table.name, rows.length);
      }
      return copied;
    });
  } finally {
    source.close();
  }
}
