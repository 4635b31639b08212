/**
 * Makes a short captioned slide video for the Local Offer from a script in
 * scripts/video/: slides drawn by Chromium, speech from espeak-ng, joined by
 * ffmpeg. Writes content/videos/<name>.mp4, .vtt (captions timed to the
 * speech) and .jpg (poster), and prints the transcript to paste into the
 * page's `video.transcript`.
 *
 *   apt-get install -y ffmpeg espeak-ng     # only needed to make videos
 *   node --experimental-strip-types scripts/make-video.ts ehc-needs-assessment
 *
 * The site and its tests never need ffmpeg: the outputs are committed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../tests/support/browser.ts';
import { wrapWords } from '../src/lib/chart-layout.ts';

export interface VideoScript {
  /** File name for the outputs, e.g. "ehc-needs-assessment". */
  name: string;
  /** Shown across the top of every slide: the site's name, e.g. "Riverford Local Offer" (the script is the area's content, so the area's name is written there). */
  banner: string;
  slides: { heading: string; points: string[]; cues: { text: string; say?: string }[] }[];
}

const SAMPLE_RATE = 22050; // espeak-ng's output: 16-bit mono PCM
const PAUSE_BETWEEN_CUES = 0.2;
const PAUSE_AFTER_SLIDE = 0.9;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function slideHtml(slide: VideoScript['slides'][number], first: boolean, banner: string): string {
  return `<!doctype html><html lang="en-GB"><body style="margin:0;width:1280px;height:720px;font-family:'DejaVu Sans',sans-serif;background:#fff;color:#0b0c0c">
  <div style="background:#0b4f6c;color:#fff;padding:28px 64px;font-size:34px;font-weight:700;border-bottom:12px solid #1d70b8">${escapeHtml(banner)}</div>
  <div style="padding:56px 64px">
    <h1 style="font-size:${first ? 76 : 68}px;line-height:1.1;margin:0 0 40px">${escapeHtml(slide.heading)}</h1>
    ${
      first
        ? slide.points.map((p) => `<p style="font-size:44px;margin:0;color:#505a5f">${escapeHtml(p)}</p>`).join('')
        : `<ul style="font-size:42px;line-height:1.3;margin:0;padding-left:1.1em">${slide.points.map((p) => `<li style="margin-bottom:18px">${escapeHtml(p)}</li>`).join('')}</ul>`
    }
  </div></body></html>`;
}

/** Speaks one caption and returns its raw PCM samples (the WAV data chunk). */
function speak(words: string, dir: string): Buffer {
  const file = path.join(dir, 'cue.wav');
  execFileSync('espeak-ng', ['-v', 'en-gb', '-s', '150', '-w', file, words]);
  const wav = fs.readFileSync(file);
  // Walk the RIFF chunks to the "data" chunk rather than assuming a 44-byte header.
  for (let at = 12; at < wav.length;) {
    const id = wav.toString('ascii', at, at + 4);
    const size = wav.readUInt32LE(at + 4);
    if (id === 'data') return wav.subarray(at + 8, at + 8 + size);
    at += 8 + size;
  }
  throw new Error('espeak-ng wrote a WAV file with no audio in it');
}

const silence = (seconds: number) => Buffer.alloc(Math.round(seconds * SAMPLE_RATE) * 2);

function wavFile(pcm: Buffer): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + pcm.length, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(SAMPLE_RATE, 24);
  header.writeUInt32LE(SAMPLE_RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(pcm.length, 40);
  return Buffer.concat([header, pcm]);
}

function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
}

async function makeVideo(script: VideoScript, outDir: string) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'make-video-'));
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const audio: Buffer[] = [];
  const cues: string[] = [];
  const concat: string[] = [];
  let clock = 0;
  for (const [i, slide] of script.slides.entries()) {
    const image = path.join(work, `slide-${i}.png`);
    await page.setContent(slideHtml(slide, i === 0, script.banner));
    await page.screenshot({ path: image });
    const slideStart = clock;
    for (const cue of slide.cues) {
      const pcm = speak(cue.say ?? cue.text, work);
      const seconds = pcm.length / 2 / SAMPLE_RATE;
      // At most two lines of 42 characters per caption (BBC subtitle guidelines): split longer
      // sentences in the script at a natural pause, so each caption is also one spoken phrase.
      const lines = wrapWords(cue.text, 42);
      if (lines.length > 2) throw new Error(`This caption needs ${lines.length} lines; split it in the script: "${cue.text}"`);
      cues.push(`${timestamp(clock)} --> ${timestamp(clock + seconds)}\n${lines.join('\n')}`);
      audio.push(pcm, silence(PAUSE_BETWEEN_CUES));
      clock += seconds + PAUSE_BETWEEN_CUES;
    }
    audio.push(silence(PAUSE_AFTER_SLIDE));
    clock += PAUSE_AFTER_SLIDE;
    concat.push(`file '${image}'`, `duration ${(clock - slideStart).toFixed(3)}`);
  }
  await browser.close();
  // The concat demuxer ignores the last image's duration unless the file is listed again.
  concat.push(concat.at(-2)!);
  fs.writeFileSync(path.join(work, 'slides.txt'), concat.join('\n') + '\n');
  fs.writeFileSync(path.join(work, 'speech.wav'), wavFile(Buffer.concat(audio)));

  fs.mkdirSync(outDir, { recursive: true });
  const mp4 = path.join(outDir, `${script.name}.mp4`);
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'concat',
    '-safe',
    '0',
    '-i',
    path.join(work, 'slides.txt'),
    '-i',
    path.join(work, 'speech.wav'),
    // Still slides: a low frame rate and the stillimage tune keep the file small; faststart lets it play before it has all downloaded.
    '-vf',
    'fps=5,format=yuv420p',
    '-c:v',
    'libx264',
    '-preset',
    'slow',
    '-tune',
    'stillimage',
    '-crf',
    '30',
    '-c:a',
    'aac',
    '-b:a',
    '48k',
    '-ac',
    '1',
    '-movflags',
    '+faststart',
    '-shortest',
    mp4,
  ]);
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-i',
    path.join(work, 'slide-0.png'),
    '-vf',
    'scale=960:-1',
    '-q:v',
    '6',
    path.join(outDir, `${script.name}.jpg`),
  ]);
  fs.writeFileSync(path.join(outDir, `${script.name}.vtt`), `WEBVTT\n\n${cues.map((c, i) => `${i + 1}\n${c}`).join('\n\n')}\n`);
  fs.rmSync(work, { recursive: true, force: true });

  const transcript = script.slides.map((s) => `**On screen: ${s.heading}.** ${s.points.join('. ')}.\n\n${s.cues.map((c) => c.text).join(' ')}`).join('\n\n');
  console.log(`${mp4}: ${(fs.statSync(mp4).size / 1_000_000).toFixed(2)} MB, ${clock.toFixed(1)} seconds, ${cues.length} captions\n`);
  console.log('Transcript for the page (video.transcript):\n');
  console.log(transcript);
}

const name = process.argv[2];
if (!name) {
  console.error('Say which video to make, e.g.: node --experimental-strip-types scripts/make-video.ts ehc-needs-assessment');
  process.exit(1);
}
const { script } = (await import(`./video/${name}.ts`)) as { script: VideoScript };
await makeVideo(script, 'content/videos');
