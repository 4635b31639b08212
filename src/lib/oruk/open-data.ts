import type { Organisation } from '../../schemas/organisation.ts';
import {
  weekdayCodes,
  toOrukService,
  toOrukOrganization,
  toServiceListItem,
  toOrganizationListItem,
  toServiceAtLocationRecord,
  toServiceAtLocationListItem,
  type ServiceForExport,
} from './export.ts';
import { toOrukTaxonomy, toOrukTerm, vocabularies } from './vocabularies.ts';
import { settingOrganizationId, toLinkedSettingOrganization, toSettingOrganization, toSettingService, type SettingForExport } from './settings-export.ts';
import { settingKindInfo, designatedNeedInfo } from '../../data/education-settings.ts';
import { designatedNeedsFor } from '../education-settings.ts';
import type { OrukOrganization, OrukService, OrukServiceAtLocation, OrukTaxonomy, OrukTaxonomyTerm } from './types.ts';

/**
 * Everything the open data publishes, built once from content. The static
 * files and the live API both read from this, so they cannot disagree.
 */

export const ORUK_VERSION = '3.0';
export const ORUK_PROFILE_URL = 'https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md';
export const ORUK_OPENAPI_URL = 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json';

/** The `/` endpoint: which version and profile of the standard this is. */
export function rootMetadata() {
  return { version: ORUK_VERSION, profile: ORUK_PROFILE_URL, openapi_url: ORUK_OPENAPI_URL };
}

/** What the live API filters on, worked out from content (some of it, like search words, is not in the records). */
export interface ServiceFacets {
  /** Lower-case words that `search` looks in: name, summary, description, eligibility, search words, organisation and term names. */
  words: string[];
  minAge: number;
  maxAge: number;
  termIds: Set<string>;
  taxonomyIds: Set<string>;
  organizationId: string;
  lastModified: string;
  /** Regular sessions: day codes (MO...SU) and 24-hour HH:MM times. */
  sessions: { days: string[]; opens: string; closes: string }[];
}

/** Lower-case words and numbers, each once: "Speech and language (SALT)" → speech, and, language, salt. */
export function searchWords(text: string): string[] {
  return [
    ...new Set(
      text
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .match(/[a-z0-9]+/g) ?? [],
    ),
  ];
}

export const collections = ['services', 'organizations', 'taxonomies', 'taxonomy_terms', 'service_at_locations'] as const;
export type Collection = (typeof collections)[number];

export interface OpenData {
  /** Fully nested services, A to Z. */
  services: OrukService[];
  facets: Map<string, ServiceFacets>;
  /** Organisations, each with its published services nested. */
  organizations: OrukOrganization[];
  /** Taxonomies with their terms. */
  taxonomies: OrukTaxonomy[];
  taxonomyTerms: OrukTaxonomyTerm[];
  /** One record per venue of each service, with the service nested. */
  serviceAtLocations: OrukServiceAtLocation[];
}

export interface OpenDataInput {
  /** Published services only: `isReadyToPublish` has already let them through. */
  services: ServiceForExport[];
  organisations: (Organisation & { slug: string })[];
  /** The site's address, for term and taxonomy links, e.g. https://localoffer.riverford.example */
  siteUrl: string;
  /** Schools, nurseries and colleges: each an organization with its own service (see settings-export.ts). */
  settings?: SettingForExport[];
}

export function buildOpenData({ services, organisations, siteUrl, settings = [] }: OpenDataInput): OpenData {
  const organisationsBySlug = new Map(organisations.map((o) => [o.slug, o]));
  const sorted = [...services].sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id));
  const facets = new Map<string, ServiceFacets>();
  const serviceRecords = sorted.map((service) => {
    const organisation = organisationsBySlug.get(service.organisation);
    if (!organisation) throw new Error(`Service "${service.name}" names organisation "${service.organisation}", which has no file in content/organisations.`);
    const record = toOrukService(service, organisation, siteUrl);
    const terms = record.attributes!.map((a) => a.taxonomy_term!);
    facets.set(service.id, {
      words: searchWords(
        [service.name, service.summary, service.body, service.eligibility, ...service.keywords, organisation.name, ...terms.map((t) => t.name)].join(' '),
      ),
      minAge: service.ageRange.min,
      maxAge: service.ageRange.max,
      termIds: new Set(terms.map((t) => t.id)),
      taxonomyIds: new Set(terms.map((t) => t.taxonomy_id!)),
      organizationId: organisation.id,
      lastModified: record.last_modified!,
      sessions: service.schedule.map((s) => ({ days: s.days.map((d) => weekdayCodes[d]), opens: s.opens, closes: s.closes })),
    });
    return record;
  });

  // A setting linked to one of our organisations is that organisation (with its URN); the rest are organizations of their own.
  const linkedSettings = new Map(
    settings.filter((s) => s.organisation && organisationsBySlug.has(s.organisation)).map((s) => [organisationsBySlug.get(s.organisation!)!.id, s]),
  );
  const organisationRecord = (organisation: Organisation & { slug: string }) => {
    const setting = linkedSettings.get(organisation.id);
    return setting ? toLinkedSettingOrganization(setting, organisation, siteUrl) : toOrukOrganization(organisation, siteUrl);
  };
  const settingOrganizations = settings.map((setting) => {
    const organisation = setting.organisation ? organisationsBySlug.get(setting.organisation) : undefined;
    return organisation ? organisationRecord(organisation) : toSettingOrganization(setting, siteUrl);
  });
  const settingRecords = settings.map((setting, i) => {
    const record = toSettingService(setting, settingOrganizations[i], siteUrl);
    const terms = record.attributes!.map((a) => a.taxonomy_term!);
    const needWords = designatedNeedsFor(setting).map((n) => designatedNeedInfo[n].label);
    facets.set(record.id, {
      words: searchWords(
        [
          setting.name,
          record.description,
          setting.address.town,
          settingKindInfo[setting.kind].label,
          ...needWords,
          ...setting.keywords,
          ...terms.map((t) => t.name),
        ].join(' '),
      ),
      minAge: setting.ageRange.min,
      maxAge: setting.ageRange.max,
      termIds: new Set(terms.map((t) => t.id)),
      taxonomyIds: new Set(terms.map((t) => t.taxonomy_id!)),
      organizationId: settingOrganizationId(setting, new Map(organisations.map((o) => [o.slug, o]))),
      lastModified: record.last_modified ?? '',
      sessions: [],
    });
    return record;
  });
  const records = [...serviceRecords, ...settingRecords].sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id));

  const ownOrganizations = organisations.map((organisation) => organisationRecord(organisation));
  const settingOnly = settingOrganizations.filter((o) => !organisations.some((own) => own.id === o.id));
  const organizations = [...ownOrganizations, ...settingOnly]
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id))
    .map((organization) => ({
      ...organization,
      services: records.filter((r) => r.organization_id === organization.id).map(({ organization: _same, ...service }) => service),
    }));

  return {
    services: records,
    facets,
    organizations,
    taxonomies: vocabularies.map((v) => toOrukTaxonomy(v, siteUrl, true)),
    taxonomyTerms: vocabularies.flatMap((v) => v.terms.map((t) => toOrukTerm(v, t, siteUrl))),
    serviceAtLocations: records.flatMap((service) => (service.service_at_locations ?? []).map((sal) => toServiceAtLocationRecord(service, sal))),
  };
}

const listCache = new WeakMap<OpenData, Map<Collection, object[]>>();

/** The records a list endpoint pages through, in the shape lists carry (one-to-one fields for services and venues). */
export function listRecords(data: OpenData, collection: Collection): object[] {
  // The live API asks for these on every request; they only change when the data is rebuilt.
  const cached = listCache.get(data) ?? new Map<Collection, object[]>();
  listCache.set(data, cached);
  if (!cached.has(collection)) cached.set(collection, listShape(data, collection));
  return cached.get(collection)!;
}

function listShape(data: OpenData, collection: Collection): object[] {
  switch (collection) {
    case 'services':
      return data.services.map(toServiceListItem);
    case 'organizations':
      return data.organizations.map(toOrganizationListItem);
    case 'taxonomies':
      return data.taxonomies.map(({ taxonomy_terms: _terms, ...taxonomy }) => taxonomy);
    case 'taxonomy_terms':
      return data.taxonomyTerms;
    case 'service_at_locations':
      return data.serviceAtLocations.map(toServiceAtLocationListItem);
  }
}

/** Every full record of a collection, as `/{collection}/{id}` returns them. */
export function fullRecords(data: OpenData, collection: Collection): { id: string }[] {
  switch (collection) {
    case 'services':
      return data.services;
    case 'organizations':
      return data.organizations;
    case 'taxonomies':
      return data.taxonomies;
    case 'taxonomy_terms':
      return data.taxonomyTerms;
    case 'service_at_locations':
      return data.serviceAtLocations;
  }
}
