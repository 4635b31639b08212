import { z } from 'astro/zod';
import { tiers } from '../data/tiers.ts';
import { needAreas, needTags } from '../data/needs.ts';
import { topics } from '../data/topics.ts';
import { adulthoodOutcomes } from '../data/adulthood.ts';
import { accessRoutes, serviceStatuses, accessFeatures, weekdays, deliveryModes } from '../data/access.ts';
import { minAge, maxAge } from '../data/age-bands.ts';
import { calendarDate, emailAddress, phoneNumber, plainText, stableId, webAddress } from './shared.ts';
import { reviewNotesSchema, withRequiredUnlessNoted } from './review-notes.ts';
import { videoSchema } from './video.ts';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a 24-hour time such as 09:30' });
const age = z.number({ error: 'must be an age in whole years' }).int().min(minAge).max(maxAge, { error: `must be ${maxAge} or under` });

export const addressSchema = z.strictObject({
  /** Building number and street, shown on the service page and printed. */
  street: plainText('Street', 3, 120),
  /** Town or district within Northbridge. */
  town: plainText('Town', 2, 60),
  /** County or council area the venue is in, e.g. Northbridge (Open Referral's state_province). */
  county: plainText('County', 2, 60),
  /** Postcode; Northbridge demo postcodes use the fictional NB area (see README). */
  postcode: z.string().regex(/^[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}$/, { error: 'must be a postcode in capitals with a space, such as NB1 4AA' }),
});

export const locationSchema = z.strictObject({
  /** Name of the venue as people know it, e.g. "Riverside Family Hub". */
  name: plainText('Venue name', 3, 120),
  /** Where the venue is. */
  address: addressSchema,
  /** Access features of this venue (step-free, hearing loop, quiet room...). */
  accessFeatures: z.array(z.enum(accessFeatures)).default([]),
  /** Anything else a visitor should know: parking, which door, bus routes. */
  notes: z.string().max(400).optional(),
});

export const sessionSchema = z
  .strictObject({
    /** Days of the week this session runs. */
    days: z.array(z.enum(weekdays)).min(1, { error: 'choose at least one day' }),
    /** Start time, 24-hour clock. */
    opens: clockTime,
    /** End time, 24-hour clock. */
    closes: clockTime,
    /** True when it does not run in school holidays. */
    termTimeOnly: z.boolean().default(false),
    /** Name of the venue (from locations) where this session happens, if more than one. */
    location: z.string().optional(),
    /** A short note such as "drop-in, no need to book". */
    note: z.string().max(200).optional(),
  })
  .refine((s) => s.opens < s.closes, { error: 'the closing time must be after the opening time', path: ['closes'] });

/** Every service field, in file order: review notes name one of these. */
export const serviceFields = [
  'id', 'name', 'status', 'statusNote', 'organisation', 'summary', 'description', 'tier', 'needs', 'needTags', 'topics',
  'adulthoodOutcomes', 'ageRange', 'eligibility', 'access', 'cost', 'contact', 'delivery', 'locations', 'schedule',
  'scheduleNote', 'languages', 'accessFeatures', 'lastReviewed', 'reviewOwner', 'nextReviewDue', 'keywords',
] as const;

/** Fields an import may leave empty for a navigator, and the message when one is empty without a note. The CMS editor still requires them. */
export const requiredUnlessNoted = {
  tier: 'must be one of: universal, targeted, specialist',
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

export const serviceSchema = withRequiredUnlessNoted(
  z.strictObject({
    /** Stable identifier shared with Open Referral UK; never change it. */
    id: stableId,
    /** The name families will recognise. */
    name: plainText('Name', 3, 120),
    /** Whether families can use it now (ORUK status). */
    status: z.enum(serviceStatuses).default('active'),
    /** Why it is closed or inactive, and when it may reopen. */
    statusNote: z.string().max(300).optional(),
    /** File name (without .md) of the organisation that runs it, in content/organisations. */
    organisation: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be the file name of an organisation, such as northbridge-council' }),
    /** One or two plain sentences: what it is and who it helps. Shown in lists and search. */
    summary: plainText('Summary', 20, 300),
    /** Graduated approach tier: universal, targeted or specialist. */
    tier: z.enum(tiers, { error: 'must be one of: universal, targeted, specialist' }).optional(),
    /** Broad areas of need it helps with (SEND Code of Practice 6.28). */
    needs: z.array(z.enum(needAreas)).min(1, { error: 'choose at least one area of need' }).optional(),
    /** Finer needs it specialises in, such as autism or hearing. */
    needTags: z.array(z.enum(needTags)).default([]),
    /** Which parts of the Local Offer (Schedule 2) it belongs to. */
    topics: z.array(z.enum(topics)).min(1, { error: 'choose at least one topic' }).optional(),
    /** Preparing for Adulthood outcomes it supports, for ages 14 and over. */
    adulthoodOutcomes: z.array(z.enum(adulthoodOutcomes)).default([]),
    /** Youngest and oldest age it serves, in whole years. */
    ageRange: z
      .strictObject({
        /** Youngest age it serves, in whole years (0 for babies). */
        min: age,
        /** Oldest age it serves, in whole years (25 at most). */
        max: age,
      })
      .refine((a) => a.min <= a.max, { error: 'the youngest age must not be more than the oldest age', path: ['max'] }),
    /** Who can use it, in plain words (diagnosis not needed, lives in Northbridge, ...). */
    eligibility: plainText('Eligibility', 10, 600).optional(),
    /** How to get it: the route and the steps a family takes. */
    access: z
      .strictObject({
        /** Self-referral, referral by a professional, or EHC plan needed. */
        route: z.enum(accessRoutes, { error: 'must be one of: self-referral, professional-referral, ehcp-needed' }),
        /** Numbered steps, each one plain sentence. */
        steps: z.array(plainText('Step', 5, 300)).min(1, { error: 'add at least one step' }),
      })
      .optional(),
    /** Whether it is free and, if not, what it costs. */
    cost: z
      .strictObject({
        /** True when families pay nothing. */
        free: z.boolean(),
        /** What it costs and any help with costs, e.g. "£3 a session, free with a Max Card". */
        details: z.string().max(300).optional(),
        /** Price in pounds for one session or item, for open data (ORUK cost_option). */
        amount: z.number().nonnegative().optional(),
      })
      .refine((c) => c.free || (c.details && c.details.length > 0), { error: 'say what it costs when it is not free', path: ['details'] })
      .optional(),
    /** How to get in touch: at least one of phone, email or website. */
    contact: z
      .strictObject({
        /** Main phone number, shown as a tap-to-call link. */
        phone: phoneNumber.optional(),
        /** Text phone or SMS number for deaf families. */
        textPhone: phoneNumber.optional(),
        /** Email address (example.org in demo content). */
        email: emailAddress.optional(),
        /** Website with more information or an online form. */
        website: webAddress.optional(),
      })
      .refine((c) => c.phone || c.email || c.website, { error: 'give at least one of phone, email or website' })
      .optional(),
    /** How it is delivered: in person, online, by phone or home visits. */
    delivery: z.array(z.enum(deliveryModes)).min(1, { error: 'choose at least one way it is delivered' }).optional(),
    /** Venues where it runs. */
    locations: z.array(locationSchema).default([]),
    /** Regular sessions or opening times. */
    schedule: z.array(sessionSchema).default([]),
    /** Times in words when they are not regular, e.g. "Appointments on weekdays". */
    scheduleNote: z.string().max(300).optional(),
    /** Languages it can be offered in, including British Sign Language. */
    languages: z.array(z.string().min(2)).default(['English']),
    /** Access features of the service itself (BSL, easy read, interpreters...). */
    accessFeatures: z.array(z.enum(accessFeatures)).default([]),
    /** The date someone last checked this information with the service. */
    lastReviewed: calendarDate.optional(),
    /** The job title responsible for keeping it up to date (not a person's name). */
    reviewOwner: plainText('Review owner', 3, 120).optional(),
    /** A set date for the next check, if sooner than 12 months. */
    nextReviewDue: calendarDate.optional(),
    /** Words parents might search for that are not in the text. */
    keywords: z.array(z.string().min(2)).default([]),
    /** A short video about the service, with required captions and a transcript. */
    video: videoSchema.optional(),
    /** Left by `npm run import`: fields a navigator must fill in or check. Delete each note when done; an empty required field keeps the service off the site. */
    reviewNotes: reviewNotesSchema(serviceFields),
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
