import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { videoSchema } from '../../src/schemas/video';
import { videoFileProblems } from '../../src/lib/video-files';
import { informationPageSchema } from '../../src/schemas/information-page';
import { checkWebVtt, plainCaption } from '../../src/lib/webvtt';
import { describeLength, embedFor, formatFileSize } from '../../src/lib/video';
import { readMarkdownFolder } from './read-content';

const demo = {
  title: 'How to ask for an EHC needs assessment',
  file: '/videos/ehc-needs-assessment.mp4',
  captions: '/videos/ehc-needs-assessment.vtt',
  transcript: 'Everything the video says. '.repeat(10),
};
const messages = (input: unknown) => {
  const result = videoSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('a video on a page', () => {
  it('is accepted with a file, captions and a transcript', () => {
    expect(messages(demo)).toEqual([]);
  });
  it('must have captions, and says so in plain words', () => {
    const { captions: _, ...noCaptions } = demo;
    expect(messages(noCaptions)).toContain('captions: Captions is missing');
  });
  it('must have a transcript, and says so in plain words', () => {
    const { transcript: _, ...noTranscript } = demo;
    expect(messages(noTranscript)).toEqual(['transcript: Transcript is missing: write out everything the video says and shows']);
    expect(messages({ ...demo, transcript: 'Too short.' })).toEqual(['transcript: Transcript is too short: write out everything the video says and shows']);
  });
  it('must have captions in WebVTT form', () => {
    expect(messages({ ...demo, captions: '/videos/ehc-needs-assessment.srt' })[0]).toMatch(
      /^captions: must be a file in content\/videos, written like \/videos\/.*\.vtt$/,
    );
  });
  it('names a caption or video file that was never uploaded (the build checks the disk; the schema, which the editor runs, does not)', () => {
    expect(messages({ ...demo, captions: '/videos/not-uploaded.vtt' })).toEqual([]);
    expect(videoFileProblems({ ...demo, captions: '/videos/not-uploaded.vtt' })).toEqual([
      { field: 'captions', message: 'content/videos/not-uploaded.vtt does not exist: upload the file or correct the name' },
    ]);
    expect(videoFileProblems(demo)).toEqual([]);
  });
  it('schemas read no files, so the editor can run them in the browser', () => {
    for (const file of fs.readdirSync('src/schemas')) expect(fs.readFileSync(`src/schemas/${file}`, 'utf8'), file).not.toMatch(/from 'node:/);
  });
  it('is either a file here or a YouTube or Vimeo video, not both', () => {
    expect(messages({ ...demo, embed: 'https://vimeo.com/123456' })[0]).toMatch(/either a video file or a YouTube or Vimeo address/);
    const { file: _, ...embedOnly } = demo;
    expect(messages({ ...embedOnly, embed: 'https://vimeo.com/123456' })).toEqual([]);
    expect(messages({ ...embedOnly, embed: 'https://videos.example/watch/1' })[0]).toMatch(/^embed: must be a YouTube or Vimeo video address/);
  });
  it('can be added to an information page, and an unknown field is still refused', () => {
    const page = {
      title: 'Short breaks',
      summary: 'Short breaks give disabled children fun and carers a rest.',
      lastReviewed: '2026-10-01',
      reviewOwner: 'Short Breaks Manager',
    };
    expect(informationPageSchema.safeParse({ ...page, video: demo }).success).toBe(true);
    expect(informationPageSchema.safeParse({ ...page, video: { ...demo, autoplay: true } }).success).toBe(false);
  });
});

describe('embedding a video from another site', () => {
  it('uses YouTube’s no-cookie player and Vimeo’s do-not-track player', () => {
    expect(embedFor('https://www.youtube.com/watch?v=dQw4w9WgXcQ')?.playerUrl).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(embedFor('https://youtu.be/dQw4w9WgXcQ')?.provider).toBe('YouTube');
    expect(embedFor('https://vimeo.com/76979871')?.playerUrl).toBe('https://player.vimeo.com/video/76979871?dnt=1');
  });
  it('refuses other sites and plain http', () => {
    expect(embedFor('http://www.youtube.com/watch?v=dQw4w9WgXcQ')).toBeUndefined();
    expect(embedFor('https://evil.example/watch?v=dQw4w9WgXcQ')).toBeUndefined();
    expect(embedFor('not a web address')).toBeUndefined();
  });
});

describe('the words beside a video', () => {
  it('give its length and download size the way people say them', () => {
    expect(describeLength(101.4)).toBe('1 minute 41 seconds');
    expect(describeLength(120)).toBe('2 minutes');
    expect(describeLength(45)).toBe('45 seconds');
    expect(formatFileSize(845_000)).toBe('845 KB');
    expect(formatFileSize(1_460_000)).toBe('1.5 MB');
  });
});

describe('caption files', () => {
  it('are checked with W3C’s WebVTT parser, which rejects a file without the WEBVTT signature', () => {
    expect(checkWebVtt('1\n00:00:00.000 --> 00:00:02.000\nHello\n').problems[0]).toMatch(/WEBVTT/);
  });
  it('reject a caption that ends before it starts', () => {
    expect(checkWebVtt('WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nHello\n').problems.join()).toMatch(/line 3/);
  });
  it('reject a file with no captions in it', () => {
    expect(checkWebVtt('WEBVTT\n').problems).toEqual(['it has no captions in it']);
  });
});

describe('the demo video (How to ask for an EHC needs assessment)', () => {
  const vtt = fs.readFileSync('content/videos/ehc-needs-assessment.vtt', 'utf8');
  const { cues, problems } = checkWebVtt(vtt);
  const page = readMarkdownFolder('content/pages').find((p) => p.slug === 'ehc-needs-assessment')!;
  const video = page.data.video as { transcript: string; file: string };

  it('has valid WebVTT captions that cover the whole video in order', () => {
    expect(problems).toEqual([]);
    expect(cues.length).toBeGreaterThan(15);
    for (let i = 1; i < cues.length; i++) expect(cues[i].start).toBeGreaterThanOrEqual(cues[i - 1].end);
  });
  it('keeps every caption to two lines of at most 42 characters', () => {
    for (const c of cues) {
      const lines = c.text.split('\n');
      expect(lines.length, c.text).toBeLessThanOrEqual(2);
      for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(42);
    }
  });
  it('has a transcript on the page that says everything the captions say', () => {
    const flat = (s: string) => s.replace(/\s+/g, ' ');
    const transcript = flat(video.transcript);
    const spoken = flat(cues.map((c) => plainCaption(c.text)).join(' '));
    for (const sentence of spoken.split(/(?<=\.) /)) expect(transcript, sentence).toContain(sentence);
  });
  it('is small enough for a family on a mobile data plan (under 2 MB)', () => {
    expect(fs.statSync(`content${video.file}`).size).toBeLessThan(2_000_000);
  });
});
