/**
 * The worked examples the page prints, made with the same rules the personal
 * timeline uses (and checked in tests/unit/ehc-timeline.test.ts), so the
 * examples cannot drift from the law as coded.
 */
import type { CalendarDate } from '../calendar-date';
import {
  amendedPlanBy,
  commentsBy,
  decideWhetherToAssessBy,
  decisionNotToIssueBy,
  finalPlanBy,
  phaseTransferDeadline,
  reviewBy,
  reviewDecisionBy,
  reviewPapersBy,
} from './rules';

export interface ExampleRow {
  label: string;
  date: CalendarDate;
}

/** A request received on Monday 5 January 2026, with a draft plan on 20 April. */
export function workedExample(request: CalendarDate = '2026-01-05', draft: CalendarDate = '2026-04-20'): ExampleRow[] {
  const final = finalPlanBy(request);
  return [
    { label: 'The council receives the request', date: request },
    { label: 'Decision on whether to assess', date: decideWhetherToAssessBy(request) },
    { label: 'Decision not to issue a plan, if that is the outcome', date: decisionNotToIssueBy(request) },
    { label: 'Draft plan arrives (example date)', date: draft },
    { label: 'Last day to comment on the draft', date: commentsBy(draft) },
    { label: 'Final plan', date: final },
    { label: 'First annual review', date: reviewBy(final) },
  ];
}

/** A review meeting on Tuesday 10 November 2026 for a child starting secondary school in September 2027. */
export function reviewExample(meeting: CalendarDate = '2026-11-10'): ExampleRow[] {
  const decision = reviewDecisionBy(meeting);
  return [
    { label: 'Review meeting (example date)', date: meeting },
    { label: 'Reports and invitation, at the latest', date: reviewPapersBy(meeting) },
    { label: 'Council decision, with any proposed changes', date: decision },
    { label: 'Amended plan', date: amendedPlanBy(decision) },
    { label: 'Amended plan for a move to secondary school in September 2027', date: phaseTransferDeadline('school', 2027).lastDay },
  ];
}
