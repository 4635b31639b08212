import { getGuides, getSearchDocuments, getSearchVocabulary } from '../directory/search';
import { buildSearchIndex, runSearch, type SearchIndex } from '../lib/search/engine';
import { buildGuideIndex, findGuides, type GuideIndex } from '../lib/search/guides';
import { planSearch, prepareVocabulary, type PreparedVocabulary, type SearchPlan } from '../lib/search/rewrite';
import { countFilters, type SelectedFilters } from '../lib/search/filters';
import { stem } from '../lib/search/text';
import type { ServiceResult } from '../lib/search/documents';
import { noGroupResults, resultGroups, type GroupResults, type PageResult, type ResultGroupId } from '../lib/search/groups';
import { searchSettings } from './search-settings';
import { settingPage } from '../lib/search/settings';

/**
 * The no-JavaScript search, run on the server for GET /search. The index is
 * built once, when the first search page is drawn (the production server
 * draws it before it accepts connections: secure-server.ts), and kept in
 * memory. Queries are never logged; searches that found nothing are counted
 * without who searched (zero-results.ts).
 */
let engine: Promise<{ vocabulary: PreparedVocabulary; index: SearchIndex; guides: GuideIndex }> | undefined;

function getEngine() {
  engine ??= (async () => {
    const [documents, guides] = await Promise.all([getSearchDocuments(), getGuides()]);
    const vocabulary = prepareVocabulary(await getSearchVocabulary(documents, guides));
    return { vocabulary, index: await buildSearchIndex(documents), guides: buildGuideIndex(guides) };
  })().catch((error) => {
    engine = undefined; // try again on the next search rather than failing for ever
    throw error;
  });
  return engine;
}

export interface SiteSearch {
  plan: SearchPlan;
  services: ServiceResult[];
  /** Information pages (and, once they exist, settings), each group listed after services. */
  groups: GroupResults;
}

export async function searchSite(query: string, filters: SelectedFilters, options: { exact?: boolean } = {}): Promise<SiteSearch> {
  if (!query.trim() && countFilters(filters) === 0) {
    // An empty search page needs no results, but waits for the index so the search that follows does not.
    await getEngine();
    return { plan: { query: '', corrections: [], synonyms: [], searches: [] }, services: [], groups: noGroupResults() };
  }
  const { vocabulary, index, guides } = await getEngine();
  const plan = planSearch(query, vocabulary, options);
  // One finder per group in lib/search/groups.ts (the browser has the same ones).
  const finders: Record<ResultGroupId, () => Promise<PageResult[]>> = {
    information: async () => findGuides(guides, plan),
    settings: async () => (await searchSettings(plan)).map(settingPage),
  };
  const groups = Object.fromEntries(await Promise.all(resultGroups.map(async (g) => [g.id, (await finders[g.id]()).slice(0, g.limit)]))) as GroupResults;
  return { plan, services: await runSearch(index, plan, filters, vocabulary.frequency), groups };
}

/** Whether search knows a word (from the content, keywords or search words): used to tell a misspelling from a name. */
export async function searchWordCheck(): Promise<(word: string) => boolean> {
  const { vocabulary } = await getEngine();
  return (word) => vocabulary.known.has(word) || vocabulary.knownStems.has(stem(word)) || vocabulary.phrases.has(stem(word));
}
