import { z } from 'astro/zod';
import type { ServiceRecord, ServiceLocation, ServiceSession } from '../../schemas/service.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import type { ReviewNote } from '../../schemas/review-notes.ts';
import { maxAge, minAge } from '../../data/age-bands.ts';
import { weekdays, type Weekday } from '../../data/access.ts';
import { needAreas, needTags } from '../../data/needs.ts';
import { describeSession, weekdayCodes } from './export.ts';
import { lookupTerm, type VocabularyKey } from './vocabularies.ts';
import { languageName } from './languages.ts';
import type { OrukAttribute, OrukLocation, OrukOrganization, OrukService } from './types.ts';

/**
 * Open Referral UK records as our content, for `npm run import`. Pure: it
 * says what the record gives us and what a navigator must check; merge.ts
 * decides what to keep from the local copy. Anything it cannot map honestly
 * it leaves out and explains in a review note, rather than guessing.
 */

type ServiceField = keyof ServiceRecord | 'description';
type Note = ReviewNote<ServiceField>;

/** What one Open Referral service record gives us. */
export interface ImportedService {
  id: string;
  /**
   * Facts the record holds, which replace the local copy's. Undefined means
   * the record does not say, and the local value stays, except for the alert
   * (statusNote) and the times note, which a record clears by leaving out.
   */
  facts: Partial<ServiceRecord>;
  /** The text under the frontmatter, when the record has a description. */
  body?: string;
  /** Local Offer fields (tier, needs, ...) from our own taxonomy terms, and values we worked out rather than read; used only where the local copy has none. */
  suggestions: Partial<ServiceRecord>;
  /** Things a navigator should check, by field. */
  notes: Note[];
  /** Extra words for the note on an empty field, e.g. the record's own how-to-apply text when it has no route. */
  hints: Partial<Record<ServiceField, string>>;
}

export interface ImportedOrganisation {
  id: string;
  facts: Partial<Organisation>;
  suggestions: Partial<Organisation>;
  notes: ReviewNote<keyof Organisation>[];
}

/** A record the import should not use, and why, in plain words. */
export class SkipRecord extends Error {}

const urlSchema = z.url();
const emailSchema = z.email();
const postcodePattern = /^[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}$/;
const dayByCode = Object.fromEntries(Object.entries(weekdayCodes).map(([day, code]) => [code, day as Weekday]));

const quote = (text: string, max = 200) => `"${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text.trim()}"`;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** "https://a.example" from a web address a feed might give without its scheme or with spaces; undefined when it is not one. */
function webAddress(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const candidate = /^https?:\/\//i.test(value) ? value : `https://${value}`;
  return urlSchema.safeParse(candidate).success && /^https?:\/\/[^/\s]+\.[^/\s]+/i.test(candidate) ? candidate : undefined;
}

/** A UK phone number in the form the content schema accepts, from "+44 (0)1632 960000" and the like. */
export function ukPhoneNumber(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^0[0-9 ]{9,13}$/.test(trimmed)) return trimmed;
  let digits = trimmed.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (digits.startsWith('+44')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('44') && digits.length === 12) digits = `0${digits.slice(2)}`;
  return /^0\d{9,10}$/.test(digits) ? digits : undefined;
}

/** "NB1 4AA" from "nb14aa" or "NB1  4AA"; undefined when it is not a UK postcode. */
export function ukPostcode(value: string | undefined): string | undefined {
  const compact = (value ?? '').toUpperCase().replace(/\s+/g, '');
  const spaced = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  return postcodePattern.test(spaced) ? spaced : undefined;
}

/** The first sentences of a description, up to `max` characters, for a summary. */
export function firstSentences(description: string, max = 300): string {
  const flat = description.replace(/\s+/g, ' ').trim();
  const sentences = flat.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [flat];
  let summary = '';
  for (const sentence of sentences) {
    if ((summary + sentence).trim().length > max) break;
    summary += sentence;
  }
  summary = summary.trim();
  return summary.length >= 20 ? summary : flat.slice(0, max).trim();
}

/** What follows `prefix` in `text`, where the prefix may have had its line breaks and double spaces flattened; all of `text` when it does not start with it. */
export function textAfter(text: string, prefix: string): string {
  let i = 0;
  for (let j = 0; j < prefix.length; j++) {
    if (prefix[j] === ' ') {
      if (!/\s/.test(text[i] ?? '')) return text;
      while (/\s/.test(text[i] ?? '')) i++;
    } else if (text[i] === prefix[j]) {
      i++;
    } else {
      return text;
    }
  }
  return text.slice(i).trim();
}

/** Our taxonomy terms among a record's attributes, by vocabulary, and the names of anyone else's. */
function readAttributes(attributes: OrukAttribute[] | undefined) {
  const ours = new Map<VocabularyKey, string[]>();
  const others: string[] = [];
  for (const attribute of attributes ?? []) {
    const term = lookupTerm(attribute.taxonomy_term_id ?? attribute.taxonomy_term?.id);
    if (term) ours.set(term.key, [...(ours.get(term.key) ?? []), term.code]);
    else if (attribute.taxonomy_term?.name) others.push(attribute.taxonomy_term.taxonomy ? `${attribute.taxonomy_term.name} (${attribute.taxonomy_term.taxonomy})` : attribute.taxonomy_term.name);
  }
  return { ours, others };
}

function isoDay(value: string | undefined): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '');
  if (!match) return undefined;
  const date = new Date(`${match[1]}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function clockTime(value: string | undefined): string | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d)?/.exec(value ?? '');
  return match ? `${match[1]}:${match[2]}` : undefined;
}

function ages(record: OrukService, notes: Note[]): ServiceRecord['ageRange'] {
  const { minimum_age: min, maximum_age: max } = record;
  if (min !== undefined && min > maxAge) throw new SkipRecord(`it is for people aged ${min} and over; the Local Offer covers ages ${minAge} to ${maxAge}`);
  if (max !== undefined && max < minAge) throw new SkipRecord(`its maximum age (${max}) is below ${minAge}`);
  if (min === undefined && max === undefined) {
    notes.push({ field: 'ageRange', note: `The record gives no age limits, so it is shown for ages ${minAge} to ${maxAge}. Check who it is for.` });
  } else if ((max ?? maxAge) > maxAge) {
    notes.push({ field: 'ageRange', note: `The record says ages ${min ?? minAge} to ${max}; the Local Offer shows it up to ${maxAge}.` });
  }
  const range = { min: Math.max(minAge, Math.floor(min ?? minAge)), max: Math.min(maxAge, Math.ceil(max ?? maxAge)) };
  if (range.min > range.max) throw new SkipRecord(`its minimum age (${min}) is more than its maximum age (${max})`);
  return range;
}

function venues(record: OrukService, notes: Note[]): { locations: ServiceLocation[]; nameBySalId: Map<string, string> } {
  const locations: ServiceLocation[] = [];
  const nameBySalId = new Map<string, string>();
  for (const sal of record.service_at_locations ?? []) {
    const location: OrukLocation | undefined = sal.location;
    const label = text(location?.name) ?? sal.id;
    if (!location || location.location_type === 'virtual') continue;
    const address = location.addresses?.find((a) => a.address_type === 'physical') ?? location.addresses?.[0];
    const postcode = ukPostcode(address?.postal_code);
    const problem = !address
      ? 'it has no address'
      : !postcode
        ? `its postcode ${quote(address.postal_code)} is not a UK postcode`
        : !text(address.state_province) || text(address.state_province)!.length < 2
          ? 'its address has no county (state_province)'
          : undefined;
    if (problem || !address || !postcode) {
      notes.push({ field: 'locations', note: `Venue ${quote(label)} was not imported because ${problem}. Add it by hand if families go there.` });
      continue;
    }
    let name = text(location.name) ?? text(address.address_1)!;
    if (locations.some((l) => l.name === name)) name = `${name}, ${address.city}`;
    const { ours, others } = readAttributes(location.accessibility?.flatMap((a) => a.attributes ?? []));
    const unmatched = (location.accessibility ?? []).filter((a) => !(a.attributes ?? []).some((attr) => lookupTerm(attr.taxonomy_term_id ?? attr.taxonomy_term?.id)));
    const accessText = unmatched.map((a) => text(a.description) ?? text(a.accessibility) ?? text(a.details)).filter(Boolean).join(' ');
    if (accessText || others.length) {
      notes.push({ field: 'locations', note: `Venue ${quote(name)}: the record describes access as ${quote(accessText || others.join(', '), 300)}. Choose its access features.` });
    }
    const description = text(location.description);
    if (description && description.length > 400) notes.push({ field: 'locations', note: `Venue ${quote(name)}: its description was too long for the notes field, so it was left out: ${quote(description, 600)}` });
    locations.push({
      name,
      address: { street: text(address.address_1)!, town: text(address.city)!, county: text(address.state_province)!, postcode },
      accessFeatures: (ours.get('access-feature') ?? []) as ServiceLocation['accessFeatures'],
      ...(description && description.length <= 400 && { notes: description }),
    });
    nameBySalId.set(sal.id, name);
  }
  return { locations, nameBySalId };
}

function schedules(record: OrukService, nameBySalId: Map<string, string>, notes: Note[]) {
  const sessions: ServiceSession[] = [];
  const words: string[] = [];
  for (const schedule of record.schedules ?? []) {
    const codes = (schedule.byday ?? '').split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);
    const days = codes.map((c) => dayByCode[c]).filter(Boolean);
    const opens = clockTime(schedule.opens_at);
    const closes = clockTime(schedule.closes_at);
    const weekly = (schedule.freq ?? 'WEEKLY') === 'WEEKLY' && (schedule.interval ?? 1) === 1;
    const regular = weekly && days.length > 0 && days.length === codes.length && opens && closes && opens < closes;
    const description = text(schedule.description);
    if (!regular) {
      const said = [description, text(schedule.notes)].filter(Boolean).join(' ');
      if (said) words.push(said);
      else if (codes.length || opens) notes.push({ field: 'schedule', note: `A schedule (${schedule.freq ?? 'no frequency'}, ${schedule.byday ?? 'no days'}, ${schedule.opens_at ?? '?'} to ${schedule.closes_at ?? '?'}) could not be read as regular weekly times. Add the times by hand.` });
      continue;
    }
    const note = text(schedule.notes);
    const session: ServiceSession = {
      days: weekdays.filter((d) => days.includes(d)),
      opens: opens!,
      closes: closes!,
      termTimeOnly: /\bterm[- ]time only\b/i.test(`${description ?? ''} ${note ?? ''}`),
      ...(schedule.service_at_location_id && nameBySalId.has(schedule.service_at_location_id) && { location: nameBySalId.get(schedule.service_at_location_id) }),
      ...(note && note.length <= 200 && { note }),
    };
    if (note && note.length > 200) words.push(note);
    // Our own export writes a description from the times; anything else is the publisher's words, kept as a note on times.
    if (description && description !== describeSession(session)) words.push(description);
    if (schedule.valid_from || schedule.valid_to) notes.push({ field: 'schedule', note: `The record says these times run from ${schedule.valid_from ?? 'an open date'} to ${schedule.valid_to ?? 'an open date'}. Check they still apply.` });
    sessions.push(session);
  }
  const joined = [...new Set(words)].join(' ');
  if (joined.length > 300) notes.push({ field: 'scheduleNote', note: `The record describes its times in more words than fit: ${quote(joined, 600)}. Shorten them into the times note.` });
  return { sessions, scheduleNote: joined && joined.length <= 300 ? joined : undefined };
}

function cost(record: OrukService, costTerms: string[] | undefined, notes: Note[], hints: ImportedService['hints']): ServiceRecord['cost'] | undefined {
  const options = record.cost_options ?? [];
  const amounts = options.map((o) => o.amount).filter((a): a is number => typeof a === 'number');
  const described = options
    .map((o) => {
      const price = [o.amount !== undefined && o.amount > 0 ? `£${o.amount}` : undefined, text(o.amount_description)].filter(Boolean).join(' ');
      return price && text(o.option) ? `${price} (${o.option!.trim()})` : price || text(o.option);
    })
    .filter(Boolean);
  const free = costTerms?.length === 1 ? costTerms[0] === 'free' : amounts.length > 0 && amounts.length === options.length ? amounts.every((a) => a === 0) : undefined;
  if (free === undefined) {
    const words = [...described, text(record.fees)].filter(Boolean).join('; ');
    if (words) hints.cost = `The record says: ${quote(words, 300)}.`;
    return undefined;
  }
  // Our own export writes one option whose description is the cost details; others may list several.
  const details = options.length === 1 && !options[0].option ? text(options[0].amount_description) : described.join('; ') || undefined;
  const charged = amounts.filter((a) => a > 0);
  if (details && details.length > 300) notes.push({ field: 'cost', note: `The cost details were too long to keep: ${quote(details, 600)}. Summarise them.` });
  if (!free && options.length > 1) notes.push({ field: 'cost', note: 'The record lists several prices; check the cost details read clearly.' });
  if (!free && !details) {
    hints.cost = 'The record says the service charges but not what it costs.';
    return undefined;
  }
  return {
    free,
    ...(details && details.length <= 300 && { details }),
    ...(!free && charged.length === 1 && { amount: charged[0] }),
  };
}

function contact(record: OrukService, notes: Note[]): ServiceRecord['contact'] | undefined {
  const phones = record.phones ?? [];
  const isText = (p: { type?: string; description?: string }) => /text|sms|minicom/i.test(`${p.type ?? ''} ${p.description ?? ''}`);
  const phone = phones.find((p) => !isText(p));
  const textPhone = phones.find(isText);
  const found = {
    phone: ukPhoneNumber(phone?.number),
    textPhone: ukPhoneNumber(textPhone?.number),
    email: emailSchema.safeParse(text(record.email)).success ? text(record.email) : undefined,
    website: webAddress(text(record.url)),
  };
  if (phone && !found.phone) notes.push({ field: 'contact', note: `Phone number ${quote(phone.number)} is not a UK number in a form we can show, so it was left out.` });
  if (text(record.email) && !found.email) notes.push({ field: 'contact', note: `Email ${quote(record.email!)} is not a valid email address, so it was left out.` });
  if (text(record.url) && !found.website) notes.push({ field: 'contact', note: `Website ${quote(record.url!)} is not a full web address, so it was left out.` });
  const extra = phones.filter((p) => p !== phone && p !== textPhone);
  if (extra.length) notes.push({ field: 'contact', note: `The record has more phone numbers than we show: ${extra.map((p) => p.number).join(', ')}.` });
  const named = (record.contacts ?? []).filter((c) => c.name);
  if (named.length) notes.push({ field: 'contact', note: `The record names ${named.length === 1 ? 'a contact' : `${named.length} contacts`}; the Local Offer does not publish staff names, so they were left out.` });
  const defined = Object.fromEntries(Object.entries(found).filter(([, v]) => v)) as ServiceRecord['contact'] & object;
  return Object.keys(defined).length ? defined : undefined;
}

/**
 * Maps one Open Referral service, fully nested or a list item (which has only
 * one-to-one fields: what it leaves out says nothing, so nothing local goes).
 */
export function serviceFromOruk(record: OrukService, options: { organisationSlug: string }): ImportedService {
  const notes: Note[] = [];
  const hints: ImportedService['hints'] = {};
  const facts: Partial<ServiceRecord> = {};
  const suggestions: Partial<ServiceRecord> = {};

  facts.name = record.name.trim();
  facts.status = record.status;
  facts.organisation = options.organisationSlug;
  const alert = text(record.alert);
  if (alert && alert.length > 300) notes.push({ field: 'statusNote', note: `The record's alert was too long to keep: ${quote(alert, 600)}` });
  facts.statusNote = alert && alert.length <= 300 ? alert : undefined;

  const description = text(record.description);
  const summary = text(record.summary);
  let body: string | undefined;
  if (summary && summary.length >= 20 && summary.length <= 300) {
    facts.summary = summary;
    body = description?.startsWith(summary) ? description.slice(summary.length).trim() : description;
  } else if (description) {
    suggestions.summary = firstSentences(description);
    notes.push({ field: 'summary', note: 'The summary was taken from the start of the description. Check it says what the service is and who it helps in one or two plain sentences.' });
    // The summary is shown above the text, so the text starts where the summary ends.
    body = textAfter(description, suggestions.summary);
  } else {
    throw new SkipRecord('it has no description, so there is nothing to tell families what it is');
  }

  // With no ages at all, 0 to 25 is our reading rather than the record's, so it must not undo a navigator's correction.
  if (record.minimum_age === undefined && record.maximum_age === undefined) suggestions.ageRange = ages(record, notes);
  else facts.ageRange = ages(record, notes);
  const eligibility = text(record.eligibility_description);
  if (eligibility && eligibility.length >= 10 && eligibility.length <= 600) facts.eligibility = eligibility;
  else if (eligibility) hints.eligibility = `The record says: ${quote(eligibility, 600)}.`;

  const { ours, others } = readAttributes(record.attributes);
  if (others.length) hints.needs = `The record's own categories are: ${others.join('; ')}.`;
  const terms = <T>(key: VocabularyKey) => ours.get(key) as T | undefined;
  suggestions.tier = terms<string[]>('tier')?.[0] as ServiceRecord['tier'];
  const needCodes = terms<string[]>('need') ?? [];
  suggestions.needs = needCodes.filter((c) => (needAreas as readonly string[]).includes(c)) as ServiceRecord['needs'];
  suggestions.needTags = needCodes.filter((c) => (needTags as readonly string[]).includes(c)) as ServiceRecord['needTags'];
  suggestions.topics = terms('topic');
  suggestions.adulthoodOutcomes = terms('adulthood-outcome');
  suggestions.delivery = terms('delivery');
  suggestions.accessFeatures = terms('access-feature');

  const steps = (text(record.application_process) ?? '')
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(\d+[.)]|[-*•])\s*/, '').trim())
    .filter(Boolean);
  const route = terms<string[]>('access-route')?.[0] as NonNullable<ServiceRecord['access']>['route'] | undefined;
  const stepsFit = steps.length > 0 && steps.every((s) => s.length >= 5 && s.length <= 300);
  if (route && stepsFit) suggestions.access = { route, steps };
  else if (steps.length) hints.access = `The record says how to get it: ${quote(steps.join(' '), 600)}.`;

  // A record that does not say (no cost options, no venues...) leaves the local copy alone: a navigator may have filled the gap by hand.
  facts.cost = cost(record, terms<string[]>('cost'), notes, hints);
  facts.contact = contact(record, notes);

  const { locations, nameBySalId } = venues(record, notes);
  if (locations.length) facts.locations = locations;
  const { sessions, scheduleNote } = schedules(record, nameBySalId, notes);
  if (sessions.length || scheduleNote) Object.assign(facts, { schedule: sessions, scheduleNote });
  if (!suggestions.delivery && locations.length) {
    suggestions.delivery = ['in-person'];
    notes.push({ field: 'delivery', note: 'Set to in person because the record has a venue. Add online, by phone or home visits if it offers them.' });
  }
  const named = (record.languages ?? []).map((l) => text(l.name) ?? (l.code ? languageName(l.code) : undefined));
  const languages = [...new Set(named.filter((n): n is string => Boolean(n)))];
  if (languages.length) facts.languages = languages;
  if (named.length > languages.length) notes.push({ field: 'languages', note: 'The record lists languages without saying which. Check the languages it is offered in.' });

  const assured = isoDay(record.assured_date);
  if (assured) facts.lastReviewed = assured;
  else if (record.last_modified) hints.lastReviewed = `The record does not say when it was checked; it last changed on ${record.last_modified.slice(0, 10)}.`;

  const leftOut = [
    text(record.accreditations) && `accreditations ${quote(record.accreditations!)}`,
    record.funding?.length && 'funding',
    record.service_areas?.length && 'service areas',
    text(record.assurer_email) && 'the assurer email',
  ].filter(Boolean);
  if (leftOut.length) notes.push({ field: 'description', note: `Not imported, as the site has no place for it: ${leftOut.join(', ')}.` });

  return { id: record.id, facts, body, suggestions, notes, hints };
}

/** Maps one Open Referral organization; `kind` comes only from our own taxonomy. */
export function organisationFromOruk(record: OrukOrganization): ImportedOrganisation {
  const notes: ImportedOrganisation['notes'] = [];
  const facts: Partial<Organisation> = { id: record.id, name: record.name.trim() };
  const description = record.description.replace(/\s+/g, ' ').trim();
  if (description.length > 500) {
    facts.description = firstSentences(description, 500);
    notes.push({ field: 'description', note: 'The description was longer than 500 characters, so only its first sentences were kept. Check it still makes sense.' });
  } else {
    facts.description = description;
  }
  facts.website = webAddress(text(record.website) ?? text(record.uri));
  facts.email = emailSchema.safeParse(text(record.email)).success ? text(record.email) : undefined;
  facts.phone = ukPhoneNumber(record.phones?.find((p) => ukPhoneNumber(p.number))?.number);
  const { ours } = readAttributes(record.attributes);
  const kind = ours.get('organisation-kind')?.[0] as Organisation['kind'];
  return { id: record.id, facts, suggestions: { kind }, notes };
}
