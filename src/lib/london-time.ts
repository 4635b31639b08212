/**
 * The area's events happen on UK clock time (Europe/London), which is GMT
 * in winter and BST (GMT+1) in summer. Content says "10:00 on 14 July" as a
 * person would; these helpers turn that into an exact instant and back, using
 * the time zone database built into Node's Intl, so the clock change is never
 * worked out by hand.
 */
export const LONDON = 'Europe/London';

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export interface ClockTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** What a clock in London shows at `instant`. */
export function londonClock(instant: Date): ClockTime & { second: number } {
  const parts = Object.fromEntries(partsFormatter.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: +parts.year, month: +parts.month, day: +parts.day, hour: +parts.hour, minute: +parts.minute, second: +parts.second };
}

/** Minutes London is ahead of UTC at `instant`: 0 in winter, 60 in summer. */
function londonOffsetMinutes(instant: Date): number {
  const c = londonClock(instant);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant when London clocks show `clock`. In the hour skipped in March
 * the clock time does not exist, and we move it forward an hour (as a phone
 * alarm would); in the hour repeated in October we take the first (BST) one.
 */
export function fromLondonClock(clock: ClockTime): Date {
  const naive = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
  // The offset at the naive instant is right except within an hour of a clock change; trying both candidates settles it.
  const candidates = [...new Set([londonOffsetMinutes(new Date(naive - 3_600_000)), londonOffsetMinutes(new Date(naive + 3_600_000))])]
    .sort((a, b) => b - a)
    .map((offset) => new Date(naive - offset * 60_000));
  const exact = candidates.find((d) => {
    const c = londonClock(d);
    return c.year === clock.year && c.month === clock.month && c.day === clock.day && c.hour === clock.hour && c.minute === clock.minute;
  });
  return exact ?? new Date(naive - Math.min(...candidates.map((d) => londonOffsetMinutes(d))) * 60_000);
}

/** "2026-11-23": the London calendar day of an instant, for comparing days. */
export function londonDay(instant: Date): string {
  const c = londonClock(instant);
  return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

/** "10:00": the London clock time of an instant, 24-hour. */
export function londonTimeOfDay(instant: Date): string {
  const c = londonClock(instant);
  return `${String(c.hour).padStart(2, '0')}:${String(c.minute).padStart(2, '0')}`;
}
