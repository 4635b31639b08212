/**
 * How many pages `total` items make at `perPage` a page; an empty list still has its one page,
 * which says so. The one page count for browse lists, the A to Z, search results and open data.
 */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}
