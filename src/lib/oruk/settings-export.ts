import type { EducationSetting } from '../../schemas/education-setting.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import { designatedNeedInfo, placeRouteInfo, settingKindInfo } from '../../data/education-settings.ts';
import { needAreas, type NeedArea } from '../../data/needs.ts';
import { ageBandsFor } from '../age-bands.ts';
import { describeSettingAges, designatedNeedsFor, settingFilterKindsFor, settingStagesFor } from '../education-settings.ts';
import { composeDescription, isoDate, toOrukOrganization } from './export.ts';
import { nameBasedId } from './uuid.ts';
import { toOrukAttribute, type VocabularyKey } from './vocabularies.ts';
import type { OrukAttribute, OrukOrganization, OrukPhone, OrukService } from './types.ts';

/**
 * Schools, nurseries and colleges in Open Referral UK 3.0. Each setting is an
 * organization (with its GIAS URN as an identifier in the GB-EDU scheme that
 * org-id.guide lists for English schools) holding one service: the setting's
 * own provision, with its ages, address, how a place is offered and our
 * taxonomies for kind, phase and designated need. A setting that is also one
 * of our organisations (a special school with an outreach service) is that
 * organisation, so it is published once, with all its services.
 */

/** A setting as the export reads it: its data, its page and the organisation it also is, if any. */
export type SettingForExport = EducationSetting & { slug: string };

/** The id of a setting's own service record, derived from the setting's id so it never changes. */
export const settingServiceId = (setting: Pick<EducationSetting, 'id'>) => nameBasedId(`${setting.id}/setting-service`);

/** The organization id a setting is published under: its own, or the organisation's it is linked to. */
export function settingOrganizationId(setting: EducationSetting, organisations: Map<string, Organisation>): string {
  return (setting.organisation && organisations.get(setting.organisation)?.id) || setting.id;
}

function describeSetting(setting: EducationSetting): string {
  const kind = settingKindInfo[setting.kind];
  return setting.summary ?? `${setting.establishmentType ?? kind.label} in ${setting.address.town}. ${describeSettingAges(setting)}.`;
}

function settingDetails(setting: SettingForExport): string {
  const needs = designatedNeedsFor(setting).map((n) => designatedNeedInfo[n].label.toLowerCase());
  const lines = [
    `${settingKindInfo[setting.kind].label}. ${settingKindInfo[setting.kind].explanation}`,
    setting.inclusionBase &&
      `It has an inclusion base${setting.inclusionBase.name ? ` (${setting.inclusionBase.name})` : ''}${setting.inclusionBase.places ? ` with ${setting.inclusionBase.places} places` : ''}.`,
    needs.length > 0 && `Specialist places for: ${needs.join(', ')}.`,
    setting.outsideArea && `It is outside the area, in ${setting.outsideArea}.`,
    setting.senco &&
      `SEN lead: ${setting.senco.role}${setting.senco.email ? `, ${setting.senco.email}` : ''}${setting.senco.phone ? `, ${setting.senco.phone}` : ''}.`,
    setting.senInformationReport && `SEN information report: ${setting.senInformationReport}`,
  ];
  return lines.filter(Boolean).join('\n');
}

function settingAttributes(setting: SettingForExport, siteUrl: string): OrukAttribute[] {
  const id = settingServiceId(setting);
  const needs = designatedNeedsFor(setting);
  const areas = needAreas.filter((area) => needs.some((n) => designatedNeedInfo[n].area === area)) as NeedArea[];
  const terms: [VocabularyKey, readonly string[]][] = [
    ['setting-kind', settingFilterKindsFor(setting)],
    ['setting-stage', settingStagesFor(setting)],
    ['designated-need', needs],
    ['need', areas],
    ['topic', ['education']],
    ['age-band', ageBandsFor(setting.ageRange)],
    [
      'access-route',
      [setting.placeRoute === 'ehc-plan' ? 'ehcp-needed' : setting.placeRoute === 'council-placement' ? 'professional-referral' : 'self-referral'],
    ],
    ['delivery', ['in-person']],
  ];
  return terms.flatMap(([key, codes]) => codes.map((code) => toOrukAttribute(id, 'service', key, code, siteUrl)));
}

function settingPhones(setting: EducationSetting): OrukPhone[] {
  const id = settingServiceId(setting);
  const phones: OrukPhone[] = [];
  if (setting.contact.phone)
    phones.push({ id: nameBasedId(`${id}/phone/main`), service_id: id, number: setting.contact.phone, type: 'voice', description: 'Main office' });
  if (setting.senco?.phone)
    phones.push({ id: nameBasedId(`${id}/phone/senco`), service_id: id, number: setting.senco.phone, type: 'voice', description: setting.senco.role });
  return phones;
}

/** The organization record of a setting that is not one of our organisations, without its services. */
export function toSettingOrganization(setting: SettingForExport, siteUrl: string): OrukOrganization {
  return {
    id: setting.id,
    name: setting.name,
    description: describeSetting(setting),
    ...(setting.contact.email && { email: setting.contact.email }),
    ...(setting.contact.website && { website: setting.contact.website }),
    uri: new URL(`/schools/${setting.slug}/`, siteUrl).href,
    ...settingIdentifiers(setting, setting.id),
    attributes: [toOrukAttribute(setting.id, 'organization', 'organisation-kind', 'school', siteUrl)],
    phones: setting.contact.phone
      ? [{ id: nameBasedId(`${setting.id}/phone/main`), organization_id: setting.id, number: setting.contact.phone, type: 'voice', description: 'Main office' }]
      : [],
  };
}

/** The GIAS URN as an organization identifier (GB-EDU is org-id.guide's scheme for English schools' URNs). */
export function settingIdentifiers(setting: EducationSetting, organizationId: string): Pick<OrukOrganization, 'organization_identifiers'> {
  return setting.urn
    ? {
        organization_identifiers: [
          {
            id: nameBasedId(`${organizationId}/identifier/urn`),
            organization_id: organizationId,
            identifier_scheme: 'GB-EDU',
            identifier_type: 'URN',
            identifier: setting.urn,
          },
        ],
      }
    : {};
}

/** The organization for a setting linked to one of our organisations: that organisation, with the setting's URN added. */
export function toLinkedSettingOrganization(setting: SettingForExport, organisation: Organisation, siteUrl: string): OrukOrganization {
  return { ...toOrukOrganization(organisation, siteUrl), ...settingIdentifiers(setting, organisation.id) };
}

/** A setting's own provision as a fully nested service record. */
export function toSettingService(setting: SettingForExport, organization: OrukOrganization, siteUrl: string): OrukService {
  const id = settingServiceId(setting);
  const locationId = nameBasedId(`${id}/location`);
  const date = setting.lastReviewed && isoDate(setting.lastReviewed);
  const place = placeRouteInfo[setting.placeRoute];
  const { services: _services, ...organizationOnly } = organization;
  return {
    id,
    organization_id: organization.id,
    name: setting.name,
    description: composeDescription(describeSetting(setting), settingDetails(setting)),
    url: setting.contact.website ?? new URL(`/schools/${setting.slug}/`, siteUrl).href,
    ...(setting.contact.email && { email: setting.contact.email }),
    status: 'active',
    minimum_age: setting.ageRange.min,
    maximum_age: setting.ageRange.max,
    ...(date && { assured_date: date, last_modified: `${date}T00:00:00Z` }),
    summary: describeSetting(setting),
    eligibility_description: `${describeSettingAges(setting)}.`,
    application_process: `${place.label}. ${place.explanation}`,
    service_at_locations: [
      {
        id: nameBasedId(`${id}/service_at_location`),
        service_id: id,
        location_id: locationId,
        location: {
          id: locationId,
          location_type: 'physical',
          name: setting.name,
          addresses: [
            {
              id: nameBasedId(`${locationId}/address`),
              location_id: locationId,
              address_1: setting.address.street,
              city: setting.address.town,
              state_province: setting.address.county,
              postal_code: setting.address.postcode,
              country: 'GB',
              address_type: 'physical',
            },
          ],
        },
      },
    ],
    // Languages, sessions and costs are not held for settings (state schools are free; a placement elsewhere is paid by the council).
    schedules: [],
    languages: [],
    organization: organizationOnly,
    cost_options: [],
    attributes: settingAttributes(setting, siteUrl),
    phones: settingPhones(setting),
  };
}
