import { z } from 'astro/zod';
import { emailAddress, phoneNumber, plainText, webAddress } from './shared.ts';

export const siteSettingsSchema = z.strictObject({
  /** The council's name, e.g. "Northbridge Council". */
  councilName: plainText('Council name', 3, 80),
  /** The area families live in, e.g. "Northbridge". */
  areaName: plainText('Area name', 2, 60),
  /** The Local Offer team's phone number for people who cannot use the website. */
  phone: phoneNumber,
  /** The Local Offer team's email. */
  email: emailAddress,
  /** When the phone line is open. */
  phoneHours: plainText('Phone hours', 5, 120),
  /** The council's main website. */
  councilWebsite: webAddress,
  /** Where families sign up for the Local Offer newsletter: the council's own mailing service (this site stores no mailing list). Leave out and the site asks people to contact the team instead. */
  newsletterSignUpUrl: webAddress.optional(),
  /** The council's three-digit local authority code in Get Information about Schools (GIAS), e.g. 999: the GIAS import marks establishments with any other code as outside the area. */
  localAuthorityCode: z.string().regex(/^\d{3}$/, { error: 'must be the three-digit LA code from Get Information about Schools, such as 999 (in quotes)' }).optional(),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
