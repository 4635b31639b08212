import type { Source } from './read-input.ts';

/**
 * Reads a whole Open Referral feed from its API, page by page, politely: one
 * request at a time, a pause between pages, and a retry with a growing wait
 * when the server is busy or the network drops. It returns every page's text
 * and writes nothing, so the import checks the whole feed before it changes
 * a file. Both paging envelopes are followed: 3.0 (`total_pages`,
 * `last_page`, `contents`) and 1.0 (`totalPages`, `last`, `content`).
 */

export interface FetchOptions {
  /** Pause between pages, in milliseconds (default 1000). */
  delayMs?: number;
  /** Tries per page before giving up (default 4). */
  attempts?: number;
  /** First wait before a retry, doubled each time (default 2000 ms). */
  backoffMs?: number;
  /** Stop after this many pages, in case a feed never says it has ended (default 1000). */
  maxPages?: number;
  /** Records asked for per page (per_page); the feed may send fewer. */
  perPage?: number;
  log?: (line: string) => void;
  fetch?: typeof fetch;
}

export class FeedError extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The address of page `n` (pages count from 1), keeping the feed's own query. */
export function pageAddress(feed: string, n: number, perPage?: number): string {
  const url = new URL(feed);
  url.searchParams.set('page', String(n));
  if (perPage) url.searchParams.set('per_page', String(perPage));
  return url.href;
}

/** Whether a page says it is the last, from either envelope; undefined when it does not say. */
function isLastPage(document: unknown, n: number, items: number): boolean | undefined {
  if (Array.isArray(document)) return true;
  if (!isObject(document)) return true;
  if (typeof document.last_page === 'boolean') return document.last_page;
  if (typeof document.last === 'boolean') return document.last;
  const total = document.total_pages ?? document.totalPages;
  if (typeof total === 'number') return n >= total;
  if (!('contents' in document) && !('content' in document)) return true;
  return items === 0;
}

async function getPage(address: string, options: Required<Pick<FetchOptions, 'attempts' | 'backoffMs' | 'log' | 'fetch'>>): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    let problem: string;
    try {
      const response = await options.fetch(address, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(60_000) });
      const text = await response.text();
      if (response.ok) {
        try {
          JSON.parse(text);
        } catch {
          const type = response.headers.get('content-type') ?? 'no content type';
          throw new FeedError(
            `${address} did not answer with JSON (${type}, starting "${text.slice(0, 60).replace(/\s+/g, ' ')}"): check the address is the feed's /services endpoint, not its web page.`,
          );
        }
        return text;
      }
      if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
        const hint =
          response.status === 404
            ? 'check the address'
            : response.status === 401 || response.status === 403
              ? 'the feed needs permission: ask its owner'
              : 'check the address and its query';
        throw new FeedError(`${address} answered ${response.status} ${response.statusText}: ${hint}. Nothing was imported.`);
      }
      problem = `answered ${response.status} ${response.statusText}`;
      const retryAfter = Number(response.headers.get('retry-after'));
      if (attempt < options.attempts && retryAfter > 0 && retryAfter <= 120) {
        options.log(`${address} ${problem}; trying again in ${retryAfter} s (as it asked).`);
        await sleep(retryAfter * 1000);
        continue;
      }
    } catch (error) {
      if (error instanceof FeedError) throw error;
      problem = `could not be reached (${(error as Error).message})`;
    }
    if (attempt >= options.attempts) throw new FeedError(`${address} ${problem}, ${attempt} times: try again later. Nothing was imported.`);
    const wait = options.backoffMs * 2 ** (attempt - 1);
    options.log(`${address} ${problem}; trying again in ${(wait / 1000).toFixed(1)} s.`);
    await sleep(wait);
  }
}

/** Every page of the feed at `feed`, read one after another. */
export async function fetchFeed(feed: string, options: FetchOptions = {}): Promise<Source[]> {
  let start: URL;
  try {
    start = new URL(feed);
  } catch {
    throw new FeedError(`"${feed}" is not a web address: give the feed's full address, such as https://example.org/api/services`);
  }
  if (!/^https?:$/.test(start.protocol)) throw new FeedError(`"${feed}" must start with https:// (or http://)`);
  const settings = { attempts: options.attempts ?? 4, backoffMs: options.backoffMs ?? 2000, log: options.log ?? console.log, fetch: options.fetch ?? fetch };
  const delayMs = options.delayMs ?? 1000;
  const maxPages = options.maxPages ?? 1000;
  const pages: Source[] = [];
  for (let n = 1; n <= maxPages; n++) {
    if (n > 1) await sleep(delayMs);
    const address = pageAddress(feed, n, options.perPage);
    const text = await getPage(address, settings);
    const document: unknown = JSON.parse(text);
    const items = isObject(document) ? (Array.isArray(document.contents) ? document.contents : Array.isArray(document.content) ? document.content : []) : [];
    // A feed that ignores ?page= sends page 1 again: stop rather than import it twice.
    if (n > 1 && text === pages[0].text) break;
    pages.push({ label: address, text });
    const total = isObject(document) ? (document.total_pages ?? document.totalPages) : undefined;
    settings.log(`Read page ${n}${typeof total === 'number' ? ` of ${total}` : ''} (${items.length} records).`);
    if (isLastPage(document, n, items.length)) return pages;
  }
  throw new FeedError(`${feed} did not say it had ended after ${maxPages} pages. Nothing was imported.`);
}
