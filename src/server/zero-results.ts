import crypto from 'node:crypto';
import { zeroResultMinimumClients, zeroResultRetentionDays, zeroResultWindowDays } from '../data/surveys';
import type { FormsDatabase } from './database';

/**
 * Searches that found no services, counted for navigators so they can add
 * the words search did not understand (officer view, "Searches that found
 * nothing"). Kept: the normalised words (zero-result-words.ts has already
 * dropped anything that looks like a name, e-mail, phone number, postcode or
 * long number), the day, and how many different clients searched them that day.
 *
 * Never kept: who searched. Clients are told apart by a keyed hash of their
 * address and browser, with a key made at random each day that exists only
 * in this process's memory; the hashes of the day are held in memory to
 * count each client once per day, and forgotten with the key at midnight
 * (UTC). Because the key changes daily, the same person on two days counts
 * twice: "3 different clients in 7 days" is the sum of each day's clients.
 */

interface Day {
  day: string;
  key: crypto.KeyObject;
  seen: Set<string>;
}

/** Bounds memory under a flood: beyond this many (client, words) pairs in a day, nothing more is counted that day. */
const MAX_SEEN_PER_DAY = 200_000;

let today: Day | undefined;

const dayOf = (now: Date) => now.toISOString().slice(0, 10);
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function currentDay(now: Date): Day {
  const day = dayOf(now);
  if (today?.day !== day) today = { day, key: crypto.createSecretKey(crypto.randomBytes(32)), seen: new Set() };
  return today;
}

/**
 * Counts one search that found nothing. `client` is whatever tells clients
 * apart (address and browser); it is only ever hashed. Resolves to true if it
 * counted (false: this client already searched these words today).
 */
export async function countZeroResultSearch(database: FormsDatabase, words: string, client: string, now = new Date()): Promise<boolean> {
  const day = currentDay(now);
  const hash = crypto.createHmac('sha256', day.key).update(client).update('\u0000').update(words).digest('base64url');
  if (day.seen.has(hash) || day.seen.size >= MAX_SEEN_PER_DAY) return false;
  day.seen.add(hash);
  await database.write('countZeroResultSearch', { words, day: day.day, deleteAfter: `${addDays(day.day, zeroResultRetentionDays)}T00:00:00.000Z` });
  return true;
}

export interface ZeroResultSearch {
  words: string;
  /** Different clients over the window (each day's count added up). */
  clients: number;
  lastDay: string;
}

/** Searches that found nothing for at least 3 different clients in the last 7 days, commonest first. */
export function frequentZeroResultSearches(database: FormsDatabase, now = new Date(), limit = 200): ZeroResultSearch[] {
  const since = addDays(dayOf(now), -(zeroResultWindowDays - 1));
  const rows = database.db
    .prepare(
      `SELECT words, sum(clients) AS clients, max(day) AS last_day FROM zero_result_search
       WHERE day >= ? GROUP BY words HAVING sum(clients) >= ? ORDER BY clients DESC, last_day DESC, words LIMIT ?`,
    )
    .all(since, zeroResultMinimumClients, limit) as { words: string; clients: number; last_day: string }[];
  return rows.map((r) => ({ words: r.words, clients: r.clients, lastDay: r.last_day }));
}

/** Forgets today's key and hashes (for tests of a new day). */
export function forgetZeroResultClients(): void {
  today = undefined;
}
