import { z } from 'astro/zod';
import { mustBeOneOf } from './shared.ts';
import { eventKinds } from '../data/events';
import { accessFeatures } from '../data/access';
import { fromLondonClock } from '../lib/london-time';
import { emailAddress, phoneNumber, plainText, webAddress } from './shared';
import { addressSchema } from './service';

const clockPattern = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::00)?$/;
const ukTimeMessage = 'must be a UK date and time written as YYYY-MM-DDTHH:MM, for example 2026-12-05T10:00 (UK clock time, no time zone)';

/**
 * A date and time on UK clocks, written "2026-12-05T10:00", turned into the
 * exact instant (GMT or BST worked out for that date). If YAML has already
 * read an unquoted "2026-12-05 10:00:00" as a date, it read it as GMT, so we
 * take its figures as the UK clock time the editor meant.
 */
export const ukDateTime = z.union([z.string().trim(), z.date()], { error: ukTimeMessage }).transform((value, ctx) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      ctx.addIssue({ code: 'custom', message: ukTimeMessage });
      return z.NEVER;
    }
    return fromLondonClock({
      year: value.getUTCFullYear(),
      month: value.getUTCMonth() + 1,
      day: value.getUTCDate(),
      hour: value.getUTCHours(),
      minute: value.getUTCMinutes(),
    });
  }
  const m = clockPattern.exec(value);
  const [year, month, day, hour, minute] = (m ?? []).slice(1).map(Number);
  if (!m || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) {
    ctx.addIssue({ code: 'custom', message: ukTimeMessage });
    return z.NEVER;
  }
  return fromLondonClock({ year, month, day, hour, minute });
});

export const eventVenueSchema = z.strictObject({
  /** Name of the venue as people know it, e.g. "Riverside Family Hub". */
  name: plainText('Venue name', 3, 120).meta({ hint: 'Name of the venue as people know it, e.g. "Riverside Family Hub".' }),
  /** Where the venue is. */
  address: addressSchema.meta({ hint: 'Where the venue is.' }),
  /** Access features of this venue (step-free, hearing loop, quiet room...). */
  accessFeatures: z.array(z.enum(accessFeatures)).default([]).meta({ hint: 'Access features of this venue (step-free, hearing loop, quiet room...).' }),
  /** Anything else a visitor should know: parking, which door, bus routes. */
  notes: z.string().max(400).optional().meta({ hint: 'Anything else a visitor should know: parking, which door, bus routes.' }),
});

export const eventSchema = z
  .strictObject({
    /** The event's name as families will see it. */
    title: plainText('Title', 5, 120).meta({ hint: "The event's name as families will see it." }),
    /** What kind of event it is; shown as a label and explained on the event page. */
    kind: z
      .enum(eventKinds, { error: mustBeOneOf(eventKinds) })
      .meta({ label: 'Type of event', hint: 'What kind of event it is; shown as a label and explained on the event page.' }),
    /** One or two plain sentences: what happens and why come. Shown in lists, the calendar file and the newsletter. */
    summary: plainText('Summary', 20, 300).meta({
      hint: 'One or two plain sentences: what happens and why come. Shown in lists, the calendar file and the newsletter.',
    }),
    /** When it starts, UK clock time, e.g. 2026-12-05T10:00. Events drop off the upcoming list after the day they end. */
    start: ukDateTime.meta({ hint: 'The day and time it starts (UK time). Events move to past events after the day they end.' }),
    /** When it ends, UK clock time, e.g. 2026-12-05T13:00. */
    end: ukDateTime.meta({ hint: 'The day and time it ends (UK time).' }),
    /** Who it is for, in plain words, e.g. "Parents and carers of children with SEND aged 0 to 25". */
    audience: plainText('Who it is for', 10, 300).meta({
      label: 'Who it is for',
      hint: 'Who it is for, in plain words, e.g. "Parents and carers of children with SEND aged 0 to 25".',
    }),
    /** Where it happens, if in person. */
    venue: eventVenueSchema.optional().meta({ hint: 'Where it happens, if in person.' }),
    /** How to join, if online, e.g. "On Microsoft Teams. We email you the link when you book." */
    online: plainText('How to join online', 10, 300)
      .optional()
      .meta({ label: 'How to join online', hint: 'How to join, if online, e.g. "On Microsoft Teams. We email you the link when you book."' }),
    /** How to get a place: book (with a link, phone or email) or just turn up. */
    booking: z
      .strictObject({
        /** True when people must book a place; false means "just turn up". */
        required: z.boolean().meta({ hint: 'Switch on if people must book a place. Leave it off for "just turn up".' }),
        /** Booking page. */
        website: webAddress.optional().meta({ hint: 'Booking page.' }),
        /** Phone number to book or ask questions. */
        phone: phoneNumber.optional().meta({ hint: 'Phone number to book or ask questions.' }),
        /** Email address to book or ask questions. */
        email: emailAddress.optional().meta({ hint: 'Email address to book or ask questions.' }),
        /** Anything else about places, e.g. "Places are limited to 20 families". */
        note: z.string().max(300).optional().meta({ hint: 'Anything else about places, e.g. "Places are limited to 20 families".' }),
      })
      .refine((b) => !b.required || b.website || b.phone || b.email, {
        error: 'say how to book: give a booking website, phone or email',
      })
      .meta({ hint: 'How to get a place: book (with a link, phone or email) or just turn up.' }),
    /** Whether it is free and, if not, what it costs. */
    cost: z
      .strictObject({
        /** True when families pay nothing. */
        free: z.boolean().meta({ hint: 'Switch on if families pay nothing.' }),
        /** What it costs and any help with costs. */
        details: z.string().max(300).optional().meta({ hint: 'What it costs and any help with costs.' }),
      })
      .refine((c) => c.free || (c.details && c.details.length > 0), { error: 'say what it costs when it is not free', path: ['details'] })
      .default({ free: true })
      .meta({ hint: 'Whether it is free and, if not, what it costs.' }),
    /** What is in place so everyone can take part: BSL interpreters, quiet room, breaks, captions. Always say something. */
    accessibility: plainText('Accessibility', 10, 500).meta({
      hint: 'What is in place so everyone can take part: BSL interpreters, quiet room, breaks, captions. Always say something.',
    }),
    /** File name (without .md) of the organisation running it, in content/organisations. */
    organiser: z
      .string()
      .regex(/^[a-z0-9-]+$/, { error: 'must be the file name of an organisation, such as city-council' })
      .meta({ label: 'Run by', hint: 'The organisation running it. If it is not in the list, add it under Organisations first.', references: 'organisations' }),
    /** Set when the event is cancelled: say why and what to do instead. It stays listed with a notice. */
    cancelled: z.string().max(300).optional().meta({
      label: 'Cancelled: why, and what to do instead',
      hint: 'Set when the event is cancelled: say why and what to do instead. It stays listed with a notice.',
    }),
  })
  .refine((e) => e.end > e.start, { error: 'the end must be after the start', path: ['end'] })
  .refine((e) => e.venue || e.online, { error: 'give a venue, a way to join online, or both', path: ['venue'] });

export type LocalOfferEvent = z.infer<typeof eventSchema>;
