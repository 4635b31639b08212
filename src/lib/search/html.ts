import { tierInfo, type Tier } from '../../data/tiers';
import { accessRouteInfo, accessRoutes, isOpen, serviceStatuses, type AccessRoute, type ServiceStatus } from '../../data/access';
import { tiers } from '../../data/tiers';
import type { InformationResult, ServiceResult } from './documents';
import { noFilters, searchHref, selectedFilterTags, type SelectedFilters } from './filters';
import type { SearchPlan } from './rewrite';
import { escapeHtml } from '../escape-html';
import { previousNextHtml } from '../pager';
import { statusTagWords, tierTagClass } from '../service-words';

/**
 * The markup of one search result. The server (no JavaScript) and the
 * browser (as you type) both draw results with these functions, so a parent
 * sees the same card either way, with the tier and status tags' words and
 * colours from the tables TierTag and StatusTag use. Everything from content
 * is escaped.
 */

/** The service's slug from its page address, for the "Save to my list" link. */
function serviceSlug(url: string): string | undefined {
  return /^\/services\/([^/]+)\/$/.exec(url)?.[1];
}

export function serviceResultHtml(r: ServiceResult): string {
  const status = statusTagWords[r.status];
  // As on browse lists: a plain link, so saving works without JavaScript; stopped services cannot be saved.
  const slug = serviceSlug(r.url);
  const canSave = slug && isOpen(r.status);
  return (
    `<li class="app-card app-result">` +
    `<h2 class="app-card__title"><a href="${escapeHtml(r.url)}">${escapeHtml(r.name)}</a></h2>` +
    `<ul class="app-card__meta">` +
    `<li><strong class="${['govuk-tag', tierTagClass[r.tier]].filter(Boolean).join(' ')}">${escapeHtml(tierInfo[r.tier].label)}</strong></li>` +
    `<li>${escapeHtml(r.ages)}</li>` +
    `<li>${r.free ? 'Free' : 'There is a cost'}</li>` +
    (status ? `<li><strong class="govuk-tag govuk-tag--red">${status}</strong></li>` : '') +
    `</ul>` +
    `<p>${escapeHtml(r.summary)}</p>` +
    `<p class="app-secondary"><strong>How to get it:</strong> ${escapeHtml(accessRouteInfo[r.route].label)}.</p>` +
    (canSave ? `<p><a class="app-save-link" href="/my-list/?add=${encodeURIComponent(slug)}">Save <span class="govuk-visually-hidden">${escapeHtml(r.name)} </span>to my list</a></p>` : '') +
    `</li>`
  );
}

export function informationResultHtml(r: InformationResult): string {
  return `<li><a href="${escapeHtml(r.url)}">${escapeHtml(r.name)}</a><br><span class="app-secondary">${escapeHtml(r.summary)}</span></li>`;
}

/**
 * A service result from what Pagefind stored about the page (see
 * SearchData.astro), or undefined if the page is not a service.
 */
export function serviceResultFromPagefind(url: string, meta: Record<string, string | undefined>): ServiceResult | undefined {
  const tier = meta.tier as Tier;
  const route = meta.route as AccessRoute;
  const status = (meta.status ?? 'active') as ServiceStatus;
  if (!tiers.includes(tier) || !accessRoutes.includes(route) || !serviceStatuses.includes(status)) return undefined;
  return {
    kind: 'service',
    url,
    name: meta.title ?? '',
    tier,
    ages: meta.ages ?? '',
    free: meta.cost === 'free',
    summary: meta.summary ?? '',
    route,
    status,
  };
}

/** Results per page, on both paths: few enough for a slow phone (each Pagefind result is one small download). */
export const PAGE_SIZE = 10;

/** "8 services found": announced to screen readers each time results change. */
export function resultCountText(count: number): string {
  if (count === 0) return 'No services found';
  return `${count} ${count === 1 ? 'service' : 'services'} found`;
}

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
    tags.map((t) => `<li><a class="app-filter-tag" href="${escapeHtml(t.removeHref)}"><span class="govuk-visually-hidden">Remove this filter: </span>${escapeHtml(t.label)}</a></li>`).join('') +
    `</ul>` +
    `<p><a href="${escapeHtml(searchHref(query, noFilters()))}">Clear all filters</a></p>`
  );
}

/** GOV.UK pagination: previous and next links with "page 2 of 4". */
export function paginationHtml(query: string, filters: SelectedFilters, page: number, total: number, exact = false): string {
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return '';
  const href = (p: number) => searchHref(query, filters, { ...(exact ? { exact: query } : {}), ...(p > 1 ? { page: String(p) } : {}) });
  return previousNextHtml(page, pages, href, 'results');
}
