import type { Service } from '../../schemas/service';
import type { Tier } from '../../data/tiers';
import type { AccessRoute, ServiceStatus } from '../../data/access';
import { tierInfo } from '../../data/tiers';
import { needAreaInfo, needTagInfo } from '../../data/needs';
import { topicInfo } from '../../data/topics';
import { accessRouteInfo, isOpen } from '../../data/access';
import { describeDelivery } from '../service-words';
import { ageBandsFor, describeAgeRange } from '../age-bands';
import type { ServiceFacets } from './filters';
import type { VocabularyDocument } from './vocabulary';

/** What a search result shows: the same fields whether the server or the browser drew it. */
export interface ServiceResult {
  kind: 'service';
  url: string;
  name: string;
  tier: Tier;
  /** "Ages 5 to 16". */
  ages: string;
  free: boolean;
  summary: string;
  route: AccessRoute;
  status: ServiceStatus;
}

export interface InformationResult {
  kind: 'information';
  url: string;
  name: string;
  summary: string;
}

/** One service as the server-side (lunr) search sees it. */
export interface SearchDocument {
  url: string;
  /** Services families can use now, or closed services (never shown in results). */
  type: 'service' | 'closed-service';
  name: string;
  keywords: string;
  summary: string;
  /** Need, topic and tier labels and the organisation's name. */
  labels: string;
  body: string;
  facets: ServiceFacets;
  result: ServiceResult;
}

type ServiceInput = Pick<
  Service,
  'name' | 'summary' | 'tier' | 'needs' | 'needTags' | 'topics' | 'ageRange' | 'cost' | 'access' | 'status' | 'keywords' | 'eligibility' | 'locations'
> &
  Partial<Pick<Service, 'delivery' | 'scheduleNote'>>;

/** The filter values a service matches. One place: the service page's Pagefind attributes and the server search both use it. */
export function serviceFacets(service: ServiceInput): ServiceFacets {
  return {
    need: [...service.needs],
    age: ageBandsFor(service.ageRange),
    tier: [service.tier],
    cost: service.cost.free ? ['free'] : [],
    access: [service.access.route],
    topic: [...service.topics],
  };
}

export function serviceResult(service: ServiceInput, slug: string): ServiceResult {
  return {
    kind: 'service',
    url: `/services/${slug}/`,
    name: service.name,
    tier: service.tier,
    ages: describeAgeRange(service.ageRange),
    free: service.cost.free,
    summary: service.summary,
    route: service.access.route,
    status: service.status,
  };
}

/** Markdown to plain words for indexing: links keep their text, markup goes. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#>*_`|~-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words a service page shows about needs, topics and tier, which parents may search for. */
export function serviceLabels(service: ServiceInput): string[] {
  return [
    ...service.needs.map((n) => `${needAreaInfo[n].label}. ${needAreaInfo[n].officialName}`),
    ...service.needTags.map((t) => needTagInfo[t].label),
    ...service.topics.map((t) => topicInfo[t].label),
    tierInfo[service.tier].label,
    accessRouteInfo[service.access.route].label,
  ];
}

export function serviceSearchDocument(service: ServiceInput, slug: string, organisationName: string, markdownBody: string): SearchDocument {
  return {
    url: `/services/${slug}/`,
    type: isOpen(service.status) ? 'service' : 'closed-service',
    name: service.name,
    keywords: service.keywords.join('. '),
    summary: service.summary,
    labels: [...serviceLabels(service), organisationName].join('. '),
    // What the service page shows Pagefind besides the fields above (services/[slug].astro), so both paths score the same text.
    body: [
      service.eligibility,
      ...service.access.steps,
      markdownToText(markdownBody),
      service.delivery?.length ? describeDelivery(service.delivery) : '',
      service.scheduleNote ?? '',
      ...service.locations.map((l) => [l.name, l.address.street, l.address.town, l.address.postcode, l.notes ?? ''].join(' ')),
    ].join(' '),
    facets: serviceFacets(service),
    result: serviceResult(service, slug),
  };
}

/** What a service adds to the typo-correction vocabulary. */
export function vocabularyDocument(doc: SearchDocument): VocabularyDocument {
  return { text: [doc.name, doc.summary, doc.labels, doc.body], keywords: doc.keywords ? [doc.keywords] : [] };
}
