import { z } from 'astro/zod';
import { emailAddress, mustBeOneOf, phoneNumber, plainText, stableId, webAddress } from './shared.ts';
import { fieldNames, reviewNotesSchema, withRequiredUnlessNoted } from './review-notes.ts';

export const organisationKinds = ['council', 'nhs', 'school', 'charity', 'community', 'business'] as const;

const organisationObject = z.strictObject({
  /** Stable identifier shared with Open Referral UK; never change it. */
  id: stableId.meta({ hint: 'Made for you: it links this organisation to the open data other websites use. It never changes.' }),
  /** The organisation's name as families would see it. */
  name: plainText('Name', 3, 120).meta({ hint: "The organisation's name as families would see it." }),
  /** What kind of organisation it is. */
  kind: z.enum(organisationKinds).optional().meta({ hint: 'What kind of organisation it is.' }),
  /** One or two plain sentences about what it does. */
  description: plainText('Description', 20, 500).meta({ hint: 'One or two plain sentences about what it does.' }),
  /** Main website. */
  website: webAddress.optional().meta({ hint: 'Main website.' }),
  /** General email address. */
  email: emailAddress.optional().meta({ hint: 'General email address.' }),
  /** General phone number. */
  phone: phoneNumber.optional().meta({ hint: 'General phone number.' }),
});

/** Every organisation field, in file order: review notes name one of these. */
export const organisationFields = fieldNames(organisationObject.shape);

export const organisationSchema = withRequiredUnlessNoted(
  organisationObject.extend({
    /** Left by `npm run import`: fields a navigator must fill in or check. Delete each note when done. */
    reviewNotes: reviewNotesSchema(organisationFields).meta({
      hint: 'Left when this organisation was brought in from another list: what to fill in or check. Delete each note when done.',
    }),
  }),
  { kind: mustBeOneOf(organisationKinds) },
);

export type Organisation = z.infer<typeof organisationSchema>;
