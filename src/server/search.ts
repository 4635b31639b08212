import { getSearchDocuments, getSearchVocabulary } from '../directory/search';
import { buildSearchIndex, runSearch, type SearchIndex, type SearchResults } from '../lib/search/engine';
import { planSearch, prepareVocabulary, type PreparedVocabulary, type SearchPlan } from '../lib/search/rewrite';
import { countFilters, type SelectedFilters } from '../lib/search/filters';

/**
 * The no-JavaScript search, run on the server for GET /search. The index is
 * built once, on the first search after the server starts, and kept in memory.
 */
let engine: Promise<{ vocabulary: PreparedVocabulary; index: SearchIndex }> | undefined;

function getEngine() {
  engine ??= (async () => {
    const documents = await getSearchDocuments();
    const vocabulary = prepareVocabulary(await getSearchVocabulary(documents));
    return { vocabulary, index: buildSearchIndex(documents) };
  })().catch((error) => {
    engine = undefined; // try again on the next search rather than failing for ever
    throw error;
  });
  return engine;
}

export async function searchSite(query: string, filters: SelectedFilters, options: { exact?: boolean } = {}): Promise<{ plan: SearchPlan } & SearchResults> {
  // An empty search page needs no index: do not make its first visitor wait for one.
  if (!query.trim() && countFilters(filters) === 0) return { plan: { query: '', corrections: [], synonyms: [], searches: [] }, services: [], information: [] };
  const { vocabulary, index } = await getEngine();
  const plan = planSearch(query, vocabulary, options);
  return { plan, ...runSearch(index, plan, filters) };
}
