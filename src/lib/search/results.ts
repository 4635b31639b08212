import type { AccessRoute, ServiceStatus } from '../../data/access';
import type { Tier } from '../../data/tiers';
import { accessRoutes, serviceStatuses } from '../../data/access';
import { tiers } from '../../data/tiers';
import type { ServiceResult } from './documents';

/**
 * Search results as data, the same on both paths. Their markup is the
 * components' (ServiceCard, search/InformationResult, search/search-markup.ts).
 */

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
