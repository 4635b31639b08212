import { describe, expect, it } from 'vitest';
import { reviewList, type Reviewable } from '../../src/lib/review-list';

const item = (name: string, lastReviewed: string, nextReviewDue?: string): Reviewable => ({
  kind: 'Service',
  name,
  editUrl: `/admin/#/collections/services/entries/${name}`,
  lastReviewed: new Date(lastReviewed),
  nextReviewDue: nextReviewDue ? new Date(nextReviewDue) : undefined,
  reviewOwner: 'Team Lead',
});
const today = new Date('2026-11-23T12:00:00Z');

describe('the due-for-review list', () => {
  it('puts the most overdue first', () => {
    const { overdue } = reviewList([item('a', '2025-10-01'), item('b', '2025-06-12'), item('c', '2025-09-01')], today);
    expect(overdue.map((r) => [r.name, r.daysOverdue])).toEqual([
      ['b', 164],
      ['c', 83],
      ['a', 53],
    ]);
  });

  it('counts a set review date that has passed, even when the 12 months have not', () => {
    const { overdue } = reviewList([item('set date', '2026-05-01', '2026-11-01')], today);
    expect(overdue.map((r) => r.name)).toEqual(['set date']);
    expect(overdue[0].due.toISOString().slice(0, 10)).toBe('2026-11-01');
  });

  it('lists what falls due in the next 60 days separately, soonest first, and leaves the rest out', () => {
    const { overdue, dueSoon } = reviewList(
      [item('due in 98 days', '2026-03-01'), item('due in 30 days', '2025-12-23'), item('due in 8 days', '2025-12-01')],
      today,
    );
    expect(overdue).toEqual([]);
    expect(dueSoon.map((r) => r.name)).toEqual(['due in 8 days', 'due in 30 days']);
  });
});
