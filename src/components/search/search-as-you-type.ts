import { planSearch, prepareVocabulary, type PreparedVocabulary, type SearchPlan } from '../../lib/search/rewrite';
import type { SearchVocabulary } from '../../lib/search/vocabulary';
import { countFilters, filtersFromParams, pagefindFilters, searchHref, type SelectedFilters } from '../../lib/search/filters';
import type { ServiceResult } from '../../lib/search/documents';
import { PAGE_SIZE, resultCountText, serviceResultFromPagefind } from '../../lib/search/results';
import { correctionHtml, paginationHtml, selectedFiltersHtml } from './search-markup';
import { informationItem, serviceCard } from './fill-results';
import { noGroupResults, resultGroups, type GroupResults, type PageResult, type ResultGroupId } from '../../lib/search/groups';
import { SHORTLIST, inverseFrequency, rankCandidates, rankTerms, roughCandidates, type RankFields } from '../../lib/search/ranking';
import { isContentWord, stem, words } from '../../lib/search/text';
import { buildGuideIndex, findGuides, type Guide, type GuideIndex } from '../../lib/search/guides';
import { buildSettingIndex, findSettings, settingPage, type SettingIndex, type SettingSearchEntry } from '../../lib/search/settings';
import { registerOfflineWorker } from '../../offline/register';
import { tiers } from '../../data/tiers';

/**
 * Search as you type on /search. The page already works without JavaScript
 * (a GET form answered by the server); this takes over the same form:
 * results update on each key press from Pagefind's index, typos and
 * parents' words are handled by the same rules as the server
 * (src/lib/search/rewrite.ts), filters apply as they are ticked, and the
 * address bar always holds the search so it can be shared and the back
 * button works. Tested in Chromium with the keyboard only.
 */

interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindHit {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, o?: Record<string, unknown>) => Promise<{ results: PagefindHit[] } | null>;
  /** Downloads what searching for `term` needs, without searching. */
  preload: (term: string, o?: Record<string, unknown>) => Promise<void>;
}

/** How long typing must pause before the result count is read out, so screen readers are not interrupted on every key. */
const ANNOUNCE_AFTER_MS = 700;
/** How long a search that found nothing must stay on screen before it is reported (the parent has stopped typing). */
const REPORT_AFTER_MS = 1500;

const reported = new Set<string>();
/**
 * Tells the server that a search found nothing, so navigators can add the
 * words (src/server/zero-result-report.ts). Once per query per visit; the
 * server checks the search itself and keeps only the words.
 */
function reportZeroResults(query: string): void {
  const q = query.trim().replace(/\s+/g, ' ');
  if (!q || reported.has(q)) return;
  reported.add(q);
  void fetch('/api/search/zero-results', { method: 'POST', body: new URLSearchParams({ q }), keepalive: true, credentials: 'omit' }).catch(() => undefined);
}

let pagefind: Promise<Pagefind> | undefined;
let vocabulary: Promise<PreparedVocabulary> | undefined;
let guides: Promise<GuideIndex> | undefined;
let settings: Promise<SettingIndex> | undefined;

/**
 * Lets waiting events (a key press) run first. A message, not setTimeout(0): the browser makes a
 * timeout set from a timeout's own task wait at least 4 ms after the fifth, which is 4 ms a word
 * from the fifth word of a query on.
 */
const yielded: (() => void)[] = [];
let channel: MessageChannel | undefined;
const nextTask = () =>
  new Promise<void>((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => yielded.shift()?.();
    }
    yielded.push(resolve);
    channel.port2.postMessage(null);
  });

const fetchJson = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;

function loadEngines(): Promise<[Pagefind, PreparedVocabulary, GuideIndex, SettingIndex]> {
  pagefind ??= (async () => {
    const path = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ path)) as Pagefind;
    // The index is small enough to search on the main thread; skipping the worker saves a download.
    await pf.options({ noWorker: true, excerptLength: 0 });
    await pf.init();
    return pf;
  })();
  vocabulary ??= fetchJson<SearchVocabulary>('/search-vocabulary.json').then(prepareVocabulary);
  guides ??= fetchJson<Guide[]>('/search-guides.json').then(buildGuideIndex);
  settings ??= fetchJson<SettingSearchEntry[]>('/search-settings.json').then(buildSettingIndex);
  return Promise.all([pagefind, vocabulary, guides, settings]);
}

interface SearchState {
  query: string;
  filters: SelectedFilters;
  exact: boolean;
  /** True while the parent is typing, rather than after pressing Search or going back. */
  typing: boolean;
}

interface Found {
  plan: SearchPlan;
  total: number;
  services: ServiceResult[];
  /** Cards the server drew (a list with filters but no words), shown instead of `services`. */
  cards?: Element[];
  groups: GroupResults;
}

/**
 * A list with filters but no words, from the server's own page for it: universal first, then A to Z,
 * as on the browse pages. Pagefind can only order a list by a sort of every page, which is part of
 * the page list every search downloads (11 kB gzipped at 5,000 services, 22 kB at 10,000), for the
 * few parents who tick filters without typing anything. Undefined offline, when the service worker
 * answers with the search page it saved for another address.
 */
async function listedByServer(address: string): Promise<{ total: number; cards: Element[] } | undefined> {
  try {
    const response = await fetch(address, { credentials: 'same-origin' });
    if (!response.ok) return undefined;
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const results = page.getElementById('search-results');
    const asked = new URLSearchParams(new URL(address, location.href).search).toString();
    if (!results || new URLSearchParams(results.dataset.answered ?? '').toString() !== asked) return undefined;
    const total = Number(results.dataset.total);
    if (!Number.isInteger(total)) return undefined;
    return { total, cards: [...page.querySelectorAll('#search-list > li')].map((card) => document.importNode(card, true)) };
  } catch {
    return undefined;
  }
}

/**
 * Pagefind's hits for one word within some filters, kept while they are being used: typing "autism
 * holiday club" asked Pagefind for "autism" again at every key press after it, and at 10,000 services
 * a common word's answer (thousands of pages, each with where the word is) takes Pagefind tens of
 * milliseconds to build and parse. The least recently used words go first once the hits kept pass
 * MAX_HITS_KEPT (each hit holds where the word is on its page: some 400 bytes, so about 12 MB at most),
 * never those of the search under way.
 */
const wordHits = new Map<string, { hits: Promise<PagefindHit[]>; count: number }>();
const MAX_HITS_KEPT = 30_000;
// By stem: Pagefind stems what it is asked, so "talking" (another form of "talki", half typed) gets the hits "talk" got.
const hitsKey = (word: string, filters: Record<string, { any: string[] }>) => `${JSON.stringify(filters)} ${stem(word)}`;
function hitsFor(pf: Pagefind, word: string, filters: Record<string, { any: string[] }>, inUse: Set<string>): Promise<PagefindHit[]> {
  const key = hitsKey(word, filters);
  const kept = wordHits.get(key);
  if (kept) {
    wordHits.delete(key); // to the end: the most recently used
    wordHits.set(key, kept);
    return kept.hits;
  }
  const entry = { hits: pf.search(word, { filters }).then((r) => r?.results ?? []), count: 0 };
  wordHits.set(key, entry);
  // A failed download is asked for again next time, not remembered.
  entry.hits.catch(() => wordHits.delete(key));
  void entry.hits.then((hits) => {
    entry.count = hits.length;
    let total = 0;
    for (const e of wordHits.values()) total += e.count;
    for (const [k, e] of wordHits) {
      if (total <= MAX_HITS_KEPT) break;
      if (inUse.has(k)) continue;
      wordHits.delete(k);
      total -= e.count;
    }
  });
  return entry.hits;
}

/** Each service's text, fetched once per page visit: re-ranking a later query needs no new download. */
const pageData = new Map<string, Promise<PagefindData>>();
const dataOf = (hit: PagefindHit) => {
  let data = pageData.get(hit.id);
  if (!data) pageData.set(hit.id, (data = hit.data()));
  return data;
};

/**
 * Finds services as the server does (src/lib/search/ranking.ts): Pagefind
 * is asked for each word on its own, so a page matching most of the words is
 * found even when one word is on no page (Pagefind alone wants every word);
 * the best candidates are then scored from their text with the same features
 * as the server. Returns undefined if a newer search has started, so results
 * nobody will see are not downloaded.
 */
async function find(state: SearchState, stillWanted: () => boolean): Promise<Found | undefined> {
  const [pf, vocab, guideIndex, settingIndex] = await loadEngines();
  const plan = planSearch(state.query, vocab, { exact: state.exact, typing: state.typing });
  const filters = pagefindFilters(state.filters);
  // A word of two letters so far is not searched for yet ("ho"), but the index chunk its next letter
  // will need is downloaded now, so that key press does not wait for it.
  const last = state.typing && !/\s$/.test(state.query) ? words(state.query).at(-1) : undefined;
  if (last?.length === 2 && isContentWord(last) && !plan.searches.flat().includes(last)) void pf.preload(last, { filters }).catch(() => undefined);
  if (plan.searches.length === 0) {
    // Still typing a first word ("a", "th"): keep what is on screen until there is something to search for.
    if (state.typing && plan.query) return undefined;
    if (plan.query || countFilters(state.filters) === 0) return { plan, total: 0, services: [], groups: noGroupResults() };
    const listed = await listedByServer(searchHref('', state.filters));
    if (!stillWanted()) return undefined;
    if (listed) return { plan, total: listed.total, services: [], cards: listed.cards, groups: noGroupResults() };
    // Offline: Pagefind's list, universal first, each tier in Pagefind's own order (not A to Z).
    const all: PagefindHit[] = [];
    for (const tier of tiers) {
      if (state.filters.tier.length && !state.filters.tier.includes(tier)) continue;
      all.push(...((await pf.search(null, { filters: { ...filters, tier: { any: [tier] } } }))?.results ?? []));
    }
    if (!stillWanted()) return undefined;
    return { plan, total: all.length, services: await serviceData(all.slice(0, PAGE_SIZE)), groups: noGroupResults() };
  }
  const terms = rankTerms(plan);
  const typed = [...new Set([...plan.searches.flat(), ...(plan.related ?? []).flatMap((r) => r.forms), ...(terms.prefix ? [terms.prefix] : [])])];
  // One word at a time, letting key presses in between: a word new to this visit costs Pagefind tens of
  // milliseconds at 10,000 services, and once the parent has typed on, the rest of this search is not wanted
  // (the words already asked are kept for the next one). All at once, each key press queued behind the last.
  // Their index chunks are downloaded side by side, though.
  for (const word of typed) if (!wordHits.has(hitsKey(word, filters))) void pf.preload(word, { filters }).catch(() => undefined);
  const inUse = new Set(typed.map((word) => hitsKey(word, filters)));
  const runs: PagefindHit[][] = [];
  for (const word of typed) {
    runs.push(await hitsFor(pf, word, filters, inUse));
    await nextTask();
    if (!stillWanted()) return undefined;
  }
  // How common a word is comes from the vocabulary the server uses too; Pagefind's count (within the filters) only for words it lacks.
  const counted = new Map<string, number>();
  typed.forEach((word, i) => counted.set(stem(word), Math.max(counted.get(stem(word)) ?? 0, runs[i].length)));
  const frequency = (s: string) => vocab.frequency.get(s) || (counted.get(s) ?? 0);
  const idf = (s: string) => inverseFrequency(frequency(s), vocab.services);

  // Which candidates to score in full: chosen from each word's hits as on the server (ranking.ts).
  const candidates = roughCandidates(
    typed.map((word, i) => ({ word, hits: runs[i].map((hit) => ({ id: hit.id, item: hit, score: hit.score })) })),
    terms,
    idf,
  );
  const fieldsOf = async (list: PagefindHit[]): Promise<RankFields[]> =>
    (await Promise.all(list.map(dataOf))).map((d) => ({
      name: d.meta.title ?? '',
      keywords: d.meta.keywords ?? '',
      summary: d.meta.summary ?? '',
      labels: d.meta.labels ?? '',
      page: d.content,
    }));
  const ranked = await rankCandidates(candidates, SHORTLIST.browser, fieldsOf, terms, idf);
  if (!stillWanted()) return undefined;
  // One finder per group in lib/search/groups.ts, as on the server.
  const finders: Record<ResultGroupId, () => PageResult[]> = {
    information: () => findGuides(guideIndex, plan),
    settings: () => findSettings(settingIndex, plan).map(settingPage),
  };
  const groups = Object.fromEntries(resultGroups.map((g) => [g.id, finders[g.id]().slice(0, g.limit)])) as GroupResults;
  return { plan, total: ranked.length, services: await serviceData(ranked.slice(0, PAGE_SIZE)), groups };
}

async function serviceData(hits: PagefindHit[]): Promise<ServiceResult[]> {
  const data = await Promise.all(hits.map(dataOf));
  return data.map((d) => serviceResultFromPagefind(d.url, d.meta)).filter((r): r is ServiceResult => r !== undefined);
}

export function enhanceSearchPage(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  if (!form || !input) return;
  const el = (id: string) => document.getElementById(id)!;

  const readForm = (typing: boolean): SearchState => {
    const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
    const query = input.value;
    return { query, filters: filtersFromParams(params), exact: query.trim() !== '' && params.get('exact') === query.trim(), typing };
  };
  const writeForm = (params: URLSearchParams) => {
    input.value = params.get('q') ?? '';
    const filters = filtersFromParams(params);
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
      box.checked = (filters as Record<string, string[]>)[box.name]?.includes(box.value) ?? false;
    const exact = document.getElementById('search-exact') as HTMLInputElement | null;
    if (exact) exact.value = params.get('exact') ?? '';
  };
  const addressOf = (s: SearchState) => searchHref(s.query, s.filters, s.exact ? { exact: s.query.trim() } : {});

  // While typing, the address is brought up to date when typing pauses (or before the parent
  // leaves the page), not on every key: Chromium fetches the page icon again each time it changes.
  let pendingAddress: string | undefined;
  const flushAddress = () => {
    if (pendingAddress && location.pathname + location.search !== pendingAddress) window.history.replaceState(null, '', pendingAddress);
    pendingAddress = undefined;
  };

  let latest = 0;
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  const render = (state: SearchState, found: Found) => {
    const searched = found.plan.query !== '' || countFilters(state.filters) > 0;
    el('search-list').replaceChildren(...(found.cards ?? found.services.map((r) => serviceCard(el('search-service-template') as HTMLTemplateElement, r))));
    el('search-pagination').innerHTML = paginationHtml(found.plan.query, state.filters, 1, found.total, state.exact);
    const correction = el('search-correction');
    correction.innerHTML = correctionHtml(found.plan, state.filters);
    correction.hidden = !found.plan.showingResultsFor;
    el('search-selected').innerHTML = selectedFiltersHtml(found.plan.query, state.filters);
    for (const group of resultGroups) {
      el(`search-${group.id}-list`).replaceChildren(
        ...found.groups[group.id].map((r) => informationItem(el('search-page-template') as HTMLTemplateElement, r)),
      );
      el(`search-${group.id}`).hidden = found.groups[group.id].length === 0;
    }
    el('search-no-results').hidden = !searched || found.total > 0;
    el('search-no-results-filters').hidden = countFilters(state.filters) === 0;
    document.getElementById('search-intro')?.toggleAttribute('hidden', searched);
    const selected = countFilters(state.filters);
    el('search-filter-count').textContent = selected > 0 ? ` (${selected} selected)` : '';
    document.title = document.title.replace(/^.*?(Search – )/, state.query.trim() ? `${state.query.trim()} – $1` : '$1');
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      el('search-count').textContent = searched ? resultCountText(found.total) : '';
      flushAddress();
    }, ANNOUNCE_AFTER_MS);
    clearTimeout(reportTimer);
    if (found.plan.query && found.total === 0 && countFilters(state.filters) === 0)
      reportTimer = setTimeout(() => reportZeroResults(found.plan.query), REPORT_AFTER_MS);
    performance.mark('search-results-shown');
    document.body.dataset.searchShown = state.query;
  };

  // Only the newest search may draw results, however the network orders the answers.
  const update = async (history: 'push' | 'replace' | 'none') => {
    const state = readForm(history === 'replace');
    const mine = ++latest;
    if (history === 'replace') pendingAddress = addressOf(state);
    else if (history === 'push') {
      pendingAddress = undefined;
      if (location.pathname + location.search !== addressOf(state)) window.history.pushState(null, '', addressOf(state));
    }
    const found = await find(state, () => mine === latest);
    if (found && mine === latest) render(state, found);
  };

  input.addEventListener('focus', () => void loadEngines(), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(reportTimer);
    document.getElementById('search-exact')?.setAttribute('value', '');
    void update('replace');
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type=checkbox]')) void update('push');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update('push');
  });
  document.addEventListener('click', flushAddress, true);
  window.addEventListener('pagehide', flushAddress);
  window.addEventListener('popstate', () => {
    pendingAddress = undefined;
    writeForm(new URLSearchParams(location.search));
    void update('none');
  });
  // Offline, the service worker answers every search with the one saved copy of this page,
  // drawn for whatever address it was saved from: draw the results for this address instead.
  const answered = el('search-results').dataset.answered ?? '';
  if (new URLSearchParams(answered).toString() !== new URLSearchParams(location.search).toString()) {
    writeForm(new URLSearchParams(location.search));
    void update('none');
  }
  // Otherwise the server's results are already on screen, so the engines wait for the search box
  // to get focus: loading them at once would keep a cheap phone busy just as the results appear.
  // Search is one of the few pages with a script anyway, so it offers the offline copy too, once the page has loaded.
  if (document.readyState === 'complete') void registerOfflineWorker();
  else window.addEventListener('load', () => void registerOfflineWorker(), { once: true });
}
