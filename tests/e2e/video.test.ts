import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import type { RunningSite } from '../support/server';
import { startSiteAndBrowser } from '../support/site-and-browser';
import { axeTags } from '../support/axe';
import { checkWebVtt } from '../../src/lib/webvtt';

const videoPage = '/information/ehc-needs-assessment/';

let site: RunningSite;
let browser: Browser;
let stop: (() => Promise<void>) | undefined;
beforeAll(async () => {
  ({ site, browser, stop } = await startSiteAndBrowser());
});
afterAll(() => stop?.());

/** Opens the page and records every request the browser makes while it loads and settles. */
async function openRecording(options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 360, height: 740 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(site.origin + videoPage, { waitUntil: 'networkidle' });
  return { page, requests };
}

describe('the video on "Asking for an EHC needs assessment"', () => {
  it('is a video with controls and a captions track, under its own heading', async () => {
    const { page } = await openRecording({ javaScriptEnabled: false, width: 320 });
    expect(await page.getByRole('heading', { name: 'Video: How to ask for an EHC needs assessment' }).isVisible()).toBe(true);
    const video = page.locator('video');
    expect(await video.count()).toBe(1);
    expect(await video.getAttribute('controls')).not.toBeNull();
    expect(await video.locator('track[kind="captions"]').count()).toBe(1);
    await page.context().close();
  });

  it('does not play by itself, and downloads no video until someone presses play', async () => {
    const { page, requests } = await openRecording();
    await page.waitForTimeout(1000);
    expect(await page.locator('video').evaluate((v: HTMLVideoElement) => ({ paused: v.paused, time: v.currentTime, autoplay: v.autoplay }))).toEqual({
      paused: true,
      time: 0,
      autoplay: false,
    });
    expect(requests.filter((url) => url.endsWith('.mp4'))).toEqual([]);
    await page.context().close();
  });

  it('makes no request to any other website when the page loads', async () => {
    const { page, requests } = await openRecording();
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.filter((url) => new URL(url).origin !== site.origin)).toEqual([]);
    await page.context().close();
  });

  it('plays in the browser with English captions showing', async () => {
    const { page } = await openRecording();
    // The test (not the page) asks for the file's details, as pressing play would.
    await page.locator('video').evaluate((v: HTMLVideoElement) => {
      v.preload = 'metadata';
      v.load();
    });
    await page.waitForFunction(() => (document.querySelector('video') as HTMLVideoElement).readyState >= 1);
    const state = await page.locator('video').evaluate((v: HTMLVideoElement) => ({
      duration: Math.round(v.duration),
      tracks: [...v.textTracks].map((t) => ({ kind: t.kind, language: t.language, mode: t.mode, cues: t.cues?.length ?? 0 })),
    }));
    expect(state.duration).toBeGreaterThan(30);
    expect(state.tracks).toHaveLength(1);
    expect(state.tracks[0]).toMatchObject({ kind: 'captions', language: 'en', mode: 'showing' });
    expect(state.tracks[0].cues).toBeGreaterThan(15);
    await page.context().close();
  });

  it('serves its captions as valid WebVTT', async () => {
    const { page } = await openRecording({ javaScriptEnabled: false });
    const src = await page.locator('track[kind="captions"]').getAttribute('src');
    const response = await fetch(site.origin + src);
    expect(response.headers.get('content-type')).toMatch(/^text\/vtt/);
    const { cues, problems } = checkWebVtt(await response.text());
    expect(problems).toEqual([]);
    expect(cues.length).toBeGreaterThan(15);
    await page.context().close();
  });

  it('has the transcript on the page, which opens without JavaScript', async () => {
    const { page } = await openRecording({ javaScriptEnabled: false, width: 320 });
    const transcript = page.locator('details', { has: page.locator('summary', { hasText: 'Read the transcript' }) });
    const line = transcript.getByText('If writing is hard for you, call 01632 960110 and we will help.');
    expect(await line.isVisible()).toBe(false);
    await transcript.locator('summary').press('Enter');
    expect(await line.isVisible()).toBe(true);
    await page.context().close();
  });

  it('has no accessibility problems with the transcript open', async () => {
    const { page } = await openRecording({ width: 320 });
    await page.locator('summary', { hasText: 'Read the transcript' }).click();
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.context().close();
  });

  it('prints the transcript in place of the player', async () => {
    const { page } = await openRecording({ javaScriptEnabled: false });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('video').isVisible()).toBe(false);
    const transcript = page.locator('details', { has: page.locator('summary', { hasText: 'Read the transcript' }) });
    expect(await transcript.getByText('Within 6 weeks, we tell you if we will do an assessment.').isVisible()).toBe(true);
    await page.context().close();
  });
});
