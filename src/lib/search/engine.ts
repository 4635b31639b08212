import lunr from 'lunr';
import { tiers } from '../../data/tiers';
import type { SearchDocument, ServiceResult } from './documents';
import { countFilters, matchesFilters, type SelectedFilters } from './filters';
import type { SearchPlan } from './rewrite';
import { stem } from './text';
import { RELATIVE_CUT_OFF } from './ranking';

const isLunrStopWord = (w: string) => lunr.stopWordFilter(new lunr.Token(w, {})) === undefined;

/**
 * The search engine for the no-JavaScript path: a lunr index of every
 * service, held in the server's memory (it is never sent to browsers, which
 * use Pagefind's chunked index instead).
 */
export interface SearchIndex {
  index: lunr.Index;
  documents: Map<string, SearchDocument>;
}

/** Where a word counts most: a match in the name beats one in the description. */
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
  return { index: builder.build(), documents: new Map(documents.map((d) => [d.url, d])) };
}



/**
 * Runs a search plan: the query in services' words counts twice as much as
 * the parent's own words. With no words but some filters, lists every
 * matching service, universal first (the graduated approach).
 */
export function runSearch({ index, documents }: SearchIndex, plan: SearchPlan, filters: SelectedFilters): ServiceResult[] {
  if (plan.searches.length === 0) {
    if (plan.query || countFilters(filters) === 0) return [];
    return [...documents.values()]
      .filter((d) => d.type === 'service' && matchesFilters(d.facets, filters))
      .map((d) => d.result)
      .sort((a, b) => tiers.indexOf(a.tier) - tiers.indexOf(b.tier) || a.name.localeCompare(b.name, 'en-GB'));
  }

  const hits = index.query((q) => {
    plan.searches.forEach((terms, i) => {
      const boost = i === 0 ? 2 : 1;
      for (const term of terms) q.term(term, { boost });
    });
    if (plan.prefix && plan.prefix.length >= 3) q.term(plan.prefix, { boost: 0.5, usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
  });
  // lunr adds up matches word by word, so a page with one word many times can beat a page
  // with every word. Scale each score by how much of the query the page matched.
  const wanted = plan.searches.map((terms) => new Set(terms.map((t) => stem(t)).filter((t) => !isLunrStopWord(t))));
  const scored = hits
    .map((h) => {
      const matched = new Set(Object.keys(h.matchData.metadata));
      const coverage = Math.max(...wanted.map((terms, i) => (terms.size ? [...terms].filter((t) => matched.has(t)).length / terms.size : 0) * (i === 0 ? 1 : 0.8)));
      return { score: h.score * (0.25 + coverage) ** 2, doc: documents.get(h.ref)! };
    })
    .sort((a, b) => b.score - a.score);
  const found = scored.filter((h) => h.doc.type === 'service' && matchesFilters(h.doc.facets, filters));
  const best = found[0]?.score ?? 0;
  return found.filter((h) => h.score >= best * RELATIVE_CUT_OFF).map((h) => h.doc.result);
}
