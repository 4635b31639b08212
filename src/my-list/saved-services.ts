import type { DirectoryService } from '../directory/load';
import { accessRouteInfo } from '../data/access';
import { tierInfo } from '../data/tiers';
import { describeDays, describeTime } from '../lib/schedule';

/**
 * What the list shows and prints for one service: the facts a parent needs to
 * get in touch, worked out at build time so the browser only fills them in.
 */
export interface SavedService {
  slug: string;
  name: string;
  summary: string;
  /** Tier label, e.g. "Support anyone can use". */
  tier: string;
  /** "Closed", "Temporarily closed"... or empty when running. */
  status: string;
  phone: string;
  email: string;
  website: string;
  /** Each venue with its address, or how it is delivered when there is no venue. */
  where: string[];
  /** Each regular session, plus any note about times. */
  when: string[];
  howToGetIt: string;
  cost: string;
}

const statusWords: Record<DirectoryService['status'], string> = {
  active: '',
  'temporarily closed': 'Temporarily closed',
  inactive: 'Not running at the moment',
  defunct: 'Closed',
};

const deliveryWords: Record<DirectoryService['delivery'][number], string> = {
  'in-person': 'In person',
  online: 'Online',
  phone: 'By phone',
  'home-visits': 'Home visits',
};

export function toSavedService(service: DirectoryService): SavedService {
  const where = service.locations.length
    ? service.locations.map((v) => `${v.name}, ${v.address.street}, ${v.address.town} ${v.address.postcode}`)
    : [service.delivery.map((d) => deliveryWords[d]).join(', ')];
  const when = service.schedule.map(
    (s) =>
      `${describeDays(s.days)}, ${describeTime(s.opens)} to ${describeTime(s.closes)}` +
      (s.termTimeOnly ? ', term time only' : '') +
      (s.location && service.locations.length > 1 ? ` (${s.location})` : ''),
  );
  if (service.scheduleNote) when.push(service.scheduleNote);
  return {
    slug: service.slug,
    name: service.name,
    summary: service.summary,
    tier: tierInfo[service.tier].label,
    status: statusWords[service.status],
    phone: service.contact.phone ?? '',
    email: service.contact.email ?? '',
    website: service.contact.website ?? '',
    where,
    when,
    howToGetIt: `${accessRouteInfo[service.access.route].label}. ${service.access.steps[0]}`,
    cost: service.cost.free ? `Free${service.cost.details ? `. ${service.cost.details}` : ''}` : (service.cost.details ?? ''),
  };
}
