import { requiredUnlessNoted, serviceFields, type ServiceRecord } from '../../schemas/service.ts';
import { organisationFields, type Organisation } from '../../schemas/organisation.ts';
import type { ReviewNote } from '../../schemas/review-notes.ts';
import type { ImportedOrganisation, ImportedService } from './from-oruk.ts';

/**
 * Combines an imported record with the local file of the same id. The record
 * wins on facts it holds (name, ages, venues...); the Local Offer's own fields
 * (tier, needs, topics, how to get it...) are only ever filled in where the
 * local file has none, so a re-import never undoes a navigator's work.
 */

/** The note written on an empty required field; a re-import recognises it by this start and removes it once the field is filled. */
export const emptyServiceFieldNotes: Record<keyof typeof requiredUnlessNoted, string> = {
  tier: 'Choose the tier: universal, targeted or specialist.',
  needs: 'Choose the areas of need it helps with.',
  topics: 'Choose the Local Offer topics it belongs to.',
  eligibility: 'Write who can use it.',
  access: 'Say how to get it: the route and the steps.',
  cost: 'Say whether it is free and, if not, what it costs.',
  contact: 'Add a phone number, email or website: the record has none we can show.',
  delivery: 'Choose how it is delivered: in person, online, by phone or home visits.',
  lastReviewed: 'Check the details with the service and enter the date you checked them.',
  reviewOwner: 'Enter the job title of the person who keeps this record up to date.',
};

export const emptyOrganisationFieldNotes = {
  kind: 'Choose what kind of organisation it is: council, NHS, school, charity, community group or business.',
};

/** Fields that a record clears by leaving them out: a stale alert or times note would mislead families. */
const clearable = new Set(['statusNote', 'scheduleNote']);

const isEmpty = (value: unknown) => value === undefined || (Array.isArray(value) && value.length === 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface MergeRules<F extends string> {
  fieldOrder: readonly string[];
  emptyNotes: Record<string, string>;
  hints?: Partial<Record<F, string>>;
}

function mergeRecord<F extends string>(
  before: Record<string, unknown> | undefined,
  imported: { id: string; facts: object; suggestions: object; notes: ReviewNote<F>[] },
  rules: MergeRules<F>,
  bodyChanged: boolean,
): Record<string, unknown> {
  const data: Record<string, unknown> = before ? structuredClone(before) : { id: imported.id };
  for (const [key, value] of Object.entries(imported.facts)) {
    if (value === undefined) {
      if (clearable.has(key)) delete data[key];
    } else if (key === 'contact' && before?.contact) {
      // Keep a phone or website a navigator added when the record gives only an email.
      data.contact = { ...(before.contact as object), ...value };
    } else {
      data[key] = value;
    }
  }
  for (const [key, value] of Object.entries(imported.suggestions)) if (!isEmpty(value) && isEmpty(data[key])) data[key] = value;

  const changed = (field: string) => !before || (field === 'description' ? bodyChanged : !same(before[field], data[field]));
  const staleEmptyNote = (n: ReviewNote) => rules.emptyNotes[n.field] && n.note.startsWith(rules.emptyNotes[n.field]) && !isEmpty(data[n.field]);
  const notes: ReviewNote[] = ((before?.reviewNotes as ReviewNote[] | undefined) ?? []).filter((n) => !staleEmptyNote(n));
  for (const note of imported.notes) if (changed(note.field)) notes.push(note);
  for (const field of Object.keys(rules.emptyNotes)) {
    if (isEmpty(data[field]) && !notes.some((n) => n.field === field)) {
      const hint = rules.hints?.[field as F];
      notes.push({ field, note: hint ? `${rules.emptyNotes[field]} ${hint}` : rules.emptyNotes[field] });
    }
  }
  const unique = notes.filter((n, i) => notes.findIndex((m) => m.field === n.field && m.note === n.note) === i);
  const position = (field: string) => rules.fieldOrder.indexOf(field);
  data.reviewNotes = unique
    .map((n, i) => ({ n, i }))
    .sort((a, b) => position(a.n.field) - position(b.n.field) || a.i - b.i)
    .map(({ n }) => n);
  return data;
}

/** The service file to write: frontmatter data (not yet checked against the schema) and the text under it. */
export function mergeService(
  local: { data: ServiceRecord; body: string } | undefined,
  imported: ImportedService,
): { data: Record<string, unknown>; body: string } {
  const body = imported.body ?? local?.body ?? '';
  const bodyChanged = !local || local.body.trim() !== body.trim();
  const data = mergeRecord(local?.data, imported, { fieldOrder: serviceFields, emptyNotes: emptyServiceFieldNotes, hints: imported.hints }, bodyChanged);
  return { data, body };
}

export function mergeOrganisation(local: Organisation | undefined, imported: ImportedOrganisation): Record<string, unknown> {
  return mergeRecord(local, imported, { fieldOrder: organisationFields, emptyNotes: emptyOrganisationFieldNotes }, false);
}
