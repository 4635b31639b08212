import type { SearchPlan } from './rewrite';
import { stem, words } from './text';

/**
 * How search orders services, the same on both paths. Each engine (lunr on
 * the server, Pagefind in the browser) only finds candidates: services that
 * match any of the query's words, so one word nobody wrote ("langwidge")
 * never empties the list. The best candidates are then scored here, from the
 * same fields with the same features, so a parent gets the same answer with
 * or without JavaScript:
 *
 * - each word counts by where it is (name, keywords, summary, labels, page),
 *   with diminishing returns for repeats (BM25's saturation);
 * - rarer words count for more (inverse document frequency over the area's services);
 * - services matching more of the query's words rank higher ("most words", not "all words");
 * - the query in services' words counts for more than the parent's own words.
 */

/** The text of one service, as both paths can read it. */
export interface RankFields {
  name: string;
  keywords: string;
  summary: string;
  /** Need, topic, tier and access labels and the organisation's name. */
  labels: string;
  /** Everything the service page says (name and summary included). */
  page: string;
}

type Field = keyof RankFields;

/** Where a word counts most: a match in the name beats one in the description. */
const fieldBoosts: Record<Field, number> = { name: 8, keywords: 5, summary: 3, labels: 2, page: 1 };
/** Typical length of each field in words, for BM25's length normalisation (fixed, so both paths agree). */
const typicalLength: Record<Field, number> = { name: 6, keywords: 12, summary: 30, labels: 25, page: 350 };
const K1 = 1.2;
const B = 0.75;

/** How many candidates each path scores in full. The browser downloads each one's text, so it is kept small. */
export const SHORTLIST = { browser: 15, server: 60 } as const;

/**
 * Results scoring below this share of the best result are dropped on both
 * search paths. They match only through common words, or through a word in
 * a list on the page (every venue's "Wheelchair access"), and bury the
 * services a parent is looking for.
 */
export const RELATIVE_CUT_OFF = 0.3;

/** Weight of each of the plan's searches: the query in services' words, then the parent's own words. */
const searchWeights = [1, 0.7];
/** What the half-typed last word ("autis") adds when it starts a word on the page. */
const PREFIX_WEIGHT = 0.5;

/** The words to score for, from a plan: stems per search, with each search's weight. */
export interface RankTerms {
  searches: { stems: string[]; weight: number }[];
  /** Every distinct stem, for document frequencies. */
  stems: string[];
  prefix?: string;
}

export function rankTerms(plan: Pick<SearchPlan, 'searches' | 'prefix'>): RankTerms {
  const searches = plan.searches.map((terms, i) => ({ stems: [...new Set(terms.map(stem))], weight: searchWeights[Math.min(i, searchWeights.length - 1)] }));
  const stems = [...new Set(searches.flatMap((s) => s.stems))];
  const prefix = plan.prefix && plan.prefix.length >= 3 && !stems.includes(stem(plan.prefix)) ? plan.prefix : undefined;
  return { searches, stems, prefix };
}

/** BM25's inverse document frequency: a word on every service counts for almost nothing. */
export function inverseFrequency(documentFrequency: number, services: number): number {
  if (documentFrequency <= 0) return 0;
  const n = Math.max(services, documentFrequency);
  return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** Word counts of a service's fields, by stem; build once per candidate. */
export interface FieldCounts {
  counts: Record<Field, Map<string, number>>;
  lengths: Record<Field, number>;
  /** The page's words as written, for the half-typed last word. */
  pageWords: Set<string>;
}

export function countFields(fields: RankFields): FieldCounts {
  const counts = {} as FieldCounts['counts'];
  const lengths = {} as FieldCounts['lengths'];
  let pageWords = new Set<string>();
  for (const field of Object.keys(fieldBoosts) as Field[]) {
    const list = words(fields[field]);
    const map = new Map<string, number>();
    for (const w of list) {
      const s = stem(w);
      map.set(s, (map.get(s) ?? 0) + 1);
    }
    counts[field] = map;
    lengths[field] = list.length;
    if (field === 'page') pageWords = new Set(list);
  }
  return { counts, lengths, pageWords };
}

function termScore(fc: FieldCounts, s: string): number {
  let score = 0;
  for (const field of Object.keys(fieldBoosts) as Field[]) {
    const tf = fc.counts[field].get(s);
    if (!tf) continue;
    const norm = 1 - B + (B * fc.lengths[field]) / typicalLength[field];
    score += fieldBoosts[field] * ((tf * (K1 + 1)) / (tf + K1 * norm));
  }
  return score;
}

/**
 * One service's score for a query. Words no service has (inverse frequency
 * 0) are left out of "how much of the query matched", so the others still find services.
 */
export function scoreService(terms: RankTerms, fc: FieldCounts, idf: (stem: string) => number): number {
  let total = 0;
  let coverage = 0;
  for (const search of terms.searches) {
    let known = 0;
    let matched = 0;
    for (const s of search.stems) {
      const weight = idf(s);
      if (weight <= 0) continue;
      known++;
      const score = termScore(fc, s);
      if (score > 0) matched++;
      total += search.weight * weight * score;
    }
    if (known) coverage = Math.max(coverage, (matched / known) * search.weight);
  }
  if (terms.prefix) {
    const p = terms.prefix;
    if ([...fc.pageWords].some((w) => w.startsWith(p))) total += PREFIX_WEIGHT * fieldBoosts.page;
  }
  return total * (0.25 + coverage) ** 2;
}

/** A candidate from an engine: its own (rough) score, and its text once fetched. */
export interface Candidate<T> {
  item: T;
  /** The engine's score, used to choose the shortlist and to order what is not shortlisted. */
  roughScore: number;
}

/**
 * Orders candidates: the shortlist (best rough scores) by the shared score,
 * then the rest by rough score, each part cut off below a share of its best.
 */
export async function rankCandidates<T>(
  candidates: Candidate<T>[],
  shortlist: number,
  fieldsOf: (items: T[]) => Promise<RankFields[]>,
  terms: RankTerms,
  idf: (stem: string) => number,
): Promise<T[]> {
  const byRough = [...candidates].sort((a, b) => b.roughScore - a.roughScore);
  const bestRough = byRough[0]?.roughScore ?? 0;
  const kept = byRough.filter((c) => c.roughScore > 0 && c.roughScore >= bestRough * RELATIVE_CUT_OFF * RELATIVE_CUT_OFF);
  const head = kept.slice(0, shortlist);
  const fields = await fieldsOf(head.map((c) => c.item));
  const scored = head.map((c, i) => ({ item: c.item, score: scoreService(terms, countFields(fields[i]), idf) })).sort((a, b) => b.score - a.score);
  const best = scored[0]?.score ?? 0;
  if (best <= 0) return [];
  const top = scored.filter((s) => s.score >= best * RELATIVE_CUT_OFF).map((s) => s.item);
  // Beyond the shortlist: only those the engine itself rates near its best.
  const rest = kept.slice(shortlist).filter((c) => c.roughScore >= bestRough * RELATIVE_CUT_OFF).map((c) => c.item);
  return [...top, ...rest];
}
