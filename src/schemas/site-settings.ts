import { z } from 'astro/zod';
import { emailAddress, phoneNumber, plainText, webAddress } from './shared.ts';
import { messageKeys, messageLabels, messages, type MessageKey } from '../i18n/messages.ts';

/**
 * Everything about the council and its area that the site says or links to.
 * Code never writes an area's name, forum, phone number or address: it reads
 * them from here (content/settings/site.yaml), so another council adopts the
 * site by editing this one file (see docs/new-area.md).
 */
export const siteSettingsSchema = z.strictObject({
  /** The council's name, e.g. "Riverford Borough Council". */
  councilName: plainText('Council name', 3, 80).meta({ hint: 'The council\'s name, e.g. "Riverford Borough Council".' }),
  /** The area families live in, e.g. "Riverford". The site calls itself "<area> Local Offer". */
  areaName: plainText('Area name', 2, 60).meta({ hint: 'The area families live in, e.g. "Riverford". The site calls itself "Riverford Local Offer".' }),
  /** The Local Offer's public web address, e.g. https://localoffer.riverford.example (links in feeds, open data, the sitemap and the editor use it). The SITE_URL environment variable overrides it for a test build. */
  siteUrl: webAddress.optional().meta({
    label: 'Site address',
    hint: "The Local Offer's own web address, e.g. https://localoffer.riverford.example. Feeds, open data, the site map and the editor link to pages with it.",
  }),
  /** The Local Offer team's phone number for people who cannot use the website. */
  phone: phoneNumber.meta({ hint: "The Local Offer team's phone number for people who cannot use the website." }),
  /** The Local Offer team's email. */
  email: emailAddress.meta({ hint: "The Local Offer team's email." }),
  /** When the phone line is open. */
  phoneHours: plainText('Phone hours', 5, 120).meta({ hint: 'When the phone line is open.' }),
  /** The council's main website. */
  councilWebsite: webAddress.meta({ hint: "The council's main website." }),
  /** Where families sign up for the Local Offer newsletter: the council's own mailing service (this site stores no mailing list). Leave out and the site asks people to contact the team instead. */
  newsletterSignUpUrl: webAddress.optional().meta({
    label: 'Newsletter sign-up page',
    hint: "Where families sign up for the Local Offer newsletter: the council's own mailing service (this site stores no mailing list). Leave out and the site asks people to contact the team instead.",
  }),
  /** The council's three-digit local authority code in Get Information about Schools (GIAS), e.g. 999: the GIAS import marks establishments with any other code as outside the area. */
  localAuthorityCode: z
    .string()
    .regex(/^\d{3}$/, { error: 'must be the three-digit LA code from Get Information about Schools, such as 999 (in quotes)' })
    .optional()
    .meta({
      label: 'Council code for schools',
      hint: "Your council's three-digit code on Get Information about Schools, e.g. 999. Schools with another code are treated as outside your area.",
    }),
  /** The area's parent carer forum, which the site names as a way to give views and as a source of "you said, we did" comments. */
  parentCarerForum: z
    .strictObject({
      /** The forum's name, e.g. "Riverford Parent Carer Forum". */
      name: plainText('Forum name', 3, 80).meta({ label: 'Forum name', hint: 'The forum\'s name, e.g. "Riverford Parent Carer Forum".' }),
      /** The file name of the forum's service page, if it has one (its page is /services/<this>/). */
      service: z
        .string()
        .regex(/^[a-z0-9-]+$/, { error: 'must be the last part of the address of a service page, in lower case with hyphens' })
        .optional()
        .meta({
          label: "Forum's service page",
          hint: 'If the forum has its own service page, the last part of its address: for /services/riverford-family-voice/ write riverford-family-voice.',
        }),
    })
    .optional()
    .meta({ label: 'Parent carer forum', hint: 'The site names the forum as a way to give views, and as a source of "you said, we did" comments.' }),
  /** Two to four capital letters that begin survey reference numbers, e.g. "RF" gives RF-7K3D-9QXP. */
  referencePrefix: z
    .string()
    .regex(/^[A-Z]{2,4}$/, { error: 'must be 2 to 4 capital letters, such as RF' })
    .default('LO')
    .meta({
      label: 'Start of reference numbers',
      hint: 'Two to four capital letters that begin the reference number people get after a survey, e.g. RF gives RF-7K3D-9QXP.',
    }),
  /** Where the editor (the CMS) saves changes: the council's own GitLab. The PUBLIC_CMS_GITLAB_* environment variables override these. */
  editor: z
    .strictObject({
      /** The GitLab server's address, e.g. https://git.riverford.example */
      gitlabUrl: webAddress.meta({ label: 'GitLab address', hint: "Your council's GitLab server, e.g. https://git.riverford.example." }),
      /** The project on that server, written group/project, e.g. riverford-council/local-offer */
      repository: z
        .string()
        .regex(/^[\w.-]+(\/[\w.-]+)+$/, { error: 'must be a GitLab project path such as council/local-offer' })
        .meta({ label: 'GitLab project', hint: 'The project that holds this site on that server, written group/project, e.g. riverford-council/local-offer.' }),
      /** The OAuth application ID of the editor on that GitLab (public by design with PKCE). */
      applicationId: plainText('Application ID', 4, 100).meta({
        label: 'Application ID',
        hint: 'The ID GitLab gave the editor when it was added as an application. It is safe to publish.',
      }),
    })
    .optional()
    .meta({ label: 'Where the editor saves', hint: 'Ask your web team: the editor saves every change to this GitLab project.' }),
  /** Your own wording for any sentence in src/i18n/messages.ts, by its key. Placeholders such as {area} and {council} are filled in. */
  wording: z
    .strictObject(
      Object.fromEntries(
        messageKeys.map((key) => [
          key,
          plainText(messageLabels[key], 1, 600)
            .optional()
            .meta({
              label: messageLabels[key],
              hint: `Leave empty to keep the site's wording: "${messages[key]}". Words in curly brackets are filled in from these settings.`,
            }),
        ]),
      ) as Record<MessageKey, z.ZodOptional<z.ZodString>>,
    )
    .optional()
    .meta({
      label: 'Your own wording',
      hint: 'Change any sentence the site says about your area. Words in curly brackets, such as {area}, are filled in from these settings.',
    }),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
