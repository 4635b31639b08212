import { escapeHtml } from '../lib/escape-html.ts';

/**
 * GOV.UK-style paging for anything split into pages (search results, browse
 * lists): "Previous page", "Page 2 of 4", "Next page". One markup, drawn by
 * the server or the browser, so paging reads the same everywhere.
 * `ofWhat` finishes the link text for screen readers ("Next page of results").
 */
export function previousNextHtml(page: number, pages: number, href: (page: number) => string, ofWhat: string): string {
  const link = (to: number, rel: 'prev' | 'next', words: string) =>
    `<a class="app-pagination__link" href="${escapeHtml(href(to))}" rel="${rel}">${words}<span class="govuk-visually-hidden"> of ${escapeHtml(ofWhat)}</span></a>`;
  const previous = page > 1 ? link(page - 1, 'prev', 'Previous page') : '';
  const next = page < pages ? link(page + 1, 'next', 'Next page') : '';
  return `${previous}<span class="app-pagination__label">Page ${page} of ${pages}</span>${next}`;
}
