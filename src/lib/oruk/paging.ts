import type { OrukPage } from './types.ts';
import { pageCount } from '../page-count.ts';

/** Records per page when a request does not say; the static files use it too. */
export const DEFAULT_PER_PAGE = 50;
/** The most records one request may ask for, so one call cannot ask the server for everything at once. */
export const MAX_PER_PAGE = 500;

/** How many pages `total` records make; an empty list still has one (empty) page. */
export { pageCount } from '../page-count.ts';

/** One page of records in the Open Referral 3.0 paging envelope. Page numbers start at 1. */
export function toPage<T>(records: readonly T[], pageNumber: number, perPage: number): OrukPage<T> {
  const totalPages = pageCount(records.length, perPage);
  const contents = records.slice((pageNumber - 1) * perPage, pageNumber * perPage);
  return {
    total_items: records.length,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
