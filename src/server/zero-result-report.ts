import { zeroResultWords } from '../lib/search/zero-result-words';
import { countFilters, noFilters } from '../lib/search/filters';
import { formsStore } from './forms/current';
import { readFormBody } from './form-body';
import { RateLimiter } from './rate-limit';
import { searchSite, searchWordCheck } from './search';
import { countZeroResultSearch } from './zero-results';
import type { SelectedFilters } from '../lib/search/filters';

/**
 * Where searches that found nothing come in: the no-JavaScript search page
 * counts its own, and search as you type reports one with a small POST to
 * /api/search/zero-results once the parent stops typing. A report is
 * counted only if the server's own search also finds nothing for it, so
 * the list cannot be filled with words that do find services.
 */

/** Tells clients apart for counting (hashed at once with a daily key, never kept: zero-results.ts). */
export const clientOf = (address: string, userAgent: string | null) => `${address}\u0000${userAgent ?? ''}`;

/** Counts a search the server has just answered with no services; never throws (a parent's search must not fail for this). */
export async function noteZeroResultSearch(query: string, filters: SelectedFilters, client: string): Promise<void> {
  // With filters ticked, "nothing found" is usually the filters, not the words.
  if (countFilters(filters) > 0) return;
  try {
    const words = zeroResultWords(query, await searchWordCheck());
    if (words) await countZeroResultSearch(formsStore(), words, client);
  } catch {
    console.error('A search that found nothing could not be counted (database error).');
  }
}

let limiter: RateLimiter | undefined;
/** Reports per client: a parent trying word after word sends a few; more is not a parent. */
const reportLimiter = () => (limiter ??= new RateLimiter('zero-result-report', 30, 10 * 60 * 1000));

/** Status for a report from search as you type: 204 counted or ignored, 4xx refused. */
export async function receiveZeroResultReport(request: Request, address: string): Promise<number> {
  // Same origin only: the browser says where a fetch comes from, and other sites' pages may not post here.
  const site = request.headers.get('sec-fetch-site');
  const origin = request.headers.get('origin');
  if ((site && site !== 'same-origin') || (origin && origin !== new URL(request.url).origin) || (!site && !origin)) return 403;
  // A store that cannot count the report cannot store it either (noteZeroResultSearch then logs it).
  if (
    !(await reportLimiter()
      .take(formsStore(), address)
      .catch(() => true))
  )
    return 429;
  const body = await readFormBody(request, 1024);
  if (!body.ok) return body.problem === 'too-large' ? 413 : body.problem === 'not-a-form' ? 415 : 400;
  const q = body.fields.get('q');
  if (!q || q.length !== 1 || [...body.fields.keys()].some((k) => k !== 'q')) return 400;
  const query = q[0].slice(0, 200);
  if (!query.trim()) return 400;
  const { services } = await searchSite(query, noFilters());
  if (services.length === 0) await noteZeroResultSearch(query, noFilters(), clientOf(address, request.headers.get('user-agent')));
  return 204;
}
