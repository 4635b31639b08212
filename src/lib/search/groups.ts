import type { InformationResult } from './documents';

/**
 * What search lists after services, each as its own group, in this order.
 * Services always come first (the search page's main list); these follow.
 *
 * Extension point for schools and settings (issue 14): add
 * `{ id: 'settings', heading: 'Schools and settings', limit: … }` here, a
 * finder for it on both paths (the `finders` in src/server/search.ts and in
 * components/search/search-as-you-type.ts, given the same SearchPlan), and
 * the group's results as `PageResult`s. The search page draws every group
 * here with the same markup (search/InformationResult.astro), on both paths.
 */
export const resultGroups = [{ id: 'information', heading: 'Information and advice', limit: 3 }] as const;

export type ResultGroupId = (typeof resultGroups)[number]['id'];

/** A result in a group: a page with a name and a line about it. */
export type PageResult = InformationResult;

/** Each group's results for one search. */
export type GroupResults = Record<ResultGroupId, PageResult[]>;

export const noGroupResults = (): GroupResults => Object.fromEntries(resultGroups.map((g) => [g.id, []])) as unknown as GroupResults;
