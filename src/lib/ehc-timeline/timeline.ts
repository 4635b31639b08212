/**
 * A family's own timeline: each step's date worked out from the dates they
 * have (the request, and the letters that have come), and where they are now.
 * Pure: the page script gives it the saved dates and today's date.
 *
 * Later dates follow the real ones only where the law says so: the 15 days to
 * comment run from the day the draft arrived, an appeal from the decision
 * letter, the first review from the final plan. The 16- and 20-week limits
 * always count from the request, however late the draft is.
 */
import { daysBetween, type CalendarDate } from '../calendar-date';
import {
  amendedPlanBy,
  appealBy,
  commentsBy,
  decideWhetherToAssessBy,
  decisionNotToIssueBy,
  finalPlanBy,
  mediationAdviserBy,
  phaseTransferDeadline,
  reviewBy,
  reviewDecisionBy,
  type PhaseMove,
} from './rules';
import { stepActor, type StepId } from './steps';

/** Dates for a new request for an EHC needs assessment. */
export interface AssessmentDates {
  journey: 'assessment';
  /** The day the council received the request: every limit up to the final plan counts from it. */
  requestReceived: CalendarDate;
  /** The letter saying whether the council will assess. */
  decisionToAssess?: { date: CalendarDate; outcome: 'assess' | 'refuse' };
  /** The draft plan arrived. */
  draftPlan?: CalendarDate;
  /** A letter saying the council will not issue a plan after assessing. */
  noPlan?: CalendarDate;
  /** The final EHC plan arrived (or is dated). */
  finalPlan?: CalendarDate;
  /** The mediation certificate's date, if you have one. */
  mediationCertificate?: CalendarDate;
}

/** Dates for an annual review of an existing plan. */
export interface ReviewDates {
  journey: 'review';
  /** The date of the plan, or of the last review meeting. */
  planOrLastReview: CalendarDate;
  reviewMeeting?: CalendarDate;
  /** The council's decision after the review: keep the plan, change it (with the proposed changes), or stop it. */
  reviewDecision?: { date: CalendarDate; outcome: 'keep' | 'amend' | 'cease' };
  /** The final amended plan arrived. */
  amendedPlan?: CalendarDate;
  /** A move between school phases next year: the plan must name the new school in time. */
  phaseTransfer?: { move: PhaseMove; year: number };
  mediationCertificate?: CalendarDate;
}

export type JourneyDates = AssessmentDates | ReviewDates;

/**
 * done: the letter came (lateDays > 0 if after the limit).
 * late: the council's limit has passed and nothing is recorded.
 * next: the first step still to come.
 * upcoming: later steps.
 * closed: a family's window (comments, appeal) that has ended.
 * waiting: its date depends on a letter that has not come yet.
 * not-needed: this journey will not reach it (the council said no, say).
 */
export type StepStatus = 'done' | 'late' | 'next' | 'upcoming' | 'closed' | 'waiting' | 'not-needed';

export interface TimelineStep {
  id: StepId;
  status: StepStatus;
  /** The last day allowed. */
  due?: CalendarDate;
  /** The day the letter came, if recorded. */
  doneOn?: CalendarDate;
  /** Days after the limit it came, or (when late) days overdue today. */
  lateDays?: number;
  /** For the appeal: the last day to contact the mediation adviser. */
  mediationAdviserBy?: CalendarDate;
  /** For the phase transfer: the plan is due before this day. */
  before?: CalendarDate;
}

interface Draft {
  id: StepId;
  due?: CalendarDate;
  doneOn?: CalendarDate;
  notNeeded?: boolean;
  extra?: Partial<TimelineStep>;
}

function appealStep(decisionSent: CalendarDate | undefined, certificate: CalendarDate | undefined): Draft {
  if (!decisionSent) return { id: 'mediation-and-appeal' };
  return { id: 'mediation-and-appeal', due: appealBy(decisionSent, certificate), extra: { mediationAdviserBy: mediationAdviserBy(decisionSent) } };
}

function assessmentDrafts(d: AssessmentDates): Draft[] {
  const refused = d.decisionToAssess?.outcome === 'refuse';
  const noPlan = !refused && d.noPlan !== undefined;
  const stopped = refused || noPlan;
  const appealable = refused ? d.decisionToAssess!.date : noPlan ? d.noPlan : d.finalPlan;
  return [
    { id: 'decide-whether-to-assess', due: decideWhetherToAssessBy(d.requestReceived), doneOn: d.decisionToAssess?.date },
    { id: 'assessment-and-draft', due: decisionNotToIssueBy(d.requestReceived), doneOn: d.draftPlan ?? d.noPlan, notNeeded: refused },
    { id: 'comment-on-draft', due: d.draftPlan ? commentsBy(d.draftPlan) : undefined, notNeeded: stopped },
    { id: 'final-plan', due: finalPlanBy(d.requestReceived), doneOn: d.finalPlan, notNeeded: stopped },
    { ...appealStep(appealable, d.mediationCertificate) },
    { id: 'first-review', due: d.finalPlan ? reviewBy(d.finalPlan) : undefined, notNeeded: stopped },
  ];
}

function reviewDrafts(d: ReviewDates): Draft[] {
  const decision = d.reviewDecision;
  const amend = decision?.outcome === 'amend';
  const notAmending = decision !== undefined && !amend;
  const appealable = notAmending ? decision.date : d.amendedPlan;
  const transfer = d.phaseTransfer ? phaseTransferDeadline(d.phaseTransfer.move, d.phaseTransfer.year) : undefined;
  return [
    { id: 'review-meeting', due: reviewBy(d.planOrLastReview), doneOn: d.reviewMeeting },
    { id: 'review-decision', due: d.reviewMeeting ? reviewDecisionBy(d.reviewMeeting) : undefined, doneOn: decision?.date },
    { id: 'comment-on-changes', due: amend ? commentsBy(decision.date) : undefined, notNeeded: notAmending },
    { id: 'amended-plan', due: amend ? amendedPlanBy(decision.date) : undefined, doneOn: d.amendedPlan, notNeeded: notAmending },
    ...(transfer ? [{ id: 'phase-transfer' as const, due: transfer.lastDay, doneOn: d.amendedPlan, extra: { before: transfer.before } }] : []),
    { ...appealStep(appealable, d.mediationCertificate) },
    { id: 'next-review', due: reviewBy(d.reviewMeeting ?? d.planOrLastReview), notNeeded: decision?.outcome === 'cease' },
  ];
}

/** Every step of this family's journey, with its date and status on `today`. */
export function buildTimeline(dates: JourneyDates, today: CalendarDate): TimelineStep[] {
  const drafts = dates.journey === 'assessment' ? assessmentDrafts(dates) : reviewDrafts(dates);
  let nextGiven = false;
  return drafts.map(({ id, due, doneOn, notNeeded, extra }): TimelineStep => {
    const base = { id, due, ...extra };
    if (notNeeded) return { ...base, due: undefined, status: 'not-needed' };
    if (doneOn) {
      const lateDays = due ? daysBetween(due, doneOn) : 0;
      return { ...base, doneOn, status: 'done', ...(lateDays > 0 ? { lateDays } : {}) };
    }
    if (!due) return { ...base, status: 'waiting' };
    if (due < today) {
      if (stepActor[id] === 'family') return { ...base, status: 'closed' };
      return { ...base, status: 'late', lateDays: daysBetween(due, today) };
    }
    const status = nextGiven ? 'upcoming' : 'next';
    nextGiven = true;
    return { ...base, status };
  });
}

/** The step to chase: the most overdue council step, if any. */
export function mostOverdue(steps: TimelineStep[]): TimelineStep | undefined {
  return steps.filter((s) => s.status === 'late').sort((a, b) => (b.lateDays ?? 0) - (a.lateDays ?? 0))[0];
}
