import crypto from 'node:crypto';
import { purposeKey } from '../config';
import type { FormsStore } from './store';

/**
 * Short-lived keys for hashing who a client is (their address, with the page
 * or the search words), the same on every server: rate limits, a repeated
 * page feedback answer, a search counted once per client a day.
 *
 * A key is the form secret's key for the purpose mixed with a random salt
 * for the period, kept in the store (so every server makes the same key) and
 * deleted once the period is over. A stored hash can then never again be
 * checked against an address: not with the database alone (no form secret),
 * nor with the form secret alone (no salt), nor with both once the salt has gone.
 * Each process keeps the current key in memory; it can always make it again.
 */
const cached = new WeakMap<FormsStore, Map<string, { period: number; key: crypto.KeyObject }>>();

export async function periodKey(store: FormsStore, purpose: string, periodMs: number, now = Date.now()): Promise<{ key: crypto.KeyObject; period: number; endsAt: number }> {
  const period = Math.floor(now / periodMs);
  const endsAt = (period + 1) * periodMs;
  let keys = cached.get(store);
  if (!keys) cached.set(store, (keys = new Map()));
  const known = keys.get(purpose);
  if (known?.period === period) return { key: known.key, period, endsAt };
  const salt = await store.periodSalt(purpose, period, crypto.randomBytes(32).toString('base64url'), endsAt, now);
  const key = crypto.createSecretKey(crypto.createHmac('sha256', purposeKey(`period:${purpose}`)).update(salt).digest());
  keys.set(purpose, { period, key });
  return { key, period, endsAt };
}

/** A keyed hash of `parts` with the period's key. */
export const periodHash = (key: crypto.KeyObject, ...parts: string[]) =>
  crypto.createHmac('sha256', key).update(JSON.stringify(parts)).digest('base64url').slice(0, 32);
