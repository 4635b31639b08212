import { daysOverdue, reviewDueDate } from './review';

/** Something with a review date: a service or an information page. */
export interface Reviewable {
  /** "Service" or "Information page". */
  kind: string;
  name: string;
  /** Where it is edited, e.g. /admin/#/collections/services/entries/family-hubs */
  editUrl: string;
  lastReviewed: Date;
  nextReviewDue?: Date;
  reviewOwner: string;
}

export interface ReviewRow extends Reviewable {
  due: Date;
  /** Whole days past the due date; negative when not yet due. */
  daysOverdue: number;
}

/**
 * The officer's review list: what is overdue, most overdue first, and what
 * falls due in the next `soonDays` days, soonest first. The rule for "due" is
 * src/lib/review.ts, the same one that puts the notice on service pages.
 */
export function reviewList(items: Reviewable[], today: Date, soonDays = 60): { overdue: ReviewRow[]; dueSoon: ReviewRow[] } {
  const rows = items.map((item) => ({
    ...item,
    due: reviewDueDate(item.lastReviewed, item.nextReviewDue),
    daysOverdue: daysOverdue(item.lastReviewed, today, item.nextReviewDue),
  }));
  const byName = (a: ReviewRow, b: ReviewRow) => a.name.localeCompare(b.name, 'en-GB');
  return {
    overdue: rows.filter((r) => r.daysOverdue > 0).sort((a, b) => b.daysOverdue - a.daysOverdue || byName(a, b)),
    dueSoon: rows.filter((r) => r.daysOverdue <= 0 && -r.daysOverdue <= soonDays).sort((a, b) => b.daysOverdue - a.daysOverdue || byName(a, b)),
  };
}

/** "1 day", "40 days". */
export function daysInWords(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}
