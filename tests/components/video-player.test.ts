import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import VideoPlayer from '../../src/components/VideoPlayer.astro';
import type { Video } from '../../src/schemas/video';

const transcript = 'On screen: How to ask. Fill in the online form, or email the SEND team. '.repeat(3);
const selfHosted: Video = {
  title: 'How to ask for an EHC needs assessment',
  file: '/videos/ehc-needs-assessment.mp4',
  captions: '/videos/ehc-needs-assessment.vtt',
  poster: '/videos/ehc-needs-assessment.jpg',
  transcript,
};
const onYouTube: Video = {
  title: 'Short breaks explained',
  embed: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  captions: '/videos/ehc-needs-assessment.vtt',
  transcript,
};

/** Every address the browser would fetch by itself when the page loads (not links, which need a click). */
function loadedOnPageLoad(html: string): string[] {
  const fetched = [...html.matchAll(/<(?:iframe|img|script|source|track|video|audio|embed|object|link)\b[^>]*>/gi)].flatMap((tag) =>
    [...tag[0].matchAll(/\s(?:src|poster|srcset|data|href)="([^"]+)"/gi)].map((m) => m[1]),
  );
  return fetched;
}

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('a video stored on this site', () => {
  it('has controls, never autoplays and downloads nothing until play is pressed', async () => {
    const html = await container.renderToString(VideoPlayer, { props: { video: selfHosted, watchPage: '/x/' } });
    const video = html.match(/<video\b[^>]*>/)![0];
    expect(video).toContain('controls');
    expect(video).not.toMatch(/autoplay/i);
    expect(video).toContain('preload="none"');
  });
  it('has captions switched on by default and the transcript on the page', async () => {
    const html = await container.renderToString(VideoPlayer, { props: { video: selfHosted, watchPage: '/x/' } });
    expect(html).toMatch(/<track kind="captions" src="\/videos\/ehc-needs-assessment.vtt" srclang="en" label="English" default/);
    expect(html).toMatch(/<details[^>]*>\s*<summary[^>]*>Read the transcript/);
    expect(html).toContain('Fill in the online form, or email the SEND team.');
  });
  it('says how long it is and how big the download is', async () => {
    const html = await container.renderToString(VideoPlayer, { props: { video: selfHosted, watchPage: '/x/' } });
    expect(html).toMatch(/Length: 1 minute \d+ seconds/);
    expect(html).toMatch(/Download the video \(MP4, \d+ KB\)/);
  });
});

describe('a video on YouTube', () => {
  it('loads nothing from YouTube when the page loads: no iframe, no image, no script', async () => {
    const html = await container.renderToString(VideoPlayer, { props: { video: onYouTube, watchPage: '/services/x/video/' } });
    expect(html).not.toMatch(/<iframe|<script|<img/i);
    expect(loadedOnPageLoad(html).filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
  });
  it('explains why, and offers to watch here or on YouTube', async () => {
    const html = await container.renderToString(VideoPlayer, { props: { video: onYouTube, watchPage: '/services/x/video/' } });
    expect(html).toContain('We do not load it until you choose to watch');
    expect(html).toContain('href="/services/x/video/"');
    expect(html).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"');
    expect(html).toContain('Read the transcript');
  });
});
