import { describe, expect, it } from 'vitest';
import { countByMonth, eventsHeld, reviewShare, servicesByNeed, servicesByTier, youSaidWeDidByMonth } from '../../src/lib/dashboard';

const today = new Date('2026-11-23T12:00:00Z');

describe('services on the dashboard', () => {
  const services = [
    { tier: 'universal' as const, needs: ['communication-interaction' as const, 'sensory-physical' as const] },
    { tier: 'targeted' as const, needs: ['communication-interaction' as const] },
    { tier: 'targeted' as const, needs: ['social-emotional-mental-health' as const] },
  ];
  it('are counted by tier in graduated-approach order, with empty tiers shown as 0', () => {
    expect(servicesByTier(services)).toEqual([
      { tier: 'universal', count: 1 },
      { tier: 'targeted', count: 2 },
      { tier: 'specialist', count: 0 },
    ]);
  });
  it('are counted under every area of need they help with', () => {
    const rows = servicesByNeed(services);
    expect(rows.map((r) => r.total)).toEqual([2, 0, 1, 1]);
    expect(rows[0].byTier).toEqual({ universal: 1, targeted: 1, specialist: 0 });
  });
  it('count as up to date when checked in the last 12 months and not past a set review date', () => {
    const share = reviewShare(
      [
        { lastReviewed: new Date('2026-01-10') },
        { lastReviewed: new Date('2025-11-01') },
        { lastReviewed: new Date('2026-06-01'), nextReviewDue: new Date('2026-09-01') },
        { lastReviewed: new Date('2026-11-01') },
      ],
      today,
    );
    expect(share).toEqual({ upToDate: 2, total: 4, percent: 50 });
  });
  it('give 0% rather than an error when there are no services', () => {
    expect(reviewShare([], today).percent).toBe(0);
  });
});

describe('counting by month', () => {
  it('covers the 12 months up to this one, with empty months as 0', () => {
    const rows = countByMonth([new Date('2026-11-02'), new Date('2026-11-20'), new Date('2025-12-01'), new Date('2025-11-30')], '2026-11');
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({ month: '2025-12', count: 1 });
    expect(rows[11]).toEqual({ month: '2026-11', count: 2 });
    expect(rows.reduce((s, r) => s + r.count, 0)).toBe(3);
  });
});

describe('“you said, we did” on the dashboard', () => {
  it('says there are none when the collection is empty or missing', () => {
    const result = youSaidWeDidByMonth([], today);
    expect(result.total).toBe(0);
    expect(result.byMonth.every((m) => m.count === 0)).toBe(true);
    expect(result.byStatus).toEqual([]);
  });
  it('counts entries per month and per status, leaving out ones dated in the future', () => {
    const result = youSaidWeDidByMonth(
      [
        { date: new Date('2026-10-05'), status: 'done' },
        { date: new Date('2026-10-20'), status: 'in progress' },
        { date: new Date('2026-11-01'), status: 'done' },
        { date: new Date('2026-12-01'), status: 'done' },
      ],
      today,
    );
    expect(result.total).toBe(3);
    expect(result.byMonth.slice(-2)).toEqual([
      { month: '2026-10', count: 2 },
      { month: '2026-11', count: 1 },
    ]);
    expect(result.byStatus).toEqual([
      { status: 'done', count: 2 },
      { status: 'in progress', count: 1 },
    ]);
  });
});

describe('events on the dashboard', () => {
  it('counts events already held by month and the ones still to come', () => {
    const result = eventsHeld(
      [
        { start: new Date('2026-07-11T10:00:00Z') },
        { start: new Date('2026-11-23T09:00:00Z') },
        { start: new Date('2026-12-03T18:00:00Z') },
        { start: new Date('2024-05-01T10:00:00Z') },
      ],
      today,
    );
    expect(result.heldInPeriod).toBe(2);
    expect(result.upcoming).toBe(1);
    expect(result.byMonth.find((m) => m.month === '2026-07')?.count).toBe(1);
  });
  it('has nothing to count with no events', () => {
    expect(eventsHeld([], today)).toMatchObject({ heldInPeriod: 0, upcoming: 0 });
  });
});
