import type { FormsDatabase } from '../database';
import type { RunStep } from '../database-operations';
import { auditValues, toAccount, toLiveLogin, toSession, type AccountRow, type LoginRow, type SessionRow } from './rows';
import type { AuditEntry, SingleSignOnLogin, StaffRole, StaffSession, StaffStore } from './store';

/**
 * The staff store on the forms database (node:sqlite). Reads use the main
 * thread's connection; every write goes through the database's writer thread
 * (FormsDatabase.statements), so it is on disk before the promise resolves
 * and each change and its audit entry commit together.
 */
export class SqliteStaffStore implements StaffStore {
  constructor(private readonly database: FormsDatabase) {}

  private auditStep(actor: string, action: AuditEntry['action'], detail: string, at = new Date()): RunStep {
    return {
      sql: 'INSERT INTO audit_log (at, actor, action, detail, delete_after) VALUES (?, ?, ?, ?, ?)',
      params: auditValues(actor, action, detail, at),
    };
  }

  /** An audit entry written only if the statement just before it changed a row (SQLite's changes()). */
  private auditIfChanged(actor: string, action: AuditEntry['action'], detail: string): RunStep {
    const step = this.auditStep(actor, action, detail);
    return { sql: 'INSERT INTO audit_log (at, actor, action, detail, delete_after) SELECT ?, ?, ?, ?, ? WHERE changes() = 1', params: step.params };
  }

  private endSessionsOf(email: string): RunStep {
    return { sql: 'DELETE FROM staff_session WHERE email = ? COLLATE NOCASE', params: [email] };
  }

  async findAccount(email: string) {
    const row = this.database.db.prepare('SELECT * FROM staff_account WHERE email = ? COLLATE NOCASE').get(email) as AccountRow | undefined;
    return row && toAccount(row);
  }

  async listAccounts() {
    return (this.database.db.prepare('SELECT * FROM staff_account ORDER BY email').all() as AccountRow[]).map(toAccount);
  }

  async addAccount(email: string, role: StaffRole, link: { tokenHash: string; expiresAt: number }, actor: string) {
    if (await this.findAccount(email)) return false;
    const now = new Date().toISOString();
    await this.database.statements([
      { sql: 'INSERT INTO staff_account (email, role, created_at, updated_at) VALUES (?, ?, ?, ?)', params: [email, role, now, now] },
      {
        sql: 'INSERT INTO staff_setup_link (token_hash, account_id, expires_at) SELECT ?, id, ? FROM staff_account WHERE email = ? COLLATE NOCASE',
        params: [link.tokenHash, link.expiresAt, email],
      },
      this.auditStep(actor, 'account-added', `${email} as ${role}`),
    ]);
    return true;
  }

  async removeAccount(email: string, actor: string) {
    const [, removed] = await this.database.statements([
      this.endSessionsOf(email),
      { sql: 'DELETE FROM staff_account WHERE email = ? COLLATE NOCASE', params: [email] },
      this.auditIfChanged(actor, 'account-removed', email),
    ]);
    return removed === 1;
  }

  async endSessionsFor(email: string, actor: string) {
    const [ended] = await this.database.statements([this.endSessionsOf(email), this.auditStep(actor, 'signed-out-everywhere', email)]);
    return ended;
  }

  async changeRole(email: string, role: StaffRole, actor: string) {
    const [changed] = await this.database.statements([
      { sql: 'UPDATE staff_account SET role = ?, updated_at = ? WHERE email = ? COLLATE NOCASE', params: [role, new Date().toISOString(), email] },
      this.auditIfChanged(actor, 'role-changed', `${email} is now ${role}`),
      this.endSessionsOf(email),
    ]);
    return changed === 1;
  }

  async replaceSetupLink(email: string, link: { tokenHash: string; expiresAt: number }, actor: string) {
    const account = await this.findAccount(email);
    if (!account) return false;
    await this.database.statements([
      { sql: 'DELETE FROM staff_setup_link WHERE account_id = ?', params: [account.id] },
      { sql: 'INSERT INTO staff_setup_link (token_hash, account_id, expires_at) VALUES (?, ?, ?)', params: [link.tokenHash, account.id, link.expiresAt] },
      this.endSessionsOf(email),
      this.auditStep(actor, 'set-up-link-issued', email),
    ]);
    return true;
  }

  async accountForSetupLink(tokenHash: string, now: number) {
    const row = this.database.db
      .prepare('SELECT a.* FROM staff_setup_link l JOIN staff_account a ON a.id = l.account_id WHERE l.token_hash = ? AND l.expires_at > ?')
      .get(tokenHash, now) as AccountRow | undefined;
    return row && toAccount(row);
  }

  async completeSetup(tokenHash: string, passwordHash: string, totpSecret: string | null, now: number) {
    const [taken] = await this.database.statements([
      { sql: 'DELETE FROM staff_setup_link WHERE token_hash = ? AND expires_at > ? RETURNING account_id', params: [tokenHash, now], answer: 'get' },
    ]);
    const link = taken as { account_id: number } | null;
    if (!link) return undefined;
    const [, , updated] = await this.database.statements([
      {
        sql: 'UPDATE staff_account SET password_hash = ?, totp_secret = ?, totp_last_step = 0, updated_at = ? WHERE id = ?',
        params: [passwordHash, totpSecret, new Date(now).toISOString(), link.account_id],
      },
      { sql: 'DELETE FROM staff_session WHERE account_id = ?', params: [link.account_id] },
      { sql: 'SELECT * FROM staff_account WHERE id = ?', params: [link.account_id], answer: 'get' },
    ]);
    const row = updated as AccountRow | null;
    if (!row) return undefined;
    await this.audit({ actor: row.email, action: 'account-set-up', detail: totpSecret ? 'with an authenticator app' : 'without an authenticator app' });
    return toAccount(row);
  }

  async useTotpStep(accountId: number, step: number) {
    const [changed] = await this.database.statements([
      { sql: 'UPDATE staff_account SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?', params: [step, accountId, step] },
    ]);
    return changed === 1;
  }

  async createSession(idHash: string, s: StaffSession) {
    await this.database.statements([
      {
        sql: 'INSERT INTO staff_session (id_hash, email, role, account_id, method, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        params: [idHash, s.email, s.role, s.accountId, s.method, s.createdAt, s.lastSeenAt],
      },
    ]);
  }

  async findSession(idHash: string) {
    const row = this.database.db.prepare('SELECT * FROM staff_session WHERE id_hash = ?').get(idHash) as SessionRow | undefined;
    return row && toSession(row);
  }

  async touchSession(idHash: string, now: number) {
    await this.database.statements([{ sql: 'UPDATE staff_session SET last_seen_at = ? WHERE id_hash = ?', params: [now, idHash] }]);
  }

  async endSession(idHash: string) {
    await this.database.statements([{ sql: 'DELETE FROM staff_session WHERE id_hash = ?', params: [idHash] }]);
  }

  async recentFailures(keys: string[], since: number) {
    const count = this.database.db.prepare('SELECT count(*) AS n FROM sign_in_failure WHERE key = ? AND at > ?');
    return keys.map((key) => (count.get(key, since) as { n: number }).n);
  }

  async recordFailure(keys: string[], at: number) {
    await this.database.statements(keys.map((key) => ({ sql: 'INSERT INTO sign_in_failure (key, at) VALUES (?, ?)', params: [key, at] })));
  }

  async saveLogin(stateHash: string, login: SingleSignOnLogin) {
    await this.database.statements([
      {
        sql: 'INSERT INTO single_sign_on_login (state_hash, nonce, code_verifier, expires_at) VALUES (?, ?, ?, ?)',
        params: [stateHash, login.nonce, login.codeVerifier, login.expiresAt],
      },
    ]);
  }

  async takeLogin(stateHash: string, now: number) {
    const [taken] = await this.database.statements([
      { sql: 'DELETE FROM single_sign_on_login WHERE state_hash = ? RETURNING nonce, code_verifier, expires_at', params: [stateHash], answer: 'get' },
    ]);
    return toLiveLogin(taken as LoginRow | null, now);
  }

  async audit(entry: Omit<AuditEntry, 'at'> & { at?: string }) {
    const at = entry.at ? new Date(entry.at) : new Date();
    await this.database.statements([this.auditStep(entry.actor, entry.action, entry.detail, at)]);
  }

  async auditEntries(limit = -1) {
    return this.database.db.prepare('SELECT at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT ?').all(limit) as unknown as AuditEntry[];
  }
}
