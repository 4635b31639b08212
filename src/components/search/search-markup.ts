import { escapeHtml } from '../../lib/escape-html';
import { pageCount } from '../../lib/page-count';
import { noFilters, searchHref, selectedFilterTags, type SelectedFilters } from '../../lib/search/filters';
import type { SearchPlan } from '../../lib/search/rewrite';
import { PAGE_SIZE } from '../../lib/search/results';
import { previousNextHtml } from '../previous-next';

/**
 * The small pieces of the search page around the results, drawn by the
 * server and redrawn by search as you type: "Showing results for …", the
 * selected filters and the pages. Everything from the query is escaped.
 */

/** "Showing results for …", with a way back to the words as typed. */
export function correctionHtml(plan: Pick<SearchPlan, 'query' | 'showingResultsFor'>, filters: SelectedFilters): string {
  if (!plan.showingResultsFor) return '';
  return (
    `Showing results for <strong>${escapeHtml(plan.showingResultsFor)}</strong>. ` +
    `<a href="${escapeHtml(searchHref(plan.query, filters, { exact: plan.query }))}">Search for “${escapeHtml(plan.query)}” instead</a>`
  );
}

/** The MOJ "selected filters" tags: each one is a link to the same search without it. */
export function selectedFiltersHtml(query: string, filters: SelectedFilters): string {
  const tags = selectedFilterTags(query, filters);
  if (!tags.length) return '';
  return (
    `<h2 class="app-selected-filters__heading">Selected filters</h2>` +
    `<ul class="app-selected-filters__list">` +
    tags
      .map(
        (t) =>
          `<li><a class="app-filter-tag" href="${escapeHtml(t.removeHref)}"><span class="govuk-visually-hidden">Remove this filter: </span>${escapeHtml(t.label)}</a></li>`,
      )
      .join('') +
    `</ul>` +
    `<p><a href="${escapeHtml(searchHref(query, noFilters()))}">Clear all filters</a></p>`
  );
}

/** GOV.UK pagination: previous and next links with "page 2 of 4". */
export function paginationHtml(query: string, filters: SelectedFilters, page: number, total: number, exact = false): string {
  const pages = pageCount(total, PAGE_SIZE);
  if (pages <= 1) return '';
  const href = (p: number) => searchHref(query, filters, { ...(exact ? { exact: query } : {}), ...(p > 1 ? { page: String(p) } : {}) });
  return previousNextHtml(page, pages, href, 'results');
}
