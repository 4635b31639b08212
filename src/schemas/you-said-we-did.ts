import { z } from 'astro/zod';
import { mustBeOneOf } from './shared.ts';
import { youSaidWeDidSources, youSaidWeDidStatuses, youSaidWeDidThemes } from '../data/you-said-we-did';
import { findPersonalDetails } from '../lib/personal-details';
import { calendarDate, plainText } from './shared';

/** A link to a service or page that changed because of what families said. */
export const changedPageSchema = z.strictObject({
  /** The words of the link, e.g. "Short breaks". */
  label: plainText('Link text', 3, 120).meta({ hint: 'The words of the link, e.g. "Short breaks".' }),
  /** A path on this site starting with /, such as /services/short-breaks-activities/. */
  href: z
    .string()
    .regex(/^\/[a-z0-9\-/]*$/, { error: 'must be a path on this site starting with /, such as /information/short-breaks/' })
    .meta({ label: 'Link to', hint: 'A path on this site starting with /, such as /services/short-breaks-activities/.' }),
});

export const youSaidWeDidSchema = z
  .strictObject({
    /** The month the response was published; entries are grouped by this month, newest first. */
    date: calendarDate.meta({ hint: 'The month the response was published; entries are grouped by this month, newest first.' }),
    /** Which part of SEND support the comment was about; drives the theme filter pages and the annual report. */
    theme: z
      .enum(youSaidWeDidThemes, { error: mustBeOneOf(youSaidWeDidThemes) })
      .meta({ hint: 'Which part of SEND support the comment was about; drives the theme filter pages and the annual report.' }),
    /** Where families' comments came from (survey, forum, page feedback...), counted in the annual report. */
    source: z
      .enum(youSaidWeDidSources, { error: mustBeOneOf(youSaidWeDidSources) })
      .meta({ hint: "Where families' comments came from (survey, forum, page feedback...), counted in the annual report." }),
    /** A short heading for the entry, e.g. "Short breaks waiting list". */
    title: plainText('Title', 5, 90).meta({ hint: 'A short heading for the entry, e.g. "Short breaks waiting list".' }),
    /** What families told us, summarised and anonymised: no names, contact details or details that identify a child. */
    youSaid: plainText('You said', 20, 600).meta({
      label: 'You said',
      hint: 'What families told us, summarised and anonymised: no names, contact details or details that identify a child.',
    }),
    /** What the council did, or will do, in response, in plain words. */
    weDid: plainText('We did', 20, 900).meta({ label: 'We did', hint: 'What the council did, or will do, in response, in plain words.' }),
    /** Whether the response is done, in progress or planned. */
    status: z.enum(youSaidWeDidStatuses, { error: mustBeOneOf(youSaidWeDidStatuses) }).meta({ hint: 'Whether the response is done, in progress or planned.' }),
    /** For work in progress or planned: when families can expect it, in words such as "by April 2027". */
    expected: plainText('Expected', 3, 80)
      .optional()
      .meta({ label: 'When families can expect it', hint: 'For work in progress or planned: when families can expect it, in words such as "by April 2027".' }),
    /** Services or pages that changed, so families can see the change for themselves. */
    changed: z
      .array(changedPageSchema)
      .max(5, { error: 'link to 5 pages at most' })
      .default([])
      .meta({ label: 'What changed, with links', hint: 'Services or pages that changed, so families can see the change for themselves.' }),
  })
  .superRefine((entry, ctx) => {
    // Reg 56 says published comments must not identify anyone: stop the build on contact details.
    for (const key of ['title', 'youSaid', 'weDid', 'expected'] as const) {
      const value = entry[key];
      if (!value) continue;
      for (const detail of findPersonalDetails(value))
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `contains what looks like ${detail === 'email address' ? 'an' : 'a'} ${detail}: remove personal details before publishing`,
        });
    }
  });

export type YouSaidWeDid = z.infer<typeof youSaidWeDidSchema>;
