import { z } from 'astro/zod';
import { emailAddress, phoneNumber, plainText, stableId, webAddress } from './shared';

export const organisationKinds = ['council', 'nhs', 'school', 'charity', 'community', 'business'] as const;

export const organisationSchema = z.strictObject({
  /** Stable identifier shared with Open Referral UK; never change it. */
  id: stableId,
  /** The organisation's name as families would see it. */
  name: plainText('Name', 3, 120),
  /** What kind of organisation it is. */
  kind: z.enum(organisationKinds),
  /** One or two plain sentences about what it does. */
  description: plainText('Description', 20, 500),
  /** Main website. */
  website: webAddress.optional(),
  /** General email address. */
  email: emailAddress.optional(),
  /** General phone number. */
  phone: phoneNumber.optional(),
});

export type Organisation = z.infer<typeof organisationSchema>;
