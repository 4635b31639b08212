import { z } from 'astro/zod';
import { tiers } from '../data/tiers.ts';
import { needAreas, needTags } from '../data/needs.ts';
import { topics } from '../data/topics.ts';
import { adulthoodOutcomes } from '../data/adulthood.ts';
import { accessRoutes, serviceStatuses, accessFeatures, weekdays, deliveryModes } from '../data/access.ts';
import { minAge, maxAge } from '../data/age-bands.ts';
import { calendarDate, emailAddress, mustBeOneOf, phoneNumber, plainText, stableId, webAddress } from './shared.ts';
import { fieldNames, reviewNotesSchema, withRequiredUnlessNoted } from './review-notes.ts';
import { videoSchema } from './video.ts';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a 24-hour time such as 09:30' });
const age = z
  .number({ error: 'must be an age in whole years' })
  .int()
  .min(minAge)
  .max(maxAge, { error: `must be ${maxAge} or under` });

export const addressSchema = z.strictObject({
  /** Building number and street, shown on the service page and printed. */
  street: plainText('Street', 3, 120).meta({ hint: 'Building number and street, shown on the service page and printed.' }),
  /** Town or district within the area. */
  town: plainText('Town', 2, 60).meta({ hint: 'Town or district.' }),
  /** County or council area the venue is in (Open Referral's state_province). */
  county: plainText('County', 2, 60).meta({ hint: 'County or council area the venue is in.' }),
  /** Postcode, in capitals with a space, e.g. AB1 2CD. */
  postcode: z
    .string()
    .regex(/^[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}$/, { error: 'must be a postcode in capitals with a space, such as AB1 2CD' })
    .meta({ hint: 'Postcode, so families can find it on a map.' }),
});

export const locationSchema = z.strictObject({
  /** Name of the venue as people know it, e.g. "Riverside Family Hub". */
  name: plainText('Venue name', 3, 120).meta({ hint: 'Name of the venue as people know it, e.g. "Riverside Family Hub".' }),
  /** Where the venue is. */
  address: addressSchema.meta({ hint: 'Where the venue is.' }),
  /** Access features of this venue (step-free, hearing loop, quiet room...). */
  accessFeatures: z.array(z.enum(accessFeatures)).default([]).meta({ hint: 'Access features of this venue (step-free, hearing loop, quiet room...).' }),
  /** Anything else a visitor should know: parking, which door, bus routes. */
  notes: z.string().max(400).optional().meta({ hint: 'Anything else a visitor should know: parking, which door, bus routes.' }),
});

export const sessionSchema = z
  .strictObject({
    /** Days of the week this session runs. */
    days: z.array(z.enum(weekdays)).min(1, { error: 'choose at least one day' }).meta({ hint: 'Days of the week this session runs.' }),
    /** Start time, 24-hour clock. */
    opens: clockTime.meta({ hint: 'Start time, 24-hour clock.' }),
    /** End time, 24-hour clock. */
    closes: clockTime.meta({ hint: 'End time, 24-hour clock.' }),
    /** True when it does not run in school holidays. */
    termTimeOnly: z.boolean().default(false).meta({ hint: 'Switch on if it does not run in school holidays.' }),
    /** Name of the venue (from locations) where this session happens, if more than one. */
    location: z.string().optional().meta({ hint: 'If it runs at more than one venue: the name of the venue for this session, as written under Venues.' }),
    /** A short note such as "drop-in, no need to book". */
    note: z.string().max(200).optional().meta({ hint: 'A short note such as "drop-in, no need to book".' }),
  })
  .refine((s) => s.opens < s.closes, { error: 'the closing time must be after the opening time', path: ['closes'] });

/** Fields an import may leave empty for a navigator, and the message when one is empty without a note. The CMS editor still requires them. */
export const requiredUnlessNoted = {
  tier: mustBeOneOf(tiers),
  needs: 'choose at least one area of need',
  topics: 'choose at least one topic',
  eligibility: 'Eligibility is missing',
  access: 'say how to get it: the route and at least one step',
  cost: 'say whether it is free',
  contact: 'give at least one of phone, email or website',
  delivery: 'choose at least one way it is delivered',
  lastReviewed: 'must be a date written as YYYY-MM-DD, for example 2026-03-14',
  reviewOwner: 'Review owner is missing',
} as const;

/** Without these a family cannot judge or reach the service, so it stays off the site until they are filled in. */
export const familyFacingFields = ['tier', 'needs', 'topics', 'eligibility', 'access', 'cost', 'contact', 'delivery', 'lastReviewed'] as const;
type FamilyFacingField = (typeof familyFacingFields)[number];

const serviceObject = z.strictObject({
  /** Stable identifier shared with Open Referral UK; never change it. */
  id: stableId.meta({ hint: 'Made for you: it links this service to the open data other websites use. It never changes.' }),
  /** The name families will recognise. */
  name: plainText('Name', 3, 120).meta({ hint: 'The name families will recognise.' }),
  /** Whether families can use it now (ORUK status). */
  status: z.enum(serviceStatuses).default('active').meta({ hint: 'Whether families can use it now.' }),
  /** Why it is closed or inactive, and when it may reopen. */
  statusNote: z.string().max(300).optional().meta({ hint: 'Why it is closed or inactive, and when it may reopen.' }),
  /** File name (without .md) of the organisation that runs it, in content/organisations. */
  organisation: z
    .string()
    .regex(/^[a-z0-9-]+$/, { error: 'must be the file name of an organisation, such as city-council' })
    .meta({ hint: 'The organisation that runs it.', references: 'organisations' }),
  /** One or two plain sentences: what it is and who it helps. Shown in lists and search. */
  summary: plainText('Summary', 20, 300).meta({ hint: 'One or two plain sentences: what it is and who it helps. Shown in lists and search.' }),
  /** Graduated approach tier: universal, targeted or specialist. */
  tier: z
    .enum(tiers, { error: mustBeOneOf(tiers) })
    .optional()
    .meta({ hint: 'Graduated approach tier: universal, targeted or specialist.' }),
  /** Broad areas of need it helps with (SEND Code of Practice 6.28). */
  needs: z
    .array(z.enum(needAreas))
    .min(1, { error: 'choose at least one area of need' })
    .optional()
    .meta({ hint: 'The broad areas of need it helps with, as the SEND Code of Practice groups them.' }),
  /** Finer needs it specialises in, such as autism or hearing. */
  needTags: z.array(z.enum(needTags)).default([]).meta({ hint: 'Finer needs it specialises in, such as autism or hearing.' }),
  /** Which parts of the Local Offer (Schedule 2) it belongs to. */
  topics: z.array(z.enum(topics)).min(1, { error: 'choose at least one topic' }).optional().meta({ hint: 'Which parts of the Local Offer it belongs to.' }),
  /** Preparing for Adulthood outcomes it supports, for ages 14 and over. */
  adulthoodOutcomes: z.array(z.enum(adulthoodOutcomes)).default([]).meta({ hint: 'Preparing for Adulthood outcomes it supports, for ages 14 and over.' }),
  /** Youngest and oldest age it serves, in whole years. */
  ageRange: z
    .strictObject({
      /** Youngest age it serves, in whole years (0 for babies). */
      min: age.meta({ hint: 'Youngest age it serves, in whole years (0 for babies).' }),
      /** Oldest age it serves, in whole years (25 at most). */
      max: age.meta({ hint: 'Oldest age it serves, in whole years (25 at most).' }),
    })
    .refine((a) => a.min <= a.max, { error: 'the youngest age must not be more than the oldest age', path: ['max'] })
    .meta({ hint: 'Youngest and oldest age it serves, in whole years.' }),
  /** Who can use it, in plain words (diagnosis not needed, lives in the area, ...). */
  eligibility: plainText('Eligibility', 10, 600)
    .optional()
    .meta({ hint: 'Who can use it, in plain words, e.g. "Any family with a child under 5. No diagnosis needed."' }),
  /** How to get it: the route and the steps a family takes. */
  access: z
    .strictObject({
      /** Self-referral, referral by a professional, or EHC plan needed. */
      route: z.enum(accessRoutes, { error: mustBeOneOf(accessRoutes) }).meta({ hint: 'Self-referral, referral by a professional, or EHC plan needed.' }),
      /** Numbered steps, each one plain sentence. */
      steps: z
        .array(plainText('Step', 5, 300))
        .min(1, { error: 'add at least one step' })
        .meta({ hint: 'Numbered steps, each one plain sentence.' }),
    })
    .optional()
    .meta({ hint: 'How to get it: the route and the steps a family takes.' }),
  /** Whether it is free and, if not, what it costs. */
  cost: z
    .strictObject({
      /** True when families pay nothing. */
      free: z.boolean().meta({ hint: 'Switch on if families pay nothing.' }),
      /** What it costs and any help with costs, e.g. "£3 a session, free with a Max Card". */
      details: z.string().max(300).optional().meta({ hint: 'What it costs and any help with costs, e.g. "£3 a session, free with a Max Card".' }),
      /** Price in pounds for one session or item, for open data (ORUK cost_option). */
      amount: z.number().nonnegative().optional().meta({ hint: 'If it has one price: the price in pounds for one session or item, e.g. 3.50.' }),
    })
    .refine((c) => c.free || (c.details && c.details.length > 0), { error: 'say what it costs when it is not free', path: ['details'] })
    .optional()
    .meta({ hint: 'Whether it is free and, if not, what it costs.' }),
  /** How to get in touch: at least one of phone, email or website. */
  contact: z
    .strictObject({
      /** Main phone number, shown as a tap-to-call link. */
      phone: phoneNumber.optional().meta({ hint: 'Main phone number, shown as a tap-to-call link.' }),
      /** Text phone or SMS number for deaf families. */
      textPhone: phoneNumber.optional().meta({ hint: 'Text phone or SMS number for deaf families.' }),
      /** Email address (example.org in demo content). */
      email: emailAddress.optional().meta({ hint: 'Email address.' }),
      /** Website with more information or an online form. */
      website: webAddress.optional().meta({ hint: 'Website with more information or an online form.' }),
    })
    .refine((c) => c.phone || c.email || c.website, { error: 'give at least one of phone, email or website' })
    .optional()
    .meta({ hint: 'How to get in touch: at least one of phone, email or website.' }),
  /** How it is delivered: in person, online, by phone or home visits. */
  delivery: z
    .array(z.enum(deliveryModes))
    .min(1, { error: 'choose at least one way it is delivered' })
    .optional()
    .meta({ hint: 'How it is delivered: in person, online, by phone or home visits.' }),
  /** Venues where it runs. */
  locations: z.array(locationSchema).default([]).meta({ hint: 'Venues where it runs.' }),
  /** Regular sessions or opening times. */
  schedule: z.array(sessionSchema).default([]).meta({ hint: 'Regular sessions or opening times.' }),
  /** Times in words when they are not regular, e.g. "Appointments on weekdays". */
  scheduleNote: z.string().max(300).optional().meta({ hint: 'Times in words when they are not regular, e.g. "Appointments on weekdays".' }),
  /** Languages it can be offered in, including British Sign Language. */
  languages: z.array(z.string().min(2)).default(['English']).meta({ hint: 'Languages it can be offered in, including British Sign Language.' }),
  /** Access features of the service itself (BSL, easy read, interpreters...). */
  accessFeatures: z.array(z.enum(accessFeatures)).default([]).meta({ hint: 'Access features of the service itself (BSL, easy read, interpreters...).' }),
  /** The date someone last checked this information with the service. */
  lastReviewed: calendarDate.optional().meta({ hint: 'The date someone last checked this information with the service.' }),
  /** The job title responsible for keeping it up to date (not a person's name). */
  reviewOwner: plainText('Review owner', 3, 120).optional().meta({ hint: "The job title responsible for keeping it up to date (not a person's name)." }),
  /** A set date for the next check, if sooner than 12 months. */
  nextReviewDue: calendarDate.optional().meta({ hint: 'A set date for the next check, if sooner than 12 months.' }),
  /** Words parents might search for that are not in the text. */
  keywords: z.array(z.string().min(2)).default([]).meta({ hint: 'Words parents might search for that are not in the text.' }),
  /** A short video about the service, with required captions and a transcript. */
  video: videoSchema.optional().meta({ hint: 'A short video about the service, with required captions and a transcript.' }),
});

/** Every service field a review note can name, in file order: the shape's, with the Markdown body (`description`) after the summary; not the video, which an import never brings. */
export const serviceFields = fieldNames(serviceObject.shape, { except: ['video'], body: { name: 'description', after: 'summary' } });

export const serviceSchema = withRequiredUnlessNoted(
  serviceObject.extend({
    /** Left by `npm run import`: fields a navigator must fill in or check. Delete each note when done; an empty required field keeps the service off the site. */
    reviewNotes: reviewNotesSchema(serviceFields).meta({
      hint: 'Left when this service was brought in from another list: what to fill in or check. Delete each note when done. A service with an empty required field stays off the website.',
    }),
  }),
  requiredUnlessNoted,
)
  .refine((s) => !s.delivery?.includes('in-person') || s.locations.length > 0, {
    error: 'add at least one venue for a service delivered in person',
    path: ['locations'],
  })
  .refine((s) => s.schedule.every((x) => !x.location || s.locations.some((l) => l.name === x.location)), {
    error: 'each session location must be the name of one of the venues',
    path: ['schedule'],
  });

/** A service file as navigators and the import write it; an imported one may still have empty fields. */
export type ServiceRecord = z.infer<typeof serviceSchema>;

/** A service ready for families: every required field is filled in (see `isReadyToPublish`). */
export type Service = ServiceRecord & { [K in FamilyFacingField]-?: NonNullable<ServiceRecord[K]> };

/** True when nothing a family needs is missing, so the service can go on the site and into open data. */
export function isReadyToPublish(record: ServiceRecord): record is Service {
  return familyFacingFields.every((field) => record[field] !== undefined);
}
export type ServiceLocation = z.infer<typeof locationSchema>;
export type ServiceSession = z.infer<typeof sessionSchema>;
