import lunr from 'lunr';
import { tiers } from '../../data/tiers';
import type { SearchDocument, ServiceResult } from './documents';
import { countFilters, matchesFilters, type SelectedFilters } from './filters';
import type { SearchPlan } from './rewrite';
import { SHORTLIST, inverseFrequency, rankCandidates, rankTerms, roughCandidates, type RankFields, type WordRun } from './ranking';

/**
 * The search engine for the no-JavaScript path: a lunr index of every
 * service, held in the server's memory (it is never sent to browsers, which
 * use Pagefind's chunked index instead). lunr finds the candidates; they are
 * ordered by the scoring both paths share (ranking.ts).
 */
export interface SearchIndex {
  index: lunr.Index;
  documents: Map<string, SearchDocument>;
  /** Services families can use: rare words are weighed against this. */
  openServices: number;
  /**
   * lunr's hits for one word (or one word's start), kept while the server runs: at 10,000 services a
   * common word's hits take lunr tens of milliseconds, and parents search the same few hundred words.
   */
  wordHits: { byWord: Map<string, { ref: string; score: number }[]>; kept: number };
}

/** Hits kept in all (some 50 bytes each); beyond this the list starts again. */
const MAX_HITS_KEPT = 500_000;

/** Where a word counts most for lunr's rough order: a match in the name beats one in the description. */
const fieldBoosts = { name: 8, keywords: 5, summary: 3, labels: 2, body: 1 } as const;

/**
 * Builds the index, pausing every few hundred services so a server building
 * it for a large area (about 6 s of CPU at 10,000 services) still answers
 * other requests meanwhile. The same steps as lunr(), spread out.
 */
export async function buildSearchIndex(documents: SearchDocument[]): Promise<SearchIndex> {
  const builder = new lunr.Builder();
  builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  builder.searchPipeline.add(lunr.stemmer);
  builder.ref('url');
  for (const [field, boost] of Object.entries(fieldBoosts)) builder.field(field, { boost });
  for (let i = 0; i < documents.length; i++) {
    builder.add(documents[i]);
    if (i % 250 === 249) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return {
    index: builder.build(),
    documents: new Map(documents.map((d) => [d.url, d])),
    openServices: documents.filter((d) => d.type === 'service').length,
    wordHits: { byWord: new Map(), kept: 0 },
  };
}

/** Lets requests waiting on the server's one thread go first (setImmediate: after pending I/O, without a timer's 1 ms). */
const otherRequestsFirst = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The text the shared scoring reads, as the service page shows it. */
export function rankFields(doc: SearchDocument): RankFields {
  return {
    name: doc.name,
    keywords: doc.keywords,
    summary: doc.summary,
    labels: doc.labels,
    page: [doc.name, doc.summary, doc.keywords, doc.labels, doc.body].join(' '),
  };
}

/** How many services have a word (stem), from lunr's inverted index. */
function documentFrequency(index: lunr.Index, s: string): number {
  const entry = (index as unknown as { invertedIndex: Record<string, Record<string, Record<string, unknown> | number>> }).invertedIndex[s];
  if (!entry) return 0;
  const refs = new Set<string>();
  for (const [field, docs] of Object.entries(entry)) if (field !== '_index' && typeof docs === 'object') for (const ref of Object.keys(docs)) refs.add(ref);
  return refs.size;
}

/**
 * Runs a search plan. With no words but some filters, lists every matching
 * service, universal first (the graduated approach).
 */
export async function runSearch(
  { index, documents, openServices, wordHits }: SearchIndex,
  plan: SearchPlan,
  filters: SelectedFilters,
  /** How many services use a stem, from the vocabulary both paths share; lunr's own count for words it lacks. */
  sharedFrequency?: Map<string, number>,
): Promise<ServiceResult[]> {
  if (plan.searches.length === 0) {
    if (plan.query || countFilters(filters) === 0) return [];
    return [...documents.values()]
      .filter((d) => d.type === 'service' && matchesFilters(d.facets, filters))
      .map((d) => d.result)
      .sort((a, b) => tiers.indexOf(a.tier) - tiers.indexOf(b.tier) || a.name.localeCompare(b.name, 'en-GB'));
  }

  const frequencies = new Map<string, number>();
  const idf = (s: string) => {
    if (!frequencies.has(s)) frequencies.set(s, inverseFrequency(sharedFrequency?.get(s) || documentFrequency(index, s), openServices));
    return frequencies.get(s)!;
  };
  const terms = rankTerms(plan);
  // Any word may find a candidate, asked word by word as the browser asks Pagefind, so a
  // service matching most of the words still turns up and both paths choose candidates alike.
  const words = [...new Set([...plan.searches.flat(), ...(plan.related ?? []).flatMap((r) => r.forms)])];
  // Only services within the filters, as Pagefind answers with its filters applied.
  const run = (word: string, key: string, query: (q: lunr.Query) => void): WordRun<SearchDocument> => {
    let hits = wordHits.byWord.get(key);
    if (!hits) {
      hits = index.query(query).map((h) => ({ ref: h.ref, score: h.score }));
      if (wordHits.kept + hits.length > MAX_HITS_KEPT) {
        wordHits.byWord.clear();
        wordHits.kept = 0;
      }
      wordHits.byWord.set(key, hits);
      wordHits.kept += hits.length;
    }
    return {
      word,
      hits: hits
        .map((h) => ({ id: h.ref, item: documents.get(h.ref)!, score: h.score }))
        .filter((h) => h.item.type === 'service' && matchesFilters(h.item.facets, filters)),
    };
  };
  // Between words, other requests get their turn: a search of many words for a big area takes tens of
  // milliseconds in all, and a short search sent at the same moment should not wait for all of it.
  const runs: WordRun<SearchDocument>[] = [];
  for (const word of words) {
    runs.push(run(word, word, (q) => q.term(word, {})));
    await otherRequestsFirst();
  }
  const prefix = terms.prefix;
  if (prefix) runs.push(run(prefix, `${prefix}*`, (q) => q.term(prefix, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING })));
  const candidates = roughCandidates(runs, terms, idf);
  await otherRequestsFirst();
  const ranked = await rankCandidates(candidates, SHORTLIST.server, async (docs) => docs.map(rankFields), terms, idf);
  return ranked.map((d) => d.result);
}
