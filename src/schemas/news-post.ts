import { z } from 'astro/zod';
import { calendarDate, plainText } from './shared';

export const newsPostSchema = z.strictObject({
  /** The headline, a plain statement of what is new. */
  title: plainText('Title', 5, 120).meta({ hint: 'The headline, a plain statement of what is new.' }),
  /** The day it was published; newest posts come first, and the newsletter issue for that month includes it. */
  date: calendarDate.meta({ hint: 'The day it was published; newest posts come first, and the newsletter issue for that month includes it.' }),
  /** One or two sentences shown in the news list, the feed and the printed newsletter. */
  summary: plainText('Summary', 20, 300).meta({ hint: 'One or two sentences shown in the news list, the feed and the printed newsletter.' }),
  /** Who wrote it, as it reads after "Written by": a team or job title, never a person's name, e.g. "the SEND transport team". */
  author: plainText('Author', 3, 120)
    .default('the Local Offer team')
    .meta({ hint: 'Who wrote it, as it reads after "Written by": a team or job title, never a person\'s name, e.g. "the SEND transport team".' }),
});

export type NewsPost = z.infer<typeof newsPostSchema>;
