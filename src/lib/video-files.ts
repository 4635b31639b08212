import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { checkWebVtt } from './webvtt.ts';
import type { Video } from '../schemas/video.ts';

/**
 * The build's check that a video's files are really there and its captions are valid WebVTT.
 * It reads the disk, so it is not in the schema (src/schemas/video.ts), which the editor also
 * runs in the browser; src/content.config.ts adds it to the collections that can have a video.
 * Files live in the content's videos/ folder (content/videos/, served at /videos/).
 */
export function videoFileProblems(video: Video, contentRoot: string = process.env.LOCAL_OFFER_CONTENT ?? 'content'): { field: keyof Video; message: string }[] {
  const onDisk = (webPath: string) => path.resolve(contentRoot, '.' + webPath);
  const problems: { field: keyof Video; message: string }[] = [];
  for (const field of ['file', 'poster', 'captions'] as const) {
    const webPath = video[field];
    if (webPath && !fs.existsSync(onDisk(webPath))) problems.push({ field, message: `content${webPath} does not exist: upload the file or correct the name` });
  }
  if (fs.existsSync(onDisk(video.captions))) {
    const { problems: vtt } = checkWebVtt(fs.readFileSync(onDisk(video.captions), 'utf8'));
    if (vtt.length > 0)
      problems.push({ field: 'captions', message: `content${video.captions} is not a valid WebVTT captions file: ${vtt.slice(0, 3).join('; ')}` });
  }
  return problems;
}

/** For `.superRefine` on a content schema with an optional `video`: each problem is reported on its field. */
export function checkVideoFiles(entry: { video?: Video }, ctx: z.RefinementCtx): void {
  if (!entry.video) return;
  for (const { field, message } of videoFileProblems(entry.video)) ctx.addIssue({ code: 'custom', path: ['video', field], message });
}
