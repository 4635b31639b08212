import type { Service, ServiceLocation, ServiceSession } from '../../schemas/service.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import type { Weekday } from '../../data/access.ts';
import { ageBandsFor } from '../age-bands.ts';
import { describeDays, describeTime } from '../schedule.ts';
import { languageCode } from './languages.ts';
import { nameBasedId } from './uuid.ts';
import { toOrukAttribute, type VocabularyKey } from './vocabularies.ts';
import type {
  OrukAttribute,
  OrukCostOption,
  OrukLanguage,
  OrukLocation,
  OrukOrganization,
  OrukPhone,
  OrukSchedule,
  OrukService,
  OrukServiceAtLocation,
} from './types.ts';

/**
 * Our content as Open Referral UK 3.0 records. Pure: the same content always
 * gives the same JSON, which is what makes the static files, the live API and
 * the import's round trip agree. The field-by-field table is in the README.
 */

/** A published service with the Markdown under its frontmatter. */
export type ServiceForExport = Service & { body: string };

export const weekdayCodes: Record<Weekday, string> = {
  monday: 'MO',
  tuesday: 'TU',
  wednesday: 'WE',
  thursday: 'TH',
  friday: 'FR',
  saturday: 'SA',
  sunday: 'SU',
};

/** YYYY-MM-DD, the form Open Referral uses for dates. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The Open Referral description: the summary, then the full text, so a consumer that reads only `description` still gets both. */
export function composeDescription(summary: string, body: string): string {
  return [summary.trim(), body.trim()].filter(Boolean).join('\n\n');
}

/** "Wednesday, 1pm to 4:30pm, term time only": how a schedule reads in another directory. */
export function describeSession(session: Pick<ServiceSession, 'days' | 'opens' | 'closes' | 'termTimeOnly'>): string {
  const when = `${describeDays(session.days)}, ${describeTime(session.opens)} to ${describeTime(session.closes)}`;
  return session.termTimeOnly ? `${when}, term time only` : when;
}

/** Numbered steps, one a line, for HSDS `application_process`. */
export function numberSteps(steps: readonly string[]): string {
  return steps.map((step, i) => `${i + 1}. ${step}`).join('\n');
}

export function venueIds(serviceId: string, venueName: string) {
  const locationId = nameBasedId(`${serviceId}/location/${venueName}`);
  return { locationId, serviceAtLocationId: nameBasedId(`${serviceId}/service_at_location/${venueName}`) };
}

function toLocation(serviceId: string, venue: ServiceLocation, siteUrl: string): OrukLocation {
  const { locationId } = venueIds(serviceId, venue.name);
  return {
    id: locationId,
    location_type: 'physical',
    name: venue.name,
    ...(venue.notes && { description: venue.notes }),
    addresses: [
      {
        id: nameBasedId(`${locationId}/address`),
        location_id: locationId,
        address_1: venue.address.street,
        city: venue.address.town,
        state_province: venue.address.county,
        postal_code: venue.address.postcode,
        // The content schema accepts only UK postcodes, so every venue is in the UK.
        country: 'GB',
        address_type: 'physical',
      },
    ],
    accessibility: venue.accessFeatures.map((feature) => {
      const id = nameBasedId(`${locationId}/accessibility/${feature}`);
      const attribute = toOrukAttribute(id, 'accessibility', 'access-feature', feature, siteUrl);
      return { id, location_id: locationId, description: attribute.taxonomy_term!.name, attributes: [attribute] };
    }),
  };
}

function toSchedules(service: Service): OrukSchedule[] {
  const sessions = service.schedule.map((session, i): OrukSchedule => ({
    id: nameBasedId(`${service.id}/schedule/${i}`),
    service_id: service.id,
    ...(session.location && { service_at_location_id: venueIds(service.id, session.location).serviceAtLocationId }),
    freq: 'WEEKLY',
    interval: 1,
    byday: session.days.map((d) => weekdayCodes[d]).join(','),
    opens_at: `${session.opens}:00`,
    closes_at: `${session.closes}:00`,
    description: describeSession(session),
    ...(session.note && { notes: session.note }),
  }));
  // Times in words ("Appointments on weekdays") have no fixed days or hours: a schedule with only a description.
  const note: OrukSchedule[] = service.scheduleNote
    ? [{ id: nameBasedId(`${service.id}/schedule/note`), service_id: service.id, description: service.scheduleNote }]
    : [];
  return [...sessions, ...note];
}

function toCostOptions(service: Service): OrukCostOption[] {
  const { free, amount, details } = service.cost;
  const price = free ? 0 : amount;
  return [
    {
      id: nameBasedId(`${service.id}/cost`),
      service_id: service.id,
      ...(price !== undefined && { amount: price, currency: 'GBP' }),
      ...(details && { amount_description: details }),
    },
  ];
}

function toPhones(ownerField: 'service_id' | 'organization_id', ownerId: string, phone?: string, textPhone?: string): OrukPhone[] {
  const phones: OrukPhone[] = [];
  if (phone) phones.push({ id: nameBasedId(`${ownerId}/phone/main`), [ownerField]: ownerId, number: phone, type: 'voice', description: 'Main phone number' });
  if (textPhone)
    phones.push({ id: nameBasedId(`${ownerId}/phone/text`), [ownerField]: ownerId, number: textPhone, type: 'textphone', description: 'Text phone or SMS' });
  return phones;
}

function toLanguages(service: Service): OrukLanguage[] {
  return service.languages.map((name) => {
    const code = languageCode(name);
    return { id: nameBasedId(`${service.id}/language/${name}`), service_id: service.id, name, ...(code && { code }) };
  });
}

function toServiceAttributes(service: Service, siteUrl: string): OrukAttribute[] {
  const terms: [VocabularyKey, readonly string[]][] = [
    ['tier', [service.tier]],
    ['need', [...service.needs, ...service.needTags]],
    ['topic', service.topics],
    ['adulthood-outcome', service.adulthoodOutcomes],
    ['age-band', ageBandsFor(service.ageRange)],
    ['access-route', [service.access.route]],
    ['delivery', service.delivery],
    ['access-feature', service.accessFeatures],
    ['cost', [service.cost.free ? 'free' : 'charges']],
  ];
  return terms.flatMap(([key, codes]) => codes.map((code) => toOrukAttribute(service.id, 'service', key, code, siteUrl)));
}

/** An organisation as Open Referral's organization, without its services. */
export function toOrukOrganization(organisation: Organisation, siteUrl: string): OrukOrganization {
  return {
    id: organisation.id,
    name: organisation.name,
    description: organisation.description,
    ...(organisation.email && { email: organisation.email }),
    ...(organisation.website && { website: organisation.website }),
    attributes: organisation.kind ? [toOrukAttribute(organisation.id, 'organization', 'organisation-kind', organisation.kind, siteUrl)] : [],
    phones: toPhones('organization_id', organisation.id, organisation.phone),
  };
}

/** A service as the fully nested record `/services/{id}` returns. */
export function toOrukService(service: ServiceForExport, organisation: Organisation, siteUrl: string): OrukService {
  const date = isoDate(service.lastReviewed);
  return {
    id: service.id,
    organization_id: organisation.id,
    name: service.name,
    description: composeDescription(service.summary, service.body),
    ...(service.contact.website && { url: service.contact.website }),
    ...(service.contact.email && { email: service.contact.email }),
    status: service.status,
    minimum_age: service.ageRange.min,
    maximum_age: service.ageRange.max,
    // The date a navigator last checked the record with the service is the date it was assured.
    assured_date: date,
    ...(service.statusNote && { alert: service.statusNote }),
    // Navigators update lastReviewed whenever they check or change a record, so it is also when it last changed.
    last_modified: `${date}T00:00:00Z`,
    summary: service.summary,
    eligibility_description: service.eligibility,
    application_process: numberSteps(service.access.steps),
    schedules: toSchedules(service),
    service_at_locations: service.locations.map((venue): OrukServiceAtLocation => {
      const { serviceAtLocationId, locationId } = venueIds(service.id, venue.name);
      return { id: serviceAtLocationId, service_id: service.id, location_id: locationId, location: toLocation(service.id, venue, siteUrl) };
    }),
    languages: toLanguages(service),
    organization: toOrukOrganization(organisation, siteUrl),
    cost_options: toCostOptions(service),
    attributes: toServiceAttributes(service, siteUrl),
    phones: toPhones('service_id', service.id, service.contact.phone, service.contact.textPhone),
  };
}

const oneToOneServiceFields = [
  'id',
  'organization_id',
  'name',
  'description',
  'url',
  'email',
  'status',
  'minimum_age',
  'maximum_age',
  'assured_date',
  'alert',
  'last_modified',
  'summary',
  'eligibility_description',
  'application_process',
] as const satisfies readonly (keyof OrukService)[];

function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.filter((k) => record[k] !== undefined).map((k) => [k, record[k]])) as Pick<T, K>;
}

export function toOrganizationListItem(organization: OrukOrganization): OrukOrganization {
  return pick(organization, ['id', 'name', 'description', 'email', 'website']);
}

/** A service as list pages carry it: the one-to-one fields and its organisation, as the 3.0 API reference says. */
export function toServiceListItem(service: OrukService): OrukService {
  return { ...pick(service, oneToOneServiceFields), ...(service.organization && { organization: toOrganizationListItem(service.organization) }) };
}

/** One venue of one service, as `/service_at_locations/{id}` returns it. */
export function toServiceAtLocationRecord(service: OrukService, serviceAtLocation: OrukServiceAtLocation): OrukServiceAtLocation {
  const { service_at_locations: _nested, ...serviceWithoutVenues } = service;
  return { ...serviceAtLocation, service: serviceWithoutVenues };
}

export function toServiceAtLocationListItem(record: OrukServiceAtLocation): OrukServiceAtLocation {
  const location = record.location && pick(record.location, ['id', 'location_type', 'name', 'description']);
  return {
    ...pick(record, ['id', 'service_id', 'location_id']),
    ...(location && { location }),
    ...(record.service && { service: toServiceListItem(record.service) }),
  };
}
