import { tiers, type Tier } from '../data/tiers.ts';
import { needAreas, type NeedArea } from '../data/needs.ts';
import { isOutOfDate } from './review.ts';
import { monthOf, monthsEnding, type MonthKey } from './months.ts';

/**
 * The Local Offer dashboard's figures, counted from content at build time.
 * Pure functions over plain arrays so each count can be checked by hand.
 */

export interface MonthCount {
  month: MonthKey;
  count: number;
}

/** How many services there are in each tier, in graduated-approach order. */
export function servicesByTier(services: { tier: Tier }[]): { tier: Tier; count: number }[] {
  return tiers.map((tier) => ({ tier, count: services.filter((s) => s.tier === tier).length }));
}

/**
 * How many services help with each area of need, split by tier. A service
 * can help with more than one area, so the rows add up to more than the
 * number of services.
 */
export function servicesByNeed(services: { tier: Tier; needs: NeedArea[] }[]): { need: NeedArea; byTier: Record<Tier, number>; total: number }[] {
  return needAreas.map((need) => {
    const helping = services.filter((s) => s.needs.includes(need));
    const byTier = Object.fromEntries(tiers.map((t) => [t, helping.filter((s) => s.tier === t).length])) as Record<Tier, number>;
    return { need, byTier, total: helping.length };
  });
}

/**
 * Services whose information is up to date: checked in the last 12 months
 * and not past a set review date. Uses the same rule as the "may be out of
 * date" notice on service pages, so the dashboard and the pages agree.
 */
export function reviewShare(services: { lastReviewed: Date; nextReviewDue?: Date }[], today: Date): { upToDate: number; total: number; percent: number } {
  const upToDate = services.filter((s) => !isOutOfDate(s.lastReviewed, today, s.nextReviewDue)).length;
  const total = services.length;
  return { upToDate, total, percent: total === 0 ? 0 : Math.round((upToDate / total) * 100) };
}

/** How many dates fall in each of the `count` months up to and including `last`, oldest first, with 0 for empty months. */
export function countByMonth(dates: Date[], last: MonthKey, count = 12): MonthCount[] {
  const months = monthsEnding(last, count);
  const tally = new Map<string, number>(months.map((m) => [m, 0]));
  for (const d of dates) {
    const m = monthOf(d);
    if (tally.has(m)) tally.set(m, (tally.get(m) ?? 0) + 1);
  }
  return months.map((month) => ({ month, count: tally.get(month) ?? 0 }));
}

/** "You said, we did" entries published in each of the last 12 months, and how many there are in each status. */
export function youSaidWeDidByMonth(entries: { date: Date; status?: string }[], today: Date, count = 12) {
  const published = entries.filter((e) => e.date <= today);
  const byStatus = new Map<string, number>();
  for (const e of published) {
    const status = e.status ?? 'not given';
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  }
  return {
    total: published.length,
    byMonth: countByMonth(
      published.map((e) => e.date),
      monthOf(today),
      count,
    ),
    byStatus: [...byStatus].map(([status, n]) => ({ status, count: n })).sort((a, b) => b.count - a.count || a.status.localeCompare(b.status)),
  };
}

/** Events that have started by `today` (held), counted for each of the last 12 months, plus how many are still to come. */
export function eventsHeld(events: { start: Date }[], today: Date, count = 12) {
  const held = events.filter((e) => e.start <= today);
  const byMonth = countByMonth(
    held.map((e) => e.start),
    monthOf(today),
    count,
  );
  return {
    byMonth,
    heldInPeriod: byMonth.reduce((sum, m) => sum + m.count, 0),
    upcoming: events.length - held.length,
  };
}
