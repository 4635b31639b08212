/**
 * Where staff sign-in keeps its state: accounts, one-time set-up links,
 * sessions, failed sign-ins, single sign-on logins in progress and the audit
 * log. All of it lives in a database, never in one process's memory, so
 * several servers can share the work and a restart signs nobody in or out.
 *
 * sqlite-store.ts implements it on the SQLite forms database, postgres-store.ts
 * on the shared PostgreSQL one (LOCAL_OFFER_DATABASE_URL); the same tests run
 * against both (tests/unit/forms-store.test.ts).
 * Secrets are handed to a store already hashed: a copy of the database lets
 * nobody sign in.
 */
export const staffRoles = ['officer', 'forum'] as const;
/** officer: reads individual answers, exports, deletes, reads the audit log. forum: sees only summaries with small numbers hidden. */
export type StaffRole = (typeof staffRoles)[number];

export interface StaffAccount {
  id: number;
  email: string;
  role: StaffRole;
  /** scrypt hash (passwords.ts); null until the person has used their set-up link. */
  passwordHash: string | null;
  /** Base32 TOTP secret when the person set up an authenticator app. */
  totpSecret: string | null;
  /** The last TOTP time step used, so a code works once. */
  totpLastStep: number;
}

export interface StaffSession {
  email: string;
  role: StaffRole;
  /** The local account, or null for someone signed in through the council's identity provider. */
  accountId: number | null;
  method: 'password' | 'single-sign-on';
  /** Milliseconds since 1970. */
  createdAt: number;
  lastSeenAt: number;
}

/** Everything the audit log records. Details hold counts, survey names and references: never an answer. */
export const auditActions = {
  'signed-in': 'Signed in',
  'sign-in-failed': 'Sign-in failed',
  'sign-in-refused': 'Sign-in refused',
  'signed-out': 'Signed out',
  'signed-out-everywhere': 'Signed out everywhere',
  'answers-viewed': 'Viewed individual answers',
  'answers-exported': 'Exported answers',
  'response-deleted': 'Deleted a response',
  'account-added': 'Account added',
  'account-removed': 'Account removed',
  'role-changed': 'Role changed',
  'set-up-link-issued': 'Set-up link issued',
  'account-set-up': 'Password set',
  'audit-exported': 'Exported the audit log',
  'expiry-run': 'Old data deleted',
} as const;
export type AuditAction = keyof typeof auditActions;

export interface AuditEntry {
  /** ISO date and time. */
  at: string;
  /** Who: an e-mail address, "server" for the expiry run, or "command line". */
  actor: string;
  action: AuditAction;
  detail: string;
}

export interface SingleSignOnLogin {
  nonce: string;
  codeVerifier: string;
  expiresAt: number;
}

export interface StaffStore {
  findAccount(email: string): Promise<StaffAccount | undefined>;
  listAccounts(): Promise<StaffAccount[]>;
  /** Adds an account with a set-up link (its token already hashed); false when the address already has one. */
  addAccount(email: string, role: StaffRole, link: { tokenHash: string; expiresAt: number }, actor: string): Promise<boolean>;
  /** Removes an account, its set-up links and every session it has. */
  removeAccount(email: string, actor: string): Promise<boolean>;
  /** Ends every session of an e-mail address (local or single sign-on); how many were ended. */
  endSessionsFor(email: string, actor: string): Promise<number>;
  /** Changes the role and ends every session of the account (and of that e-mail address). */
  changeRole(email: string, role: StaffRole, actor: string): Promise<boolean>;
  /** A new set-up link for an existing account (a forgotten password); ends its sessions. */
  replaceSetupLink(email: string, link: { tokenHash: string; expiresAt: number }, actor: string): Promise<boolean>;
  /** The account a live set-up link belongs to, without using the link up. */
  accountForSetupLink(tokenHash: string, now: number): Promise<StaffAccount | undefined>;
  /** Uses the link up (once only) and sets the password and optional TOTP secret; ends older sessions. */
  completeSetup(tokenHash: string, passwordHash: string, totpSecret: string | null, now: number): Promise<StaffAccount | undefined>;
  /** Records a TOTP time step as used; false when it (or a later one) was used already. */
  useTotpStep(accountId: number, step: number): Promise<boolean>;

  createSession(idHash: string, session: StaffSession): Promise<void>;
  findSession(idHash: string): Promise<StaffSession | undefined>;
  touchSession(idHash: string, now: number): Promise<void>;
  endSession(idHash: string): Promise<void>;

  /** How many failures each key has had since `since` (keys are keyed hashes, never addresses). */
  recentFailures(keys: string[], since: number): Promise<number[]>;
  recordFailure(keys: string[], at: number): Promise<void>;

  saveLogin(stateHash: string, login: SingleSignOnLogin): Promise<void>;
  /** The login for this state, removed as it is read, so a state works once; undefined when unknown or expired. */
  takeLogin(stateHash: string, now: number): Promise<SingleSignOnLogin | undefined>;

  audit(entry: Omit<AuditEntry, 'at'> & { at?: string }): Promise<void>;
  /** Newest first; every entry when no limit (or a negative one) is given. */
  auditEntries(limit?: number): Promise<AuditEntry[]>;
}
