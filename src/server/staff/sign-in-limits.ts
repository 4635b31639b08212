import crypto from 'node:crypto';
import { purposeKey } from '../config';
import type { StaffStore } from './store';

/**
 * Limits on failed sign-ins, counted in the store (shared by every server).
 * Three counts, over 15 minutes:
 * - one client, any accounts: 20 (someone trying many accounts);
 * - one account from one client: 5 (someone guessing one officer's password);
 * - one account from all clients: 100 (a spread-out attack on one account).
 * The real officer, on another address, is stopped only by the last one,
 * which a single address cannot reach alone, so nobody can lock an officer
 * out from one address. Clients and accounts are stored as keyed hashes.
 */
const windowMs = 15 * 60 * 1000;
const limits = { client: 20, accountFromClient: 5, account: 100 };

const key = (kind: string, value: string) =>
  `${kind}:${crypto.createHmac('sha256', purposeKey('sign-in-limit')).update(value).digest('base64url').slice(0, 22)}`;

function keysFor(email: string, clientAddress: string) {
  const account = email.trim().toLowerCase();
  return [key('client', clientAddress), key('account-client', `${account}\n${clientAddress}`), key('account', account)];
}

export const signInWaitMinutes = windowMs / 60_000;

/** Whether another attempt may be made now. */
export async function signInAllowed(store: StaffStore, email: string, clientAddress: string, now = Date.now()): Promise<boolean> {
  const [client, accountFromClient, account] = await store.recentFailures(keysFor(email, clientAddress), now - windowMs);
  return client < limits.client && accountFromClient < limits.accountFromClient && account < limits.account;
}

export async function recordFailedSignIn(store: StaffStore, email: string, clientAddress: string, now = Date.now()): Promise<void> {
  await store.recordFailure(keysFor(email, clientAddress), now);
}
