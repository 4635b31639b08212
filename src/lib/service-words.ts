import type { DeliveryMode, ServiceStatus } from '../data/access';
import { needAreaInfo, needTagInfo, type NeedArea, type NeedTag } from '../data/needs';

/**
 * The words a service page builds from a service's data. The Astro pages and
 * the CMS preview (cms/previews) both use these, so a navigator previews
 * exactly the sentences families will read.
 */

/** Tag words for a service that is not running; none for an active one. */
export const statusTagWords: Record<ServiceStatus, string | undefined> = {
  active: undefined,
  'temporarily closed': 'Temporarily closed',
  inactive: 'Not running at the moment',
  defunct: 'Closed',
};

/** Heading of the notice at the top of a closed service's page. */
export const closedNoticeHeading: Record<ServiceStatus, string | undefined> = {
  active: undefined,
  'temporarily closed': 'This service is temporarily closed',
  inactive: 'This service is not running at the moment',
  defunct: 'This service has closed',
};

const deliveryWords: Record<DeliveryMode, string> = {
  'in-person': 'in person',
  online: 'online',
  phone: 'by phone',
  'home-visits': 'at home visits',
};

/** "This service is offered in person, online and by phone." */
export function describeDelivery(delivery: readonly DeliveryMode[]): string {
  const words = delivery.map((d) => deliveryWords[d]);
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
  return `This service is offered ${list}.`;
}

/** "Free", "Free. Bring a packed lunch", or what it costs. */
export function costInWords(cost: { free: boolean; details?: string }): string {
  return cost.free ? `Free${cost.details ? `. ${cost.details}` : ''}` : (cost.details ?? '');
}

/** Broad areas then finer needs, in parents' words. */
export function needLabels(service: { needs: readonly NeedArea[]; needTags: readonly NeedTag[] }): string[] {
  return [...service.needs.map((n) => needAreaInfo[n].label), ...service.needTags.map((t) => needTagInfo[t].label)];
}

/** "www.example.org/page" from "https://www.example.org/page/". */
export function websiteText(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
