import { z } from 'astro/zod';
import { topics } from '../data/topics.ts';
import { calendarDate, plainText } from './shared.ts';
import { videoSchema } from './video.ts';

export const informationPageSchema = z.strictObject({
  /** Page heading, a plain question or statement. */
  title: plainText('Title', 3, 100).meta({ hint: 'Page heading, a plain question or statement.' }),
  /** One sentence shown under the heading and in lists. */
  summary: plainText('Summary', 20, 300).meta({ hint: 'One sentence shown under the heading and in lists.' }),
  /** The Schedule 2 topic this page explains; its services are listed under the text. Leave out for site pages such as the accessibility statement. */
  topic: z.enum(topics).optional().meta({
    hint: 'The Local Offer topic this page explains; its services are listed under the text. Leave out for site pages such as the accessibility statement.',
  }),
  /** Order in the information list (lower comes first). */
  order: z.number().int().default(100).meta({ hint: 'Order in the information list (lower comes first).' }),
  /** The date someone last checked this page. */
  lastReviewed: calendarDate.meta({ hint: 'The date someone last checked this page.' }),
  /** The job title responsible for keeping it up to date. */
  reviewOwner: plainText('Review owner', 3, 120).meta({ hint: 'The job title responsible for keeping it up to date.' }),
  /** What the council still has to add before this page is complete, one item each. While any are listed the page tells families it is not finished, and the review queue (/admin/review/) lists them. Remove each once it is written. */
  stillToWrite: z
    .array(plainText('Still to write', 5, 300))
    .optional()
    .meta({
      label: 'Still to write',
      hint: 'What the council still has to add before this page is complete, one item each. While any are listed, the page tells families it is not finished and the review queue lists them. Remove each once it is written.',
    }),
  /** A short video explaining the topic, with required captions and a transcript. */
  video: videoSchema.optional().meta({ hint: 'A short video explaining the topic, with required captions and a transcript.' }),
});

export type InformationPage = z.infer<typeof informationPageSchema>;
