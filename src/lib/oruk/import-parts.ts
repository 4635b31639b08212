import type { ServiceRecord, ServiceLocation, ServiceSession } from '../../schemas/service.ts';
import type { ReviewNote } from '../../schemas/review-notes.ts';
import { maxAge, minAge } from '../../data/age-bands.ts';
import { weekdays, type Weekday } from '../../data/access.ts';
import { describeSession, weekdayCodes } from './export.ts';
import { lookupTerm, type VocabularyKey } from './vocabularies.ts';
import { clockTime, emailSchema, quote, text, ukPhoneNumber, ukPostcode, webAddress } from './import-values.ts';
import type { OrukAttribute, OrukLocation, OrukService } from './types.ts';

/**
 * The parts of an Open Referral service that take some reading: ages, venues,
 * times, costs and contact details. Each adds a review note for anything it
 * leaves out, so a navigator knows what to check.
 */

export type ServiceField = keyof ServiceRecord | 'description';
export type Note = ReviewNote<ServiceField>;
export type Hints = Partial<Record<ServiceField, string>>;

/** A record the import should not use, and why, in plain words. */
export class SkipRecord extends Error {}

const dayByCode = Object.fromEntries(Object.entries(weekdayCodes).map(([day, code]) => [code, day as Weekday]));

/** Our taxonomy terms among a record's attributes, by vocabulary, and the names of anyone else's. */
export function readAttributes(attributes: OrukAttribute[] | undefined) {
  const ours = new Map<VocabularyKey, string[]>();
  const others: string[] = [];
  for (const attribute of attributes ?? []) {
    const term = lookupTerm(attribute.taxonomy_term_id ?? attribute.taxonomy_term?.id);
    if (term) ours.set(term.key, [...(ours.get(term.key) ?? []), term.code]);
    else if (attribute.taxonomy_term?.name)
      others.push(attribute.taxonomy_term.taxonomy ? `${attribute.taxonomy_term.name} (${attribute.taxonomy_term.taxonomy})` : attribute.taxonomy_term.name);
  }
  return { ours, others };
}

/** Ages within the Local Offer's 0 to 25; a record wholly outside them is skipped. */
export function ages(record: OrukService, notes: Note[]): ServiceRecord['ageRange'] {
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

/** Physical venues with a UK address, and which venue each service_at_location id names (for linking times). */
export function venues(record: OrukService, notes: Note[]): { locations: ServiceLocation[]; nameBySalId: Map<string, string> } {
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
    const unmatched = (location.accessibility ?? []).filter(
      (a) => !(a.attributes ?? []).some((attr) => lookupTerm(attr.taxonomy_term_id ?? attr.taxonomy_term?.id)),
    );
    const accessText = unmatched
      .map((a) => text(a.description) ?? text(a.accessibility) ?? text(a.details))
      .filter(Boolean)
      .join(' ');
    if (accessText || others.length) {
      notes.push({
        field: 'locations',
        note: `Venue ${quote(name)}: choose its access features. The record says: ${quote(accessText || others.join(', '), 300)}`,
      });
    }
    const description = text(location.description);
    if (description && description.length > 400)
      notes.push({
        field: 'locations',
        note: `Venue ${quote(name)}: its description was too long for the notes field, so it was left out: ${quote(description, 600)}`,
      });
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

/** Regular weekly sessions; anything else (monthly, in words only) becomes the times note. */
export function schedules(record: OrukService, nameBySalId: Map<string, string>, notes: Note[]) {
  const sessions: ServiceSession[] = [];
  const words: string[] = [];
  for (const schedule of record.schedules ?? []) {
    const codes = (schedule.byday ?? '')
      .split(',')
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean);
    const days = codes.map((c) => dayByCode[c]).filter(Boolean);
    const opens = clockTime(schedule.opens_at);
    const closes = clockTime(schedule.closes_at);
    const weekly = (schedule.freq ?? 'WEEKLY') === 'WEEKLY' && (schedule.interval ?? 1) === 1;
    const regular = weekly && days.length > 0 && days.length === codes.length && opens && closes && opens < closes;
    const description = text(schedule.description);
    if (!regular) {
      const said = [description, text(schedule.notes)].filter(Boolean).join(' ');
      if (said) words.push(said);
      else if (codes.length || opens)
        notes.push({
          field: 'schedule',
          note: `A schedule (${schedule.freq ?? 'no frequency'}, ${schedule.byday ?? 'no days'}, ${schedule.opens_at ?? '?'} to ${schedule.closes_at ?? '?'}) could not be read as regular weekly times. Add the times by hand.`,
        });
      continue;
    }
    // "Term time only" becomes termTimeOnly, so it is not repeated as a note.
    const note = /^term[- ]time only\.?$/i.test(text(schedule.notes) ?? '') ? undefined : text(schedule.notes);
    const session: ServiceSession = {
      days: weekdays.filter((d) => days.includes(d)),
      opens: opens!,
      closes: closes!,
      termTimeOnly: /\bterm[- ]time only\b/i.test(`${description ?? ''} ${schedule.notes ?? ''}`),
      ...(schedule.service_at_location_id &&
        nameBySalId.has(schedule.service_at_location_id) && { location: nameBySalId.get(schedule.service_at_location_id) }),
      ...(note && note.length <= 200 && { note }),
    };
    if (note && note.length > 200) words.push(note);
    // Our own export writes a description from the times; anything else is the publisher's words, kept as a note on times.
    if (description && description !== describeSession(session)) words.push(description);
    if (schedule.valid_from || schedule.valid_to)
      notes.push({
        field: 'schedule',
        note: `The record says these times run from ${schedule.valid_from ?? 'an open date'} to ${schedule.valid_to ?? 'an open date'}. Check they still apply.`,
      });
    sessions.push(session);
  }
  const joined = [...new Set(words)].join(' ');
  if (joined.length > 300)
    notes.push({
      field: 'scheduleNote',
      note: `The record describes its times in more words than fit; shorten them into the times note. It says: ${quote(joined, 600)}`,
    });
  return { sessions, scheduleNote: joined && joined.length <= 300 ? joined : undefined };
}

/** Whether it is free and what it costs, from our cost term or the cost options; undefined when the record does not say. */
export function cost(record: OrukService, costTerms: string[] | undefined, notes: Note[], hints: Hints): ServiceRecord['cost'] | undefined {
  const options = record.cost_options ?? [];
  const amounts = options.map((o) => o.amount).filter((a): a is number => typeof a === 'number');
  const described = options
    .map((o) => {
      const price = [o.amount !== undefined && o.amount > 0 ? `£${o.amount}` : undefined, text(o.amount_description)].filter(Boolean).join(' ');
      return price && text(o.option) ? `${price} (${o.option!.trim()})` : price || text(o.option);
    })
    .filter(Boolean);
  const free =
    costTerms?.length === 1 ? costTerms[0] === 'free' : amounts.length > 0 && amounts.length === options.length ? amounts.every((a) => a === 0) : undefined;
  if (free === undefined) {
    const words = [...described, text(record.fees)].filter(Boolean).join('; ');
    if (words) hints.cost = `The record says: ${quote(words, 300)}`;
    return undefined;
  }
  // Our own export writes one option whose description is the cost details; others may list several.
  const details = options.length === 1 && !options[0].option ? text(options[0].amount_description) : described.join('; ') || undefined;
  const charged = amounts.filter((a) => a > 0);
  if (details && details.length > 300)
    notes.push({ field: 'cost', note: `The cost details were too long to keep; summarise them. The record says: ${quote(details, 600)}` });
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

/** Phone, text phone, email and website that the content schema accepts; the rest is left out with a note. */
export function contact(record: OrukService, notes: Note[]): ServiceRecord['contact'] | undefined {
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
  if (phone && !found.phone)
    notes.push({ field: 'contact', note: `Phone number ${quote(phone.number)} is not a UK number in a form we can show, so it was left out.` });
  if (text(record.email) && !found.email)
    notes.push({ field: 'contact', note: `Email ${quote(record.email!)} is not a valid email address, so it was left out.` });
  if (text(record.url) && !found.website)
    notes.push({ field: 'contact', note: `Website ${quote(record.url!)} is not a full web address, so it was left out.` });
  const extra = phones.filter((p) => p !== phone && p !== textPhone);
  if (extra.length) notes.push({ field: 'contact', note: `The record has more phone numbers than we show: ${extra.map((p) => p.number).join(', ')}.` });
  const named = (record.contacts ?? []).filter((c) => c.name);
  if (named.length)
    notes.push({
      field: 'contact',
      note: `The record names ${named.length === 1 ? 'a contact' : `${named.length} contacts`}; the Local Offer does not publish staff names, so they were left out.`,
    });
  const defined = Object.fromEntries(Object.entries(found).filter(([, v]) => v)) as ServiceRecord['contact'] & object;
  return Object.keys(defined).length ? defined : undefined;
}
