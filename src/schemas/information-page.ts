import { z } from 'astro/zod';
import { topics } from '../data/topics.ts';
import { calendarDate, plainText } from './shared.ts';
import { videoSchema } from './video.ts';

export const informationPageSchema = z.strictObject({
  /** Page heading, a plain question or statement. */
  title: plainText('Title', 3, 100),
  /** One sentence shown under the heading and in lists. */
  summary: plainText('Summary', 20, 300),
  /** The Schedule 2 topic this page explains; its services are listed under the text. Leave out for site pages such as the accessibility statement. */
  topic: z.enum(topics).optional(),
  /** Order in the information list (lower comes first). */
  order: z.number().int().default(100),
  /** The date someone last checked this page. */
  lastReviewed: calendarDate,
  /** The job title responsible for keeping it up to date. */
  reviewOwner: plainText('Review owner', 3, 120),
  /** A short video explaining the topic, with required captions and a transcript. */
  video: videoSchema.optional(),
});

export type InformationPage = z.infer<typeof informationPageSchema>;
