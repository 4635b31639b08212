/**
 * What search lists after services, each as its own group, in this order.
 * Services always come first (the search page's main list); these follow.
 *
 * To add a group: an entry here, and a finder for it on both paths (the
 * `finders` in src/server/search.ts and in
 * components/search/search-as-you-type.ts, given the same SearchPlan) that
 * returns `PageResult`s. The search page draws every group here with the same
 * markup (search/InformationResult.astro), on both paths.
 */
export const resultGroups = [
  { id: 'information', heading: 'Information and advice', limit: 3 },
  // Schools, nurseries and colleges (src/lib/search/settings.ts), with a way into the full finder.
  {
    id: 'settings',
    heading: 'Schools, nurseries and colleges',
    limit: 5,
    more: { href: '/schools/', link: 'Find a school, nursery or college', rest: 'by stage, kind or need.' },
  },
] as const;

export type ResultGroupId = (typeof resultGroups)[number]['id'];

/** A result in a group: a page with a name and a line about it. */
export interface PageResult {
  url: string;
  name: string;
  summary: string;
}

/** Each group's results for one search. */
export type GroupResults = Record<ResultGroupId, PageResult[]>;

export const noGroupResults = (): GroupResults => Object.fromEntries(resultGroups.map((g) => [g.id, []])) as unknown as GroupResults;
