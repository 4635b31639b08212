import { zeroResultMinimumClients, zeroResultRetentionDays, zeroResultWindowDays } from '../data/surveys';
import { periodHash, periodKey } from './forms/period-keys';
import type { FormsStore, ZeroResultSearch } from './forms/store';

export type { ZeroResultSearch } from './forms/store';

/**
 * Searches that found no services, counted for navigators so they can add
 * the words search did not understand (officer view, "Searches that found
 * nothing"). Kept: the normalised words (zero-result-words.ts has already
 * dropped anything that looks like a name, e-mail, phone number, postcode or
 * long number), the day, and how many different clients searched them that day.
 *
 * Never kept: who searched. To count each client once a day, the store keeps
 * a keyed hash of their address, browser and the words, made with the day's
 * key (forms/period-keys.ts: shared by every server, its salt deleted after
 * the day), and deletes those hashes the next day. Because the key changes
 * daily, the same person on two days counts twice: "3 different clients in
 * 7 days" is the sum of each day's clients.
 */
const dayMs = 86_400_000;
const dayOf = (now: Date) => now.toISOString().slice(0, 10);
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/**
 * Counts one search that found nothing. `client` is whatever tells clients
 * apart (address and browser); it is only ever hashed. Resolves to true if it
 * counted (false: this client already searched these words today).
 */
export async function countZeroResultSearch(store: FormsStore, words: string, client: string, now = new Date()): Promise<boolean> {
  const day = dayOf(now);
  const { key } = await periodKey(store, 'zero-result-client', dayMs, now.getTime());
  return store.countZeroResultSearch({
    words,
    day,
    clientHash: periodHash(key, client, words),
    deleteAfter: `${addDays(day, zeroResultRetentionDays)}T00:00:00.000Z`,
  });
}

/** Searches that found nothing for at least 3 different clients in the last 7 days, commonest first. */
export function frequentZeroResultSearches(store: FormsStore, now = new Date(), limit = 200): Promise<ZeroResultSearch[]> {
  return store.frequentZeroResultSearches({ since: addDays(dayOf(now), -(zeroResultWindowDays - 1)), minimumClients: zeroResultMinimumClients, limit });
}
