import { z } from 'astro/zod';
import { baseTypes, designatedNeeds, placeRoutes, settingKinds, settingPhases } from '../data/education-settings.ts';
import { settingQuestions } from '../data/setting-questions.ts';
import { minAge, maxAge } from '../data/age-bands.ts';
import { calendarDate, emailAddress, mustBeOneOf, phoneNumber, plainText, stableId, webAddress } from './shared.ts';
import { addressSchema } from './service.ts';
import { fieldNames, reviewNotesSchema, withRequiredUnlessNoted } from './review-notes.ts';

/**
 * A school, nursery or college: one file in content/schools/ (the folder is
 * not content/settings/, which already holds the site settings, site.yaml).
 * Schedule 2 of the SEND Regulations 2014 says what the Local Offer must say
 * about each one; GIAS (`npm run import -- file.csv`) fills in what the
 * Department for Education holds, and a navigator adds the rest.
 */

const age = z
  .number({ error: 'must be an age in whole years' })
  .int()
  .min(minAge)
  .max(maxAge, { error: `must be ${maxAge} or under` });
const slug = (what: string) => z.string().regex(/^[a-z0-9-]+$/, { error: `must be the file name of ${what}, without .md` });
const answer = plainText('Answer', 20, 2000).optional();

/** Fields an import may leave for a navigator (GIAS does not hold them), and the message when one is empty without a note. */
export const settingRequiredUnlessNoted = {
  summary: 'Summary is missing: say in one or two sentences who the setting is for',
  senco: "give the SENCo's job title and a phone number or email",
  senInformationReport: "give the web address of the setting's SEN information report",
  answers: 'answer at least one of the questions for families',
  lastReviewed: 'must be a date written as YYYY-MM-DD, for example 2026-03-14',
  reviewOwner: 'Review owner is missing',
} as const;

const questionAnswers = Object.fromEntries(settingQuestions.map((q) => [q, answer])) as Record<(typeof settingQuestions)[number], typeof answer>;

const settingObject = z.strictObject({
  /** Stable identifier shared with Open Referral UK (the setting's organization id); never change it. */
  id: stableId.meta({ hint: 'Made for you: it links this setting to the open data other websites use. It never changes.' }),
  /** The Department for Education's unique reference number (GIAS URN): how `npm run import` matches a GIAS row to this file. */
  urn: z
    .string()
    .regex(/^\d{6}$/, { error: 'must be the six-digit URN from Get Information about Schools, such as 990001' })
    .optional()
    .meta({ hint: "The Department for Education's unique reference number (URN) for the setting, from Get Information about Schools." }),
  /** The name families know it by. */
  name: plainText('Name', 3, 120).meta({ hint: 'The name families know it by.' }),
  /** What kind of setting it is (mainstream, special school, ...). */
  kind: z.enum(settingKinds, { error: mustBeOneOf(settingKinds) }).meta({ hint: 'What kind of setting it is (mainstream, special school, ...).' }),
  /** Phase of education, as GIAS gives it; all-through settings also appear under the all-through filter. */
  phase: z
    .enum(settingPhases, { error: mustBeOneOf(settingPhases) })
    .meta({ hint: 'Phase of education, as GIAS gives it; all-through settings also appear under the all-through filter.' }),
  /** The official type, e.g. "Academy converter", "Community school", "Day nursery". */
  establishmentType: plainText('Type of establishment', 3, 80)
    .optional()
    .meta({ hint: 'The official type, e.g. "Academy converter", "Community school", "Day nursery".' }),
  /** One or two plain sentences: who it is for and what it is like. Shown in lists and search. */
  summary: plainText('Summary', 20, 300).optional().meta({ hint: 'One or two plain sentences: who it is for and what it is like. Shown in lists and search.' }),
  /** Youngest and oldest age it teaches, in whole years. */
  ageRange: z
    .strictObject({
      /** Youngest age it serves, in whole years (0 for babies). */
      min: age.meta({ hint: 'Youngest age it serves, in whole years (0 for babies).' }),
      /** Oldest age it serves, in whole years (25 at most). */
      max: age.meta({ hint: 'Oldest age it serves, in whole years (25 at most).' }),
    })
    .refine((a) => a.min <= a.max, { error: 'the youngest age must not be more than the oldest age', path: ['max'] })
    .meta({ hint: 'Youngest and oldest age it teaches, in whole years.' }),
  /** For a special school or specialist setting: the needs it is designated for (GIAS SEN provision types). */
  designatedNeeds: z
    .array(z.enum(designatedNeeds, { error: mustBeOneOf(designatedNeeds) }))
    .default([])
    .meta({ hint: 'For a special school or specialist setting: the needs it is designated for (GIAS SEN provision types).' }),
  /** For a special school or specialist setting: how many places it has. */
  places: z
    .number({ error: 'must be a whole number of places' })
    .int()
    .positive()
    .optional()
    .meta({ hint: 'For a special school or specialist setting: how many places it has.' }),
  /** An inclusion base (resourced provision or SEN unit) that is part of this mainstream school. */
  inclusionBase: z
    .strictObject({
      /** Resourced provision or SEN unit (GIAS TypeOfResourcedProvision). */
      type: z.enum(baseTypes, { error: mustBeOneOf(baseTypes) }).meta({ hint: 'Resourced provision or SEN unit (GIAS TypeOfResourcedProvision).' }),
      /** The name the school uses, e.g. "The Harbour (autism base)". */
      name: plainText('Base name', 3, 120).optional().meta({ hint: 'The name the school uses, e.g. "The Harbour (autism base)".' }),
      /** The needs its places are designated for. */
      needs: z
        .array(z.enum(designatedNeeds))
        .min(1, { error: 'choose the need the base is designated for' })
        .meta({ hint: 'The needs its places are designated for.' }),
      /** How many designated places it has. */
      places: z.number({ error: 'must be a whole number of places' }).int().positive().optional().meta({ hint: 'How many designated places it has.' }),
      /** What the base offers, in plain words. */
      description: plainText('Base description', 20, 800).optional().meta({ hint: 'What the base offers, in plain words.' }),
    })
    .optional()
    .meta({ hint: 'An inclusion base (resourced provision or SEN unit) that is part of this mainstream school.' }),
  /** How a family gets a place: school admissions, applying to the setting, through an EHC plan, or arranged by the council. */
  placeRoute: z
    .enum(placeRoutes, { error: mustBeOneOf(placeRoutes) })
    .meta({ hint: 'How a family gets a place: school admissions, applying to the setting, through an EHC plan, or arranged by the council.' }),
  /** For a setting outside our area: the council area it is in, e.g. "Eastvale". Leave out for settings in our area. */
  outsideArea: plainText('Area it is in', 2, 60)
    .optional()
    .meta({ hint: 'For a setting outside our area: the council area it is in, e.g. "Eastvale". Leave out for settings in our area.' }),
  /** True when it is on the Department for Education's approved list of independent special schools and specialist colleges (section 41). */
  section41: z.boolean().default(false).meta({
    hint: "Switch on if it is on the Department for Education's approved list of independent special schools and specialist colleges (section 41).",
  }),
  /** Where it is. */
  address: addressSchema.meta({ hint: 'Where it is.' }),
  /** The setting's own contact details: at least one of phone, email or website. */
  contact: z
    .strictObject({
      /** Main office phone number. */
      phone: phoneNumber.optional().meta({ hint: 'Main office phone number.' }),
      /** Office email address (example.org in demo content). */
      email: emailAddress.optional().meta({ hint: 'Office email address (example.org in demo content).' }),
      /** The setting's website. */
      website: webAddress.optional().meta({ hint: "The setting's website." }),
    })
    .refine((c) => c.phone || c.email || c.website, { error: 'give at least one of phone, email or website' })
    .meta({ hint: "The setting's own contact details: at least one of phone, email or website." }),
  /** Who leads on SEN and how to reach them: a job title, never a person's name (names change and are personal data). */
  senco: z
    .strictObject({
      /** Job title, e.g. "SENCo" or "Head of learning support". */
      role: plainText('SENCo job title', 3, 80).meta({ hint: 'Job title, e.g. "SENCo" or "Head of learning support".' }),
      /** Phone number to reach them. */
      phone: phoneNumber.optional().meta({ hint: 'Phone number to reach them.' }),
      /** Email address to reach them. */
      email: emailAddress.optional().meta({ hint: 'Email address to reach them.' }),
    })
    .refine((s) => s.phone || s.email, { error: 'give a phone number or an email for the SENCo' })
    .optional()
    .meta({ hint: "Who leads on SEN and how to reach them: a job title, never a person's name (names change and are personal data)." }),
  /** The setting's own SEN information report (schools must publish one). */
  senInformationReport: webAddress.optional().meta({ hint: "The setting's own SEN information report (schools must publish one)." }),
  /** The setting's accessibility plan. */
  accessibilityPlan: webAddress.optional().meta({ hint: "The setting's accessibility plan." }),
  /** The setting's answers to the questions families ask (Schedule 2), in its own plain words. Leave out any it has not answered. */
  answers: z
    .strictObject(questionAnswers)
    .refine((a) => Object.values(a).some(Boolean), { error: 'answer at least one of the questions for families' })
    .optional()
    .meta({ hint: "The setting's answers to the questions families ask, in its own plain words. Leave out any it has not answered." }),
  /** File names (in content/services) of services that work in this setting: outreach, therapies, the base itself. */
  services: z.array(slug('a service')).default([]).meta({
    label: 'Services that work here',
    hint: 'The outreach team, the inclusion base, therapies: services a family may meet at this setting.',
    references: 'services',
  }),
  /** File name (in content/organisations) when the setting is also an organisation there (it runs services of its own): the open data then publishes one organization, not two. */
  organisation: slug('an organisation').optional().meta({
    label: 'Also listed as an organisation',
    hint: 'Only if the setting runs services of its own and is under Organisations too (a special school with an outreach team, a college).',
    references: 'organisations',
  }),
  /** The date someone last checked this information with the setting. */
  lastReviewed: calendarDate.optional().meta({ hint: 'The date someone last checked this information with the setting.' }),
  /** The job title responsible for keeping it up to date (not a person's name). */
  reviewOwner: plainText('Review owner', 3, 120).optional().meta({ hint: "The job title responsible for keeping it up to date (not a person's name)." }),
  /** Words parents might search for that are not in the text, e.g. the school's old name. */
  keywords: z.array(z.string().min(2)).default([]).meta({ hint: "Words parents might search for that are not in the text, e.g. the school's old name." }),
});

/** Every setting field, in file order: review notes name one of these. */
export const settingFields = fieldNames(settingObject.shape);

export const settingSchema = withRequiredUnlessNoted(
  settingObject.extend({
    /** Left by `npm run import`: fields a navigator must fill in or check. Delete each note when done. */
    reviewNotes: reviewNotesSchema(settingFields).meta({
      hint: 'Left when this setting was brought in from another list: what to fill in or check. Delete each note when done.',
    }),
  }),
  settingRequiredUnlessNoted,
)
  .refine((s) => !s.inclusionBase || s.kind === 'mainstream', { error: 'only a mainstream setting can have an inclusion base', path: ['inclusionBase'] })
  .refine((s) => s.kind !== 'special-school' || s.placeRoute === 'ehc-plan', {
    error: 'places at a special school are offered through an EHC plan: use ehc-plan',
    path: ['placeRoute'],
  });

/** A setting file as navigators and the import write it. */
export type EducationSetting = z.infer<typeof settingSchema>;
