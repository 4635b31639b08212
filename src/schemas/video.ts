import { z } from 'astro/zod';
import { embedFor } from '../lib/video.ts';
import { plainText } from './shared.ts';

/**
 * A video on a service or information page. Captions and a transcript are
 * required (WCAG 1.2.2 and 1.2.3; young people told one council they prefer
 * video, and deaf parents and people on slow connections need the words).
 * Files live in the content's videos/ folder (content/videos/, copied to /videos/
 * by src/integrations/area-media.ts). That they exist and the captions are valid is checked when
 * the site is built (src/lib/video-files.ts): this schema does no I/O, because the editor runs it in the browser.
 */
const publicPath = (kind: string, extensions: string, example: string) =>
  z
    .string({ error: `${kind} is missing` })
    .regex(new RegExp(`^/videos/[a-z0-9-]+\\.(${extensions})$`), { error: `must be a file in content/videos, written like ${example}` });

export const videoSchema = z
  .strictObject({
    /** What the video is about, e.g. "How to ask for an EHC needs assessment"; shown above the player. */
    title: plainText('Video title', 5, 120).meta({ hint: 'What the video is about, e.g. "How to ask for an EHC needs assessment"; shown above the player.' }),
    /** The video file (MP4) in content/videos, e.g. /videos/ehc-needs-assessment.mp4. Leave out for a YouTube or Vimeo video. */
    file: publicPath('Video file', 'mp4|webm', '/videos/ehc-needs-assessment.mp4').optional().meta({
      label: 'Video file',
      hint: 'The address of the video file (MP4) on this site, e.g. /videos/ehc-needs-assessment.mp4. Leave empty for a YouTube or Vimeo video.',
    }),
    /** The video's address on YouTube or Vimeo, when it is not stored on this site. Nothing loads from there until someone chooses to watch. */
    embed: z
      .string()
      .refine((u) => embedFor(u) !== undefined, {
        error: 'must be a YouTube or Vimeo video address starting with https://, such as https://www.youtube.com/watch?v=abcdefghijk',
      })
      .optional()
      .meta({
        label: 'YouTube or Vimeo address',
        hint: "The video's address on YouTube or Vimeo, when it is not stored on this site. Nothing loads from there until someone chooses to watch.",
      }),
    /** Captions (WebVTT, .vtt) in content/videos: every video must have them, for people who cannot hear it. */
    captions: publicPath('Captions', 'vtt', '/videos/ehc-needs-assessment.vtt').meta({
      label: 'Captions file',
      hint: 'The address of the captions file (.vtt) on this site. Every video needs captions, for people who cannot hear it.',
    }),
    /** A still image shown before the video plays (JPEG or PNG in content/videos). */
    poster: publicPath('Poster image', 'jpg|jpeg|png|webp', '/videos/ehc-needs-assessment.jpg')
      .optional()
      .meta({ label: 'Picture before it plays', hint: 'A still picture shown before the video plays (JPEG or PNG).' }),
    /** Everything said and shown in the video, written out (Markdown), for people who cannot watch or prefer to read. */
    transcript: z
      .string({ error: 'Transcript is missing: write out everything the video says and shows' })
      .trim()
      .min(100, {
        error: 'Transcript is too short: write out everything the video says and shows',
      })
      .meta({ hint: 'Everything said and shown in the video, written out, for people who cannot watch or prefer to read.' }),
  })
  .superRefine((video, ctx) => {
    if (!video.file === !video.embed) {
      ctx.addIssue({ code: 'custom', path: ['file'], message: 'give either a video file or a YouTube or Vimeo address (embed), not both and not neither' });
    }
  });

export type Video = z.infer<typeof videoSchema>;
