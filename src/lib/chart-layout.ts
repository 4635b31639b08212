/**
 * Geometry for the charts drawn at build time. Charts are SVG with no
 * viewBox: bar lengths are percentages of the chart's width and text keeps
 * its real size, so a chart fills a 320 px phone or a desktop column without
 * shrinking its words. SVG text does not wrap, so labels are broken into
 * lines here.
 */

/** Splits a label into lines of at most `maxChars` characters, breaking between words. */
export function wrapWords(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface Segment<K extends string> {
  key: K;
  /** Left edge, as a percentage of the chart's width. */
  x: number;
  /** Width, as a percentage of the chart's width. */
  width: number;
}

/** Side-by-side segments of one 100% bar, in the order given, leaving out empty ones. */
export function stackedSegments<K extends string>(parts: { key: K; percent: number }[]): Segment<K>[] {
  let x = 0;
  const segments: Segment<K>[] = [];
  for (const { key, percent } of parts) {
    if (percent <= 0) continue;
    segments.push({ key, x, width: percent });
    x += percent;
  }
  return segments;
}

export interface BarRow {
  lines: string[];
  /** Baseline of each label line, in px from the top. */
  lineY: number[];
  barY: number;
  /** Bar length as a percentage of the chart's width; a non-zero value is always at least a sliver so it can be seen. */
  width: number;
}

export const BAR_LINE_HEIGHT = 20;
export const BAR_HEIGHT = 16;
const GAP = 16;

/** Lays out one labelled bar per row, scaled so the biggest value (or `max`) fills the width. */
export function barRows(rows: { label: string; value: number }[], options: { max?: number; maxChars?: number } = {}): { rows: BarRow[]; height: number } {
  const max = Math.max(options.max ?? 0, ...rows.map((r) => r.value), 1);
  let y = 0;
  const laidOut = rows.map((r) => {
    const lines = wrapWords(r.label, options.maxChars ?? 30);
    const lineY = lines.map((_, i) => y + BAR_LINE_HEIGHT * (i + 1) - 5);
    const barY = y + lines.length * BAR_LINE_HEIGHT + 2;
    y = barY + BAR_HEIGHT + GAP;
    const width = r.value === 0 ? 0 : Math.max(0.75, (r.value / max) * 100);
    return { lines, lineY, barY, width: Math.round(width * 100) / 100 };
  });
  return { rows: laidOut, height: Math.max(y - GAP + 2, 1) };
}
