import { searchFilterKeys, costFilters, type SearchFilterKey } from '../../data/search-filters';
import { tiers, tierInfo } from '../../data/tiers';
import { needAreas, needAreaInfo } from '../../data/needs';
import { ageBands, ageBandInfo } from '../../data/age-bands';
import { topics, topicInfo } from '../../data/topics';
import { accessRoutes, accessRouteInfo } from '../../data/access';

/** Chosen filter values, by filter. Empty lists mean "any". */
export type SelectedFilters = Record<SearchFilterKey, string[]>;

/** What a service offers for each filter, worked out once from its content. */
export type ServiceFacets = Record<SearchFilterKey, string[]>;

export interface FilterOption {
  value: string;
  label: string;
}

/** Every option of every filter, with the words parents see. */
export const filterOptions: Record<SearchFilterKey, FilterOption[]> = {
  need: needAreas.map((n) => ({ value: n, label: needAreaInfo[n].label })),
  age: ageBands.map((b) => ({ value: b, label: `${ageBandInfo[b].ages} (${ageBandInfo[b].label.toLowerCase()})` })),
  tier: tiers.map((t) => ({ value: t, label: tierInfo[t].label })),
  cost: costFilters.map((c) => ({ value: c, label: 'Free' })),
  access: accessRoutes.map((r) => ({ value: r, label: accessRouteInfo[r].label })),
  topic: topics.map((t) => ({ value: t, label: topicInfo[t].label })),
};

export function noFilters(): SelectedFilters {
  return Object.fromEntries(searchFilterKeys.map((k) => [k, []])) as unknown as SelectedFilters;
}

/** Reads filters from a URL's query string; values we do not know are ignored. */
export function filtersFromParams(params: URLSearchParams): SelectedFilters {
  const selected = noFilters();
  for (const key of searchFilterKeys) {
    const allowed = new Set(filterOptions[key].map((o) => o.value));
    selected[key] = [...new Set(params.getAll(key).filter((v) => allowed.has(v)))];
  }
  return selected;
}

export function countFilters(filters: SelectedFilters): number {
  return searchFilterKeys.reduce((n, k) => n + filters[k].length, 0);
}

/** The address of a search, so it can be shared, bookmarked and reached with the back button. */
export function searchHref(query: string, filters: SelectedFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const key of searchFilterKeys) for (const value of filterOptions[key].map((o) => o.value)) if (filters[key].includes(value)) params.append(key, value);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const qs = params.toString();
  return qs ? `/search?${qs}` : '/search';
}

/** The chosen filters as removable tags, each with the address of the search without it. */
export function selectedFilterTags(query: string, filters: SelectedFilters): { key: SearchFilterKey; value: string; label: string; removeHref: string }[] {
  return searchFilterKeys.flatMap((key) =>
    filterOptions[key]
      .filter((o) => filters[key].includes(o.value))
      .map((o) => ({ key, value: o.value, label: o.label, removeHref: searchHref(query, { ...filters, [key]: filters[key].filter((v) => v !== o.value) }) })),
  );
}

/** Any chosen value within a filter will do; every filter with choices must match. */
export function matchesFilters(facets: ServiceFacets, filters: SelectedFilters): boolean {
  return searchFilterKeys.every((key) => filters[key].length === 0 || filters[key].some((v) => facets[key].includes(v)));
}

/** The same rule in Pagefind's filter language, for the browser (Pagefind's index holds open services only). */
export function pagefindFilters(filters: SelectedFilters): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of searchFilterKeys) if (filters[key].length) out[key] = { any: filters[key] };
  return out;
}
