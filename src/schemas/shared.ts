import { z } from 'astro/zod';

/**
 * Building blocks shared by several content types. Messages are written for a
 * Local Offer officer reading a failed build, not for a developer.
 */

/** The message for a value outside a vocabulary, listing the vocabulary's values (so it cannot go stale when one is added). */
export const mustBeOneOf = (values: readonly string[]) => `must be one of: ${values.join(', ')}`;

/** A UK phone number as people write it: starts with 0, digits and spaces only. */
export const phoneNumber = z
  .string()
  .regex(/^0[0-9 ]{9,13}$/, { error: 'must be a UK phone number such as 01632 960123 (digits and spaces, starting with 0)' });

/** A date written as YYYY-MM-DD; YAML gives us a Date, the CMS may give a string. */
export const calendarDate = z.coerce.date({ error: 'must be a date written as YYYY-MM-DD, for example 2026-03-14' });

export const webAddress = z.url({ error: 'must be a full web address starting with https://' });

export const emailAddress = z.email({ error: 'must be an email address such as team@example.org' });

/** A stable identifier in UUID form, shared with Open Referral UK. */
export const stableId = z.uuid({ error: 'must be a UUID such as 3f2b6c1e-8a4d-4f5e-9b7a-1c2d3e4f5a6b (it never changes once published)' });

export const plainText = (what: string, min: number, max: number) =>
  z
    .string({ error: `${what} is missing` })
    .trim()
    .min(min, { error: `${what} is too short: write at least ${min} characters` })
    .max(max, { error: `${what} is too long: keep it under ${max} characters` });
