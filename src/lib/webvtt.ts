import webvtt from 'webvtt-parser';

/**
 * Checks caption files with W3C's WebVTT parser (the one behind the W3C
 * validator) rather than a hand-written regex, so a caption file that a
 * browser would reject fails the build instead of leaving a video silent
 * for deaf viewers.
 */
export interface CaptionCue {
  start: number;
  end: number;
  text: string;
}

export function checkWebVtt(text: string): { cues: CaptionCue[]; problems: string[] } {
  const parsed = new webvtt.WebVTTParser().parse(text, 'metadata');
  const problems = parsed.errors.map((e) => `line ${e.line}: ${e.message}`);
  const cues = parsed.cues.map((c) => ({ start: c.startTime, end: c.endTime, text: c.text }));
  if (problems.length === 0 && cues.length === 0) problems.push('it has no captions in it');
  cues.forEach((c, i) => {
    if (plainCaption(c.text) === '') problems.push(`caption ${i + 1} (at ${c.start} seconds) has no words`);
  });
  return { cues, problems };
}

/** A caption's words without WebVTT tags such as <v Narrator> or <i>. */
export function plainCaption(text: string): string {
  return text
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}
