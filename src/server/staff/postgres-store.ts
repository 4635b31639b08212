import type { PostgresConnection, Queryable } from '../forms/postgres-connection';
import { auditValues, toAccount, toLiveLogin, toSession, type AccountRow, type LoginRow, type SessionRow } from './rows';
import type { AuditEntry, SingleSignOnLogin, StaffRole, StaffSession, StaffStore } from './store';

const auditInsert = 'INSERT INTO audit_log (at, actor, action, detail, delete_after) VALUES ($1, $2, $3, $4, $5)';

async function audit(db: Queryable, actor: string, action: AuditEntry['action'], detail: string, at = new Date()) {
  await db.query(auditInsert, auditValues(actor, action, detail, at));
}

const endSessionsOf = async (db: Queryable, email: string) =>
  (await db.query('DELETE FROM staff_session WHERE lower(email) = lower($1)', [email])).rowCount ?? 0;

/**
 * The staff store in PostgreSQL, shared by every server: a session started
 * on one server is good on the others, signing out on one ends it on all,
 * and failed sign-ins count together. Each change and its audit entry commit
 * in one transaction, as in sqlite-store.ts, whose behaviour this matches.
 */
export class PostgresStaffStore implements StaffStore {
  constructor(private readonly connection: PostgresConnection) {}

  async findAccount(email: string) {
    const { rows } = await this.connection.query<AccountRow>('SELECT * FROM staff_account WHERE lower(email) = lower($1)', [email]);
    return rows[0] && toAccount(rows[0]);
  }

  async listAccounts() {
    return (await this.connection.query<AccountRow>('SELECT * FROM staff_account ORDER BY email COLLATE "C"')).rows.map(toAccount);
  }

  addAccount(email: string, role: StaffRole, link: { tokenHash: string; expiresAt: number }, actor: string) {
    const now = new Date().toISOString();
    return this.connection.transaction(async (db) => {
      // The unique index on lower(email) settles two servers adding the same address at once.
      const { rows } = await db.query<{ id: number }>(
        'INSERT INTO staff_account (email, role, created_at, updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id',
        [email, role, now, now],
      );
      if (!rows[0]) return false;
      await db.query('INSERT INTO staff_setup_link (token_hash, account_id, expires_at) VALUES ($1, $2, $3)', [link.tokenHash, rows[0].id, link.expiresAt]);
      await audit(db, actor, 'account-added', `${email} as ${role}`);
      return true;
    });
  }

  removeAccount(email: string, actor: string) {
    return this.connection.transaction(async (db) => {
      await endSessionsOf(db, email);
      const removed = (await db.query('DELETE FROM staff_account WHERE lower(email) = lower($1)', [email])).rowCount === 1;
      if (removed) await audit(db, actor, 'account-removed', email);
      return removed;
    });
  }

  endSessionsFor(email: string, actor: string) {
    return this.connection.transaction(async (db) => {
      const ended = await endSessionsOf(db, email);
      await audit(db, actor, 'signed-out-everywhere', email);
      return ended;
    });
  }

  changeRole(email: string, role: StaffRole, actor: string) {
    return this.connection.transaction(async (db) => {
      const changed =
        (await db.query('UPDATE staff_account SET role = $1, updated_at = $2 WHERE lower(email) = lower($3)', [role, new Date().toISOString(), email]))
          .rowCount === 1;
      if (changed) await audit(db, actor, 'role-changed', `${email} is now ${role}`);
      await endSessionsOf(db, email);
      return changed;
    });
  }

  async replaceSetupLink(email: string, link: { tokenHash: string; expiresAt: number }, actor: string) {
    const account = await this.findAccount(email);
    if (!account) return false;
    await this.connection.transaction(async (db) => {
      await db.query('DELETE FROM staff_setup_link WHERE account_id = $1', [account.id]);
      await db.query('INSERT INTO staff_setup_link (token_hash, account_id, expires_at) VALUES ($1, $2, $3)', [link.tokenHash, account.id, link.expiresAt]);
      await endSessionsOf(db, email);
      await audit(db, actor, 'set-up-link-issued', email);
    });
    return true;
  }

  async accountForSetupLink(tokenHash: string, now: number) {
    const { rows } = await this.connection.query<AccountRow>(
      'SELECT a.* FROM staff_setup_link l JOIN staff_account a ON a.id = l.account_id WHERE l.token_hash = $1 AND l.expires_at > $2',
      [tokenHash, now],
    );
    return rows[0] && toAccount(rows[0]);
  }

  completeSetup(tokenHash: string, passwordHash: string, totpSecret: string | null, now: number) {
    return this.connection.transaction(async (db) => {
      // Deleting the link is what uses it up: of two servers receiving the same link, one gets the row.
      const link = await db.query<{ account_id: number }>('DELETE FROM staff_setup_link WHERE token_hash = $1 AND expires_at > $2 RETURNING account_id', [
        tokenHash,
        now,
      ]);
      const accountId = link.rows[0]?.account_id;
      if (accountId === undefined) return undefined;
      const { rows } = await db.query<AccountRow>(
        'UPDATE staff_account SET password_hash = $1, totp_secret = $2, totp_last_step = 0, updated_at = $3 WHERE id = $4 RETURNING *',
        [passwordHash, totpSecret, new Date(now).toISOString(), accountId],
      );
      if (!rows[0]) return undefined;
      await db.query('DELETE FROM staff_session WHERE account_id = $1', [accountId]);
      await audit(db, rows[0].email, 'account-set-up', totpSecret ? 'with an authenticator app' : 'without an authenticator app');
      return toAccount(rows[0]);
    });
  }

  async useTotpStep(accountId: number, step: number) {
    const { rowCount } = await this.connection.query('UPDATE staff_account SET totp_last_step = $1 WHERE id = $2 AND totp_last_step < $1', [step, accountId]);
    return rowCount === 1;
  }

  async createSession(idHash: string, s: StaffSession) {
    await this.connection.query(
      'INSERT INTO staff_session (id_hash, email, role, account_id, method, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [idHash, s.email, s.role, s.accountId, s.method, s.createdAt, s.lastSeenAt],
    );
  }

  async findSession(idHash: string) {
    const row = (await this.connection.query<SessionRow>('SELECT * FROM staff_session WHERE id_hash = $1', [idHash])).rows[0];
    return row && toSession(row);
  }

  async touchSession(idHash: string, now: number) {
    await this.connection.query('UPDATE staff_session SET last_seen_at = $1 WHERE id_hash = $2', [now, idHash]);
  }

  async endSession(idHash: string) {
    await this.connection.query('DELETE FROM staff_session WHERE id_hash = $1', [idHash]);
  }

  async recentFailures(keys: string[], since: number) {
    const { rows } = await this.connection.query<{ key: string; n: number }>(
      'SELECT key, count(*) AS n FROM sign_in_failure WHERE key = ANY($1::text[]) AND at > $2 GROUP BY key',
      [keys, since],
    );
    const counts = new Map(rows.map((r) => [r.key, r.n]));
    return keys.map((key) => counts.get(key) ?? 0);
  }

  async recordFailure(keys: string[], at: number) {
    await this.connection.query('INSERT INTO sign_in_failure (key, at) SELECT unnest($1::text[]), $2', [keys, at]);
  }

  async saveLogin(stateHash: string, login: SingleSignOnLogin) {
    await this.connection.query('INSERT INTO single_sign_on_login (state_hash, nonce, code_verifier, expires_at) VALUES ($1, $2, $3, $4)', [
      stateHash,
      login.nonce,
      login.codeVerifier,
      login.expiresAt,
    ]);
  }

  async takeLogin(stateHash: string, now: number) {
    const { rows } = await this.connection.query<LoginRow>(
      'DELETE FROM single_sign_on_login WHERE state_hash = $1 RETURNING nonce, code_verifier, expires_at',
      [stateHash],
    );
    return toLiveLogin(rows[0], now);
  }

  async audit(entry: Omit<AuditEntry, 'at'> & { at?: string }) {
    await audit(this.connection, entry.actor, entry.action, entry.detail, entry.at ? new Date(entry.at) : new Date());
  }

  async auditEntries(limit = -1) {
    const { rows } = await this.connection.query<AuditEntry>('SELECT at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT $1', [
      limit < 0 ? null : limit,
    ]);
    return rows;
  }
}
