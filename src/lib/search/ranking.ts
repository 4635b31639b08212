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

/**
 * How many candidates each path scores in full. The browser downloads each one's text, so it is kept
 * small: 10, the first page of results, gave the same quality and agreement figures as 15 on the demo
 * area (both-paths.test.ts, 3 December 2026) and saves five fragment downloads (about 4 kB) per new set of candidates.
 */
export const SHORTLIST = { browser: 10, server: 60 } as const;

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
/**
 * What another form of a typed word ("anxiety" for "anxious": SearchPlan.related)
 * counts for, in the score and in how much of the query a service matches.
 */
export const RELATED_WEIGHT = 0.5;

/** One way to match an idea of the query: these stems, counting for `weight` (1 = as typed). */
interface Way {
  stems: string[];
  weight: number;
}

/** The words to score for, from a plan: stems per search, with each search's weight. */
export interface RankTerms {
  searches: { stems: string[]; weight: number }[];
  /** Every distinct stem, for document frequencies. */
  stems: string[];
  prefix?: string;
  /** The plan's ideas (SearchPlan.concepts, with SearchPlan.related), each a list of ways to match it. */
  concepts: Way[][];
}

export function rankTerms(plan: Pick<SearchPlan, 'searches' | 'prefix' | 'concepts' | 'related'>): RankTerms {
  const searches = plan.searches.map((terms, i) => ({ stems: [...new Set(terms.map(stem))], weight: searchWeights[Math.min(i, searchWeights.length - 1)] }));
  const related = new Map((plan.related ?? []).map((r) => [r.word, r.forms]));
  const relatedStems = [...new Set([...related.values()].flat().map(stem))].filter((s) => !searches.some((x) => x.stems.includes(s)));
  if (relatedStems.length) searches.push({ stems: relatedStems, weight: RELATED_WEIGHT });
  const stems = [...new Set(searches.flatMap((s) => s.stems))];
  const prefix = plan.prefix && plan.prefix.length >= 3 && !stems.includes(stem(plan.prefix)) ? plan.prefix : undefined;
  const concepts = (plan.concepts ?? []).map((ways) => {
    const list: Way[] = ways.map((w) => ({ stems: [...new Set(w.map(stem))], weight: 1 }));
    const typed = ways.length === 1 && ways[0].length === 1 ? related.get(ways[0][0]) : undefined;
    for (const form of typed ?? []) list.push({ stems: [stem(form)], weight: RELATED_WEIGHT });
    return list;
  });
  return { searches, stems, prefix, concepts };
}

/**
 * How much of the query a service matches, from 0 to 1: the share of the
 * parent's ideas it matches, each by its typed words, a synonym's or another
 * form of the word (whichever matches more, other forms counting for less).
 * Words no service has are left out, so one unknown word does not sink the
 * rest. Both paths and both engines' rough orders use this, with `has`
 * telling whether a service has a stem.
 */
export function conceptCoverage(terms: RankTerms, idf: (stem: string) => number, has: (stem: string) => boolean): number {
  return coverageOf(knownConcepts(terms, idf), has);
}

/** The plan's ideas with only the stems some service has: worked out once per query, not once per candidate. */
type KnownConcepts = { known: string[]; weight: number }[][];

function knownConcepts(terms: RankTerms, idf: (stem: string) => number): KnownConcepts {
  return terms.concepts
    .map((ways) => ways.map((way) => ({ known: way.stems.filter((s) => idf(s) > 0), weight: way.weight })).filter((way) => way.known.length > 0))
    .filter((ways) => ways.length > 0);
}

function coverageOf(concepts: KnownConcepts, has: (stem: string) => boolean): number {
  let matched = 0;
  for (const ways of concepts) {
    let best = 0;
    for (const way of ways) {
      let count = 0;
      for (const s of way.known) if (has(s)) count++;
      best = Math.max(best, (way.weight * count) / way.known.length);
    }
    matched += best;
  }
  return concepts.length ? matched / concepts.length : 0;
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
  if (terms.concepts.length) coverage = conceptCoverage(terms, idf, (s) => termScore(fc, s) > 0);
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

/** One engine's hits for one word of the query (Pagefind in the browser, lunr on the server). */
export interface WordRun<T> {
  word: string;
  hits: { id: string; item: T; score: number }[];
}

/**
 * The candidates' rough order, worked out the same way on both paths: each
 * word is asked of the engine on its own, its hits' scores are taken as a
 * share of that word's best, weighed by the word's rarity, and the sum is
 * scaled by how much of the query the service covers (as in the full
 * score). The server asked lunr for all the words at once and used its
 * total, which the browser cannot get from Pagefind: the two paths chose
 * different shortlists, and so gave different answers.
 */
export function roughCandidates<T>(runs: WordRun<T>[], terms: RankTerms, idf: (stem: string) => number): Candidate<T>[] {
  const byWord = new Map<string, Map<string, number>>();
  const items = new Map<string, T>();
  for (const run of runs) {
    const best = Math.max(0, ...run.hits.map((h) => h.score)) || 1;
    const key = stem(run.word);
    const scores = byWord.get(key) ?? new Map<string, number>();
    for (const hit of run.hits) {
      items.set(hit.id, hit.item);
      scores.set(hit.id, Math.max(scores.get(hit.id) ?? 0, hit.score / best));
    }
    byWord.set(key, scores);
  }
  // What does not depend on the candidate, worked out once: at 10,000 services a common word has thousands of hits.
  const weighted = terms.searches.flatMap((search) =>
    search.stems.filter((s) => idf(s) > 0).map((s) => ({ scores: byWord.get(s), weight: search.weight * idf(s) })),
  );
  const concepts = knownConcepts(terms, idf);
  return [...items].map(([id, item]) => {
    let score = 0;
    for (const { scores, weight } of weighted) {
      const share = scores?.get(id);
      if (share !== undefined) score += weight * share;
    }
    const coverage = coverageOf(concepts, (s) => byWord.get(s)?.has(id) ?? false);
    return { item, roughScore: score * (0.25 + coverage) ** 2 };
  });
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
  const top = scored.filter((s) => s.score >= best * RELATIVE_CUT_OFF);
  // Beyond the shortlist (never scored in full): only when every shortlisted candidate made the
  // cut, so more good ones probably follow, and then those the engine rates near its best. When
  // some did not, the rest (rated lower still) would mostly not either: listing them put services
  // the full score would drop into second and third place on the path with the shorter shortlist.
  if (top.length < head.length) return top.map((s) => s.item);
  const rest = kept
    .slice(shortlist)
    .filter((c) => c.roughScore >= bestRough * RELATIVE_CUT_OFF)
    .map((c) => c.item);
  return [...top.map((s) => s.item), ...rest];
}
