import { DEFAULT_PER_PAGE, MAX_PER_PAGE, toPage } from './paging.ts';
import { collections, fullRecords, listRecords, searchWords, type Collection, type OpenData, type ServiceFacets } from './open-data.ts';
import { weekdayCodes } from './export.ts';
import type { OrukServiceAtLocation } from './types.ts';

/**
 * The live API's query parameters, as openapi.json names and describes them.
 * Pure: takes the open data and the URL's parameters, returns a status and a
 * body, so it is tested without a server (the routes only wrap it).
 */

export interface ListQuery {
  page: number;
  perPage: number;
  /** Every word must start a word in the service's text (any case): "speech therap" finds "speech therapy". */
  words: string[];
  /** "services with a minimum age of at least the specified value" */
  minimumAge?: number;
  /** "services with a maximum age of at equal to or below the specified value" */
  maximumAge?: number;
  /** Our addition: services whose age range includes this age (what a parent usually means). */
  age?: number;
  taxonomyTermId?: string;
  taxonomyId?: string;
  organizationId?: string;
  /** RFC 5545 day code, MO to SU. */
  day?: string;
  /** HH:MM: a session starting at or after this time. */
  startTime?: string;
  /** HH:MM: a session ending at or before this time. */
  endTime?: string;
  modifiedAfter?: Date;
}

export interface ApiAnswer {
  status: number;
  body: unknown;
}

type Parsed = { ok: true; query: ListQuery } | { ok: false; message: string };

const filterableCollections: readonly Collection[] = ['services', 'service_at_locations'];
const dayNames = Object.fromEntries(
  Object.entries(weekdayCodes).flatMap(([name, code]) => [
    [name, code],
    [code.toLowerCase(), code],
    [name.slice(0, 3), code],
  ]),
);

function wholeNumber(params: URLSearchParams, name: string, min: number, max: number): number | string | undefined {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    return max === Number.MAX_SAFE_INTEGER ? `${name} must be a whole number, ${min} or more` : `${name} must be a whole number from ${min} to ${max}`;
  }
  return value;
}

function ageParameter(params: URLSearchParams, name: string): number | string | undefined {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) return `${name} must be an age in years, such as 5`;
  return value;
}

function timeParameter(params: URLSearchParams, name: string): string | undefined | { message: string } {
  const raw = params.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  const match = /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d)?$/.exec(raw.trim());
  if (!match) return { message: `${name} must be a 24-hour time such as 09:30 or 09:30:00` };
  return `${match[1]}:${match[2]}`;
}

/** Reads and checks the query parameters a list endpoint accepts; a bad value gets a message saying what to send. */
export function parseListQuery(params: URLSearchParams, collection: Collection): Parsed {
  const page = wholeNumber(params, 'page', 1, Number.MAX_SAFE_INTEGER) ?? 1;
  const perPage = wholeNumber(params, 'per_page', 1, MAX_PER_PAGE) ?? DEFAULT_PER_PAGE;
  for (const value of [page, perPage]) if (typeof value === 'string') return { ok: false, message: value };
  const query: ListQuery = { page: page as number, perPage: perPage as number, words: [] };
  if (!filterableCollections.includes(collection)) return { ok: true, query };

  if (params.has('postcode') || params.has('proximity')) {
    return { ok: false, message: 'This directory does not hold map coordinates or service areas, so it cannot filter by postcode or distance.' };
  }
  query.words = searchWords(params.get('search') ?? '');
  for (const [name, key] of [
    ['minimum_age', 'minimumAge'],
    ['maximum_age', 'maximumAge'],
    ['age', 'age'],
  ] as const) {
    const value = ageParameter(params, name);
    if (typeof value === 'string') return { ok: false, message: value };
    query[key] = value;
  }
  query.taxonomyTermId = params.get('taxonomy_term_id')?.trim() || undefined;
  query.taxonomyId = params.get('taxonomy_id')?.trim() || undefined;
  query.organizationId = params.get('organization_id')?.trim() || undefined;

  const day = params.get('day')?.trim();
  if (day) {
    query.day = dayNames[day.toLowerCase()];
    if (!query.day) return { ok: false, message: 'day must be a day of the week, such as MO or monday' };
  }
  for (const [name, key] of [
    ['start_time', 'startTime'],
    ['end_time', 'endTime'],
  ] as const) {
    const value = timeParameter(params, name);
    if (typeof value === 'object') return { ok: false, message: value.message };
    query[key] = value;
  }
  const modifiedAfter = params.get('modified_after')?.trim();
  if (modifiedAfter) {
    const date = new Date(modifiedAfter);
    if (Number.isNaN(date.getTime()))
      return { ok: false, message: 'modified_after must be a date or date and time, such as 2026-01-31 or 2026-01-31T09:00:00Z' };
    query.modifiedAfter = date;
  }
  return { ok: true, query };
}

/** True when a service meets every filter in the query. */
export function serviceMatches(facets: ServiceFacets, query: ListQuery): boolean {
  if (!query.words.every((word) => facets.words.some((w) => w.startsWith(word)))) return false;
  if (query.minimumAge !== undefined && facets.minAge < query.minimumAge) return false;
  if (query.maximumAge !== undefined && facets.maxAge > query.maximumAge) return false;
  if (query.age !== undefined && (query.age < facets.minAge || query.age > facets.maxAge)) return false;
  if (query.taxonomyTermId && !facets.termIds.has(query.taxonomyTermId)) return false;
  if (query.taxonomyId && !facets.taxonomyIds.has(query.taxonomyId)) return false;
  if (query.organizationId && facets.organizationId !== query.organizationId) return false;
  if (query.modifiedAfter && new Date(facets.lastModified) < query.modifiedAfter) return false;
  if (query.day || query.startTime || query.endTime) {
    // Day and times must hold for the same session: "Mondays from 4pm", not Monday mornings plus a Friday evening.
    const fits = facets.sessions.some(
      (s) => (!query.day || s.days.includes(query.day)) && (!query.startTime || s.opens >= query.startTime) && (!query.endTime || s.closes <= query.endTime),
    );
    if (!fits) return false;
  }
  return true;
}

const notFound = (message: string): ApiAnswer => ({ status: 404, body: { status: 404, message } });

export function isCollection(value: string | undefined): value is Collection {
  return (collections as readonly string[]).includes(value ?? '');
}

/** `GET /{collection}?...`: one page of matching records. */
export function answerList(data: OpenData, collection: string | undefined, params: URLSearchParams): ApiAnswer {
  if (!isCollection(collection)) return notFound(`There is no ${collection} list. Try one of: ${collections.join(', ')}.`);
  const parsed = parseListQuery(params, collection);
  if (!parsed.ok) return { status: 400, body: { status: 400, message: parsed.message } };
  const { query } = parsed;
  let records = listRecords(data, collection);
  if (collection === 'services') {
    records = records.filter((r) => serviceMatches(data.facets.get((r as { id: string }).id)!, query));
  } else if (collection === 'service_at_locations') {
    records = records.filter((r) => serviceMatches(data.facets.get((r as OrukServiceAtLocation).service_id!)!, query));
  }
  return { status: 200, body: toPage(records, query.page, query.perPage) };
}

/** `GET /{collection}/{id}`: one full record. */
export function answerRecord(data: OpenData, collection: string | undefined, id: string | undefined): ApiAnswer {
  if (!isCollection(collection)) return notFound(`There is no ${collection} list. Try one of: ${collections.join(', ')}.`);
  const record = fullRecords(data, collection).find((r) => r.id === id);
  return record ? { status: 200, body: record } : notFound(`No record in ${collection} has the id ${id}.`);
}
