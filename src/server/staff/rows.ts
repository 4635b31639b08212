import { addMonths, auditRetentionMonths } from '../forms/retention';
import type { AuditEntry, SingleSignOnLogin, StaffAccount, StaffRole, StaffSession } from './store';

/**
 * Staff rows as both staff stores read them (sqlite-store.ts,
 * postgres-store.ts), and the mapping to what sign-in code sees: written
 * once, so the two stores cannot drift apart.
 */
export type AccountRow = { id: number; email: string; role: StaffRole; password_hash: string | null; totp_secret: string | null; totp_last_step: number };
export type SessionRow = {
  email: string;
  role: StaffRole;
  account_id: number | null;
  method: StaffSession['method'];
  created_at: number;
  last_seen_at: number;
};
export type LoginRow = { nonce: string; code_verifier: string; expires_at: number };

export const toAccount = (r: AccountRow): StaffAccount => ({
  id: r.id,
  email: r.email,
  role: r.role,
  passwordHash: r.password_hash,
  totpSecret: r.totp_secret,
  totpLastStep: r.totp_last_step,
});

export const toSession = (r: SessionRow): StaffSession => ({
  email: r.email,
  role: r.role,
  accountId: r.account_id,
  method: r.method,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
});

/** A single sign-on login in progress, or undefined when there is none or it has expired (it is deleted either way). */
export const toLiveLogin = (r: LoginRow | null | undefined, now: number): SingleSignOnLogin | undefined =>
  r && r.expires_at > now ? { nonce: r.nonce, codeVerifier: r.code_verifier, expiresAt: r.expires_at } : undefined;

/** The values of one audit_log row (at, actor, action, detail, delete_after), kept for the audit retention period. */
export const auditValues = (actor: string, action: AuditEntry['action'], detail: string, at = new Date()): [string, string, string, string, string] => [
  at.toISOString(),
  actor,
  action,
  detail,
  addMonths(at, auditRetentionMonths).toISOString(),
];
