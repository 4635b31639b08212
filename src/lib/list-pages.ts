import type { Tier } from '../data/tiers.ts';
import { groupByTier } from './tiers.ts';
import { pageCount as pagesOf } from './page-count.ts';

/**
 * Long browse lists are split into pages. The demo area's longest list has 53
 * services, but a county can have thousands, and a list of them all would be
 * megabytes on a prepaid phone. A page of 30 cards is about 31 kB of HTML
 * (6 kB compressed).
 */
export const servicesPerPage = 30;

/** How many pages a list of this many services takes (an empty list still has its one page, which says so). */
export function pageCount(total: number, perPage = servicesPerPage): number {
  return pagesOf(total, perPage);
}

/** Page 1 keeps the list's own address, so links made before a list grew still work; later pages are `<list>/page/N/`. */
export function listPageHref(listHref: string, page: number): string {
  return page <= 1 ? listHref : `${listHref}page/${page}/`;
}

/** The rest parameter (`[...page]`) that gives listPageHref's address: none for page 1. */
export function listPageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `page/${page}`;
}

/** One entry per page of a list, for getStaticPaths: the route's own params plus `page`, and the page number as a prop. */
export function listPagePaths<P extends Record<string, string>, Extra extends object>(
  params: P,
  total: number,
  props: Extra,
  perPage = servicesPerPage,
): { params: P & { page: string | undefined }; props: Extra & { pageNumber: number } }[] {
  return Array.from({ length: pageCount(total, perPage) }, (_, i) => ({
    params: { ...params, page: listPageParam(i + 1) },
    props: { ...props, pageNumber: i + 1 },
  }));
}

/** The items on one page of a list. */
export function itemsOnPage<T>(items: T[], page: number, perPage = servicesPerPage): T[] {
  return items.slice((page - 1) * perPage, page * perPage);
}

/** A list's tier groups, sorted once for all its pages. */
export interface TierLayout<S> {
  tier: Tier;
  /** The whole group, A to Z. */
  services: S[];
  /** Where the group starts in the list (universal A to Z, then targeted, then specialist). */
  firstIndex: number;
}

/** Sorts a list into tier groups once; each page then takes its slice (sorting per page would be slow for thousands of services). */
export function layOutTiers<S extends { tier: Tier; name: string }>(services: S[]): TierLayout<S>[] {
  let start = 0;
  return groupByTier(services).map(({ tier, services: group }) => {
    const firstIndex = start;
    start += group.length;
    return { tier, services: group, firstIndex };
  });
}

/** The page a group starts on. An empty group sits after the service before it, so it shows on that service's page. */
function groupFirstPage(group: TierLayout<unknown>, perPage: number): number {
  const index = group.services.length === 0 ? group.firstIndex - 1 : group.firstIndex;
  return index < 0 ? 1 : Math.floor(index / perPage) + 1;
}

export interface TierGroupOnPage<S> {
  tier: Tier;
  /** The group's services on this page. */
  services: S[];
  /** How many services the group has on all pages together. */
  total: number;
  /** True when the group started on an earlier page, so its heading says "continued". */
  continued: boolean;
}

/**
 * The tier groups to show on one page of a list, universal first. A group
 * that spans pages appears on each, "continued" after its first; an empty
 * group appears once, where it would sit in the order (so "no specialist
 * services" comes after the last targeted one).
 */
export function tierGroupsOnPage<S>(layout: TierLayout<S>[], page: number, perPage = servicesPerPage): TierGroupOnPage<S>[] {
  const from = (page - 1) * perPage;
  const to = page * perPage;
  return layout.flatMap((group) => {
    const firstPage = groupFirstPage(group, perPage);
    if (group.services.length === 0) return firstPage === page ? [{ tier: group.tier, services: [], total: 0, continued: false }] : [];
    const here = group.services.slice(Math.max(0, from - group.firstIndex), Math.max(0, to - group.firstIndex));
    return here.length ? [{ tier: group.tier, services: here, total: group.services.length, continued: page > firstPage }] : [];
  });
}

/** getStaticPaths entries for a list shown in tier groups: its services, sorted into groups once, on every page. */
export function tierListPagePaths<P extends Record<string, string>, S extends { tier: Tier; name: string }>(params: P, services: S[]) {
  return listPagePaths(params, services.length, { services, layout: layOutTiers(services) });
}

/** Where each tier's group starts, for the "jump to a type of support" links on every page of the list. */
export function tierJumpLinks<S>(layout: TierLayout<S>[], perPage = servicesPerPage): { tier: Tier; total: number; firstPage: number }[] {
  return layout.map((group) => ({ tier: group.tier, total: group.services.length, firstPage: groupFirstPage(group, perPage) }));
}

/** "Title (page 2 of 3)": each page of a list has its own title, for screen readers, browser tabs and search engines. */
export function listPageTitle(title: string, page: number, total: number, perPage = servicesPerPage): string {
  const pages = pageCount(total, perPage);
  return pages > 1 && page > 1 ? `${title} (page ${page} of ${pages})` : title;
}
