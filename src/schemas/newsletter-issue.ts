import { z } from 'astro/zod';
import { calendarDate, plainText } from './shared';

/**
 * A newsletter issue (file name such as 2026-11.md). The issue gathers itself:
 * news and "you said, we did" responses published since the previous issue,
 * and events in the 3 months after it is sent. The Markdown body is the
 * editor's introduction.
 */
export const newsletterIssueSchema = z.strictObject({
  /** The issue's title, e.g. "November 2026". */
  title: plainText('Title', 3, 80).meta({ hint: 'The issue\'s title, e.g. "November 2026".' }),
  /** The day the issue is sent. It includes news since the previous issue and events in the 3 months from this day. */
  date: calendarDate.meta({ hint: 'The day the issue is sent. It includes news since the previous issue and events in the 3 months from this day.' }),
  /** One sentence saying what is in this issue, shown in the list of issues. */
  summary: plainText('Summary', 20, 300).meta({ hint: 'One sentence saying what is in this issue, shown in the list of issues.' }),
});

export type NewsletterIssue = z.infer<typeof newsletterIssueSchema>;
