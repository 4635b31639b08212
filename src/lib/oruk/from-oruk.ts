import type { ServiceRecord } from '../../schemas/service.ts';
import type { Organisation } from '../../schemas/organisation.ts';
import type { ReviewNote } from '../../schemas/review-notes.ts';
import { needAreas, needTags } from '../../data/needs.ts';
import { settingVocabularyKeys, type VocabularyKey } from './vocabularies.ts';
import { languageName } from './languages.ts';
import { emailSchema, firstSentences, isoDay, quote, text, textAfter, ukPhoneNumber, webAddress } from './import-values.ts';
import { ages, contact, cost, readAttributes, schedules, SkipRecord, venues, type Hints, type Note } from './import-parts.ts';
import type { OrukOrganization, OrukService } from './types.ts';

export { SkipRecord };

/**
 * Open Referral UK records as our content, for `npm run import`. Pure: it
 * says what the record gives us and what a navigator must check; merge.ts
 * decides what to keep from the local copy. Anything it cannot map honestly
 * it leaves out and explains in a review note, rather than guessing.
 */

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
  hints: Hints;
}

export interface ImportedOrganisation {
  id: string;
  facts: Partial<Organisation>;
  suggestions: Partial<Organisation>;
  notes: ReviewNote<keyof Organisation>[];
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

  // Our own open data publishes each school, nursery and college as a service too; those come from GIAS, not from here.
  if ([...readAttributes(record.attributes).ours.keys()].some((key) => settingVocabularyKeys.includes(key))) {
    throw new SkipRecord(
      'it is a school, nursery or college (it has a setting kind or phase term): settings are imported from a GIAS extract with npm run import -- file.csv',
    );
  }
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
    notes.push({
      field: 'summary',
      note: 'The summary was taken from the start of the description. Check it says what the service is and who it helps in one or two plain sentences.',
    });
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
  else if (eligibility) hints.eligibility = `The record says: ${quote(eligibility, 600)}`;

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
  else if (steps.length) hints.access = `The record says: ${quote(steps.join(' '), 600)}`;

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
  if (named.length > languages.length)
    notes.push({ field: 'languages', note: 'The record lists languages without saying which. Check the languages it is offered in.' });

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
    facts.description = firstSentences(description, 500, 20);
    notes.push({
      field: 'description',
      note: 'The description was longer than 500 characters, so only its first sentences were kept. Check it still makes sense.',
    });
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
