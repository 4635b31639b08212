/**
 * Open Referral UK 1.0, as most council feeds on the Open Referral UK
 * dashboard still publish it, turned into the 3.0 shape the import reads
 * (then tidied like any 3.0 feed, see normalise.ts). The 1.0 schemas are in
 * the OpenReferralUK/human-services repository (Schemas/service.schema.json);
 * live feeds spell some lists the API's way: `eligibilitys`,
 * `service_taxonomys`, `regular_schedules`, locations with
 * `physical_addresses`, and list pages `{ totalElements, totalPages, number,
 * first, last, content }`.
 *
 * What maps: name, description, status, url, email, fees, assured date, the
 * organization, ages from the eligibility entries, contacts and their phones,
 * cost options, languages, venues with their addresses, weekly times (of the
 * service or of a venue) and the record's taxonomy terms (LGA vocabularies),
 * which a navigator sees as "the record's own categories". The rest is left
 * for a navigator, as with 3.0.
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
const either = (record: Json, ...keys: string[]) => keys.flatMap((k) => list(record[k]));

/** True for a document in the 1.0 shape: its envelope, or a record with fields only 1.0 has. */
export function isOruk1(document: unknown): boolean {
  if (isObject(document) && 'content' in document && ('totalElements' in document || 'totalPages' in document)) return true;
  const first = Array.isArray(document) ? document[0] : document;
  if (!isObject(first)) return false;
  const oneOnly = ['eligibilitys', 'service_taxonomys', 'regular_schedules', 'holiday_schedules', 'fundings', 'reviews', 'link_taxonomies'];
  return oneOnly.some((k) => k in first) || list(first.service_at_locations).some((sal) => isObject(sal.location) && 'physical_addresses' in sal.location);
}

/** The records of a 1.0 document: a list page's `content`, an array, or one record. */
export function oruk1Records(document: unknown): { items: unknown[]; pointer: (index: number) => string } {
  if (isObject(document) && Array.isArray(document.content)) return { items: document.content, pointer: (i) => `/content/${i}` };
  if (Array.isArray(document)) return { items: document, pointer: (i) => `/${i}` };
  return { items: [document], pointer: () => '' };
}

function organization(org: unknown): Json | undefined {
  if (!isObject(org)) return undefined;
  return { id: org.id, name: org.name, description: org.description, email: org.email, website: org.url ?? org.website, logo: org.logo, uri: org.uri };
}

function schedule(s: Json, salId?: unknown): Json {
  return {
    id: s.id,
    service_at_location_id: salId,
    opens_at: s.opens_at,
    closes_at: s.closes_at,
    byday: s.byday,
    bymonthday: s.bymonthday,
    freq: typeof s.freq === 'string' ? s.freq.toUpperCase() : s.freq,
    interval: s.interval,
    valid_from: s.valid_from,
    valid_to: s.valid_to,
    dtstart: s.dtstart,
    description: s.description,
  };
}

/** One 1.0 service as a 3.0 service (not yet tidied or checked). */
export function serviceFromOruk1(record: Json): Json {
  const eligibilities = either(record, 'eligibilitys', 'eligibilities');
  const numbers = (key: string) => eligibilities.map((e) => Number(e[key])).filter((n) => Number.isFinite(n));
  const mins = numbers('minimum_age');
  const maxes = numbers('maximum_age');
  const contacts = list(record.contacts);
  const sals = list(record.service_at_locations);
  const taxonomies = either(record, 'service_taxonomys', 'service_taxonomies');
  const org = organization(record.organization);
  return {
    id: record.id,
    name: record.name,
    description: record.description,
    url: record.url,
    email: record.email,
    status: record.status,
    fees: record.fees,
    accreditations: record.accreditations,
    assured_date: record.assured_date,
    attending_type: record.attending_type,
    organization: org,
    organization_id: org?.id,
    minimum_age: mins.length ? Math.min(...mins) : undefined,
    maximum_age: maxes.length ? Math.max(...maxes) : undefined,
    contacts: contacts.map((c) => ({ id: c.id, name: c.name, title: c.title })),
    phones: contacts.flatMap((c) => list(c.phones).map((p) => ({ id: p.id ?? `${String(c.id)}-${String(p.number)}`, number: p.number }))),
    cost_options: list(record.cost_options).map((c) => ({
      id: c.id,
      amount: c.amount,
      amount_description: c.amount_description,
      option: c.option,
      valid_from: c.valid_from,
      valid_to: c.valid_to,
    })),
    languages: list(record.languages).map((l) => {
      const value = typeof l.language === 'string' ? l.language.trim() : undefined;
      return { id: l.id, ...(value && /^[a-z]{2,3}$/i.test(value) ? { code: value.toLowerCase() } : { name: value }) };
    }),
    service_areas: list(record.service_areas),
    funding: either(record, 'fundings', 'funding'),
    service_at_locations: sals.map((sal) => {
      const location = isObject(sal.location) ? sal.location : {};
      return {
        id: sal.id,
        location: {
          id: location.id ?? sal.id,
          location_type: 'physical',
          name: location.name,
          description: location.description,
          latitude: location.latitude,
          longitude: location.longitude,
          addresses: either(location, 'physical_addresses', 'addresses').map((a) => ({
            id: a.id,
            address_1: a.address_1,
            city: a.city,
            state_province: a.state_province,
            postal_code: a.postal_code,
            country: typeof a.country === 'string' && /^(uk|united kingdom|england|gb)$/i.test(a.country.trim()) ? 'GB' : a.country,
            address_type: 'physical',
          })),
          accessibility: either(location, 'accessibility_for_disabilities').map((x) => ({ id: x.id, description: x.accessibility })),
        },
      };
    }),
    schedules: [
      ...list(record.regular_schedules).map((s) => schedule(s)),
      ...sals.flatMap((sal) => list(sal.regular_schedules).map((s) => schedule(s, sal.id))),
    ],
    attributes: taxonomies.map((t) => {
      const term = isObject(t.taxonomy) ? t.taxonomy : {};
      return { id: t.id, taxonomy_term: { id: term.id, name: term.name, description: term.name, taxonomy: term.vocabulary } };
    }),
  };
}
