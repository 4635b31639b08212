/**
 * The ways search results can be narrowed, in the order the filter panel
 * shows them. Each key is a URL parameter (?tier=universal&age=primary), a
 * Pagefind filter name on service pages, and a fieldset on /search.
 */
export const searchFilterKeys = ['need', 'age', 'tier', 'cost', 'access', 'topic'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];

/** The one cost filter: families most often ask "is it free?". */
export const costFilters = ['free'] as const;
export type CostFilter = (typeof costFilters)[number];

export const searchFilterInfo: Record<SearchFilterKey, { legend: string; hint?: string }> = {
  need: { legend: 'What you are worried about' },
  age: { legend: 'Age' },
  tier: { legend: 'Type of support', hint: 'Start with support anyone can use.' },
  cost: { legend: 'Cost' },
  access: { legend: 'How to get it' },
  topic: { legend: 'Topic' },
};
