import { planSearch, prepareVocabulary, type PreparedVocabulary } from '../../lib/search/rewrite';
import type { SearchVocabulary } from '../../lib/search/vocabulary';
import { buildSettingIndex, findSettings, settingResultHtml, type SettingIndex, type SettingSearchEntry } from '../../lib/search/settings';

/**
 * Schools, nurseries and colleges while typing on /search: kept apart from
 * the services' search-as-you-type so each can change on its own. It redraws
 * its group whenever the services' results are drawn (search-as-you-type sets
 * body[data-search-shown] to the query each time), with the same plan rules
 * (typos, parents' words) and the same lunr matching as the server.
 */

let engines: Promise<[PreparedVocabulary, SettingIndex]> | undefined;

const fetchJson = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;

function loadEngines() {
  engines ??= Promise.all([
    fetchJson<SearchVocabulary>('/search-vocabulary.json').then(prepareVocabulary),
    fetchJson<SettingSearchEntry[]>('/search-settings.json').then(buildSettingIndex),
  ]);
  return engines;
}

export function enhanceSettingResults(): void {
  const section = document.getElementById('search-settings');
  const list = document.getElementById('search-settings-list');
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  if (!section || !list || !input) return;
  let latest = 0;
  const redraw = async () => {
    const mine = ++latest;
    const query = document.body.dataset.searchShown ?? '';
    const [vocabulary, index] = await loadEngines();
    if (mine !== latest) return;
    const exact = (document.getElementById('search-exact') as HTMLInputElement | null)?.value === query.trim() && query.trim() !== '';
    const found = findSettings(index, planSearch(query, vocabulary, { exact }));
    list.innerHTML = found.map(settingResultHtml).join('');
    section.hidden = found.length === 0;
  };
  new MutationObserver(() => void redraw()).observe(document.body, { attributes: true, attributeFilter: ['data-search-shown'] });
  input.addEventListener('focus', () => void loadEngines(), { once: true });
}
