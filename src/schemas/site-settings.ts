import { z } from 'astro/zod';
import { emailAddress, phoneNumber, plainText, webAddress } from './shared.ts';

export const siteSettingsSchema = z.strictObject({
  /** The council's name, e.g. "Northbridge Council". */
  councilName: plainText('Council name', 3, 80).meta({ hint: "The council's name, e.g. \"Northbridge Council\"." }),
  /** The area families live in, e.g. "Northbridge". */
  areaName: plainText('Area name', 2, 60).meta({ hint: 'The area families live in, e.g. "Northbridge".' }),
  /** The Local Offer team's phone number for people who cannot use the website. */
  phone: phoneNumber.meta({ hint: "The Local Offer team's phone number for people who cannot use the website." }),
  /** The Local Offer team's email. */
  email: emailAddress.meta({ hint: "The Local Offer team's email." }),
  /** When the phone line is open. */
  phoneHours: plainText('Phone hours', 5, 120).meta({ hint: 'When the phone line is open.' }),
  /** The council's main website. */
  councilWebsite: webAddress.meta({ hint: "The council's main website." }),
  /** Where families sign up for the Local Offer newsletter: the council's own mailing service (this site stores no mailing list). Leave out and the site asks people to contact the team instead. */
  newsletterSignUpUrl: webAddress.optional().meta({ label: 'Newsletter sign-up page', hint: "Where families sign up for the Local Offer newsletter: the council's own mailing service (this site stores no mailing list). Leave out and the site asks people to contact the team instead." }),
  /** The council's three-digit local authority code in Get Information about Schools (GIAS), e.g. 999: the GIAS import marks establishments with any other code as outside the area. */
  localAuthorityCode: z
    .string()
    .regex(/^\d{3}$/, { error: 'must be the three-digit LA code from Get Information about Schools, such as 999 (in quotes)' })
    .optional()
    .meta({ label: 'Local authority code (GIAS)', hint: 'Your three-digit local authority code in Get Information about Schools, such as 999. Schools imported with another code are marked as outside the area.' }),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
