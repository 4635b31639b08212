import { passwordMatches } from './passwords';
import { checkCode } from './second-factor';
import { recordFailedSignIn, signInAllowed, signInWaitMinutes } from './sign-in-limits';
import type { StaffAccount, StaffStore } from './store';

/**
 * Sign-in with a local account: e-mail address, password and, when the
 * person set one up, a code from their authenticator app. Every failure is
 * counted (sign-in-limits.ts) and written to the audit log, naming the
 * account only when it exists: what someone typed is never recorded (a
 * password typed into the wrong box would end up in the log).
 */
export type PasswordSignIn =
  { ok: true; account: StaffAccount } | { ok: false; status: 400 | 401 | 429; field: 'email' | 'password' | 'code'; message: string };

export interface SignInFields {
  email: string;
  password: string;
  code: string;
}

export async function signInWithPassword(store: StaffStore, fields: SignInFields, clientAddress: string, now = Date.now()): Promise<PasswordSignIn> {
  const email = fields.email.trim();
  if (!email) return { ok: false, status: 400, field: 'email', message: 'Enter your e-mail address' };
  if (!fields.password) return { ok: false, status: 400, field: 'password', message: 'Enter your password' };
  if (!(await signInAllowed(store, email, clientAddress, now)))
    return { ok: false, status: 429, field: 'password', message: `You have tried to sign in too many times. Wait ${signInWaitMinutes} minutes and try again` };

  const account = await store.findAccount(email);
  const fail = async (why: string, field: 'password' | 'code', message: string): Promise<PasswordSignIn> => {
    await recordFailedSignIn(store, email, clientAddress, now);
    await store.audit({ actor: account?.email ?? 'unknown account', action: 'sign-in-failed', detail: why });
    return { ok: false, status: 401, field, message };
  };
  // Checked even when there is no such account (against a decoy hash), so the time taken gives nothing away.
  if (!(await passwordMatches(fields.password, account?.passwordHash)) || !account)
    return fail(
      account ? (account.passwordHash ? 'wrong password' : 'account not set up yet') : 'no such account',
      'password',
      'The e-mail address or password is not right',
    );
  if (account.totpSecret) {
    if (!fields.code.trim()) return fail('no code from the authenticator app', 'code', 'Enter the 6-digit code from your authenticator app');
    const step = checkCode(account.totpSecret, fields.code, now);
    if (step === undefined || !(await store.useTotpStep(account.id, step)))
      return fail('wrong or reused code', 'code', 'The code is not right, or was used already. Wait for a new code and try again');
  }
  return { ok: true, account };
}
