import path from 'node:path';
import { isOruk1, oruk1Records, serviceFromOruk1 } from '../../../src/lib/oruk/from-oruk1.ts';
import type { FormatReading, FoundRecord, ImportFormat } from '../formats.ts';

/**
 * Open Referral UK JSON: a record, a list page, an array of records, or an
 * organization with its services, in 3.0 or (turned into 3.0) 1.0.
 */

type Kind = 'service' | 'organization' | 'service_at_location' | 'taxonomy' | 'taxonomy_term';

const skipReasons: Partial<Record<Kind, string>> = {
  service_at_location: 'service_at_location records are not imported on their own: import the full service record, which holds its venues',
  taxonomy: 'taxonomies are not imported: the Local Offer uses its own SEND vocabulary, and a navigator chooses tier, needs and topics',
  taxonomy_term: 'taxonomy terms are not imported: the Local Offer uses its own SEND vocabulary, and a navigator chooses tier, needs and topics',
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const idOf = (value: unknown) => (isObject(value) && (typeof value.id === 'string' || typeof value.id === 'number') ? String(value.id) : undefined);

/**
 * What kind of record an object is, from the fields only one kind has, then
 * from the file name (service_full.json, organization_list.json). A service
 * that has lost its status is still known by its other fields, so it is
 * reported as a bad service rather than taken for an organization.
 */
function kindOf(value: Record<string, unknown>, file: string): Kind | undefined {
  const has = (...keys: string[]) => keys.some((k) => k in value);
  if (
    has(
      'status',
      'url',
      'minimum_age',
      'maximum_age',
      'assured_date',
      'alert',
      'schedules',
      'service_at_locations',
      'cost_options',
      'organization_id',
      'organization',
    )
  )
    return 'service';
  if (has('location', 'location_id') || (isObject(value.service) && !has('name'))) return 'service_at_location';
  if (has('taxonomy_terms', 'version')) return 'taxonomy';
  if (has('term', 'parent_id', 'taxonomy_id', 'term_uri', 'taxonomy')) return 'taxonomy_term';
  if (has('website', 'logo', 'services', 'organization_identifiers', 'parent_organization_id')) return 'organization';
  const name = path.basename(file).toLowerCase();
  if (name.includes('service_at_location')) return 'service_at_location';
  if (name.includes('taxonomy_term')) return 'taxonomy_term';
  if (name.includes('taxonom')) return 'taxonomy';
  if (/organi[sz]ation/.test(name)) return 'organization';
  if (name.includes('service')) return 'service';
  return undefined;
}

/** JSON.parse's message with the line and column worked out, so an officer can find the mistake. */
function jsonProblem(text: string, error: Error): string {
  const position = /position (\d+)/.exec(error.message);
  if (!position) return error.message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return `${error.message.replace(/ in JSON at position \d+.*$/, '')} (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
}

const asPointer = (pointer: string) => pointer || '/';

function read(file: string, text: string): FormatReading {
  const reading: FormatReading = { records: [], rejected: [], skipped: [] };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    reading.rejected.push({ file, message: `not valid JSON: ${jsonProblem(text, error as Error)}` });
    return reading;
  }
  const version1 = isOruk1(document);
  let items: unknown[];
  let pointerOf: (index: number) => string;
  if (version1) {
    ({ items, pointer: pointerOf } = oruk1Records(document));
  } else {
    const page = isObject(document) && 'contents' in document ? document : undefined;
    if (page && !Array.isArray(page.contents)) {
      reading.rejected.push({ file, field: '/contents', message: 'a list page must have a contents array' });
      return reading;
    }
    items = page ? (page.contents as unknown[]) : Array.isArray(document) ? document : [document];
    pointerOf = (index) => (page ? `/contents/${index}` : Array.isArray(document) ? `/${index}` : '');
  }
  items.forEach((item, index) => {
    const pointer = pointerOf(index);
    const add = (found: Omit<FoundRecord, 'where'>) => reading.records.push({ ...found, where: asPointer });
    if (!isObject(item)) {
      reading.rejected.push({ file, field: asPointer(pointer), message: 'must be an Open Referral record (a JSON object)' });
      return;
    }
    if (version1) {
      add({ kind: 'service', record: serviceFromOruk1(item), pointer });
      return;
    }
    const kind = kindOf(item, file);
    if (!kind) {
      reading.rejected.push({
        file,
        id: idOf(item),
        field: asPointer(pointer),
        message: 'is not a record we recognise: a service needs a status, an organization a name and description',
      });
    } else if (kind === 'service') {
      add({ kind, record: item, pointer });
    } else if (kind === 'organization') {
      // Its services are records of their own, so one bad service does not take the organization with it.
      const { services, ...organization } = item;
      add({ kind, record: organization, pointer });
      if (Array.isArray(services))
        services.forEach((service, i) => {
          if (isObject(service)) add({ kind: 'service', record: { organization_id: item.id, ...service }, pointer: `${pointer}/services/${i}` });
        });
    } else {
      reading.skipped.push({ file, id: idOf(item), reason: skipReasons[kind]! });
    }
  });
  return reading;
}

export const openReferralJson: ImportFormat = {
  describe: 'Open Referral UK JSON, 3.0 or 1.0',
  extensions: ['.json'],
  matches: (label, text) => label.toLowerCase().endsWith('.json') || /^\s*[[{]/.test(text),
  read,
};
