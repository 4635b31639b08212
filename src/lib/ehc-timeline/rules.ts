/**
 * The statutory time limits of the EHC journey, each with where it comes from.
 * The numbers live here (not in content) so that an editor cannot change the
 * law by accident; the words around them are in content/ehc-journey/.
 *
 * Checked against the text of the Special Educational Needs and Disability
 * Regulations 2014 (SI 2014/1530, "SEND Regulations") on legislation.gov.uk,
 * the SEND Code of Practice 0 to 25 (2015), chapters 9 and 11, and the
 * Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care
 * Chamber) Rules 2008. docs/ehc-timeline.md lists the sources in full.
 */
import { addDays, addMonths, addWeeks, calendarDate, isWeekend, lastDayOfMonthsStartingWith, later, parts, type CalendarDate } from '../calendar-date';

export interface Rule {
  /** The time limit in plain words, as the page shows it. */
  limit: string;
  /** Where the law says it. */
  source: string;
}

export const rules = {
  // SEND Regulations 2014, reg 5(1): "as soon as practicable and in any event within 6 weeks of receiving a request".
  decideWhetherToAssess: {
    weeks: 6,
    limit: 'within 6 weeks of the day the council received the request',
    source: 'SEND Regulations 2014, regulation 5(1); exceptions in regulation 5(4). Code of Practice, chapter 9.',
  },
  // Reg 8(1): people asked for advice must give it within 6 weeks of being asked (exceptions in reg 8(2)).
  adviceFromProfessionals: { weeks: 6, limit: 'within 6 weeks of being asked', source: 'SEND Regulations 2014, regulation 8.' },
  // Reg 10(1): a decision not to issue a plan must be notified within 16 weeks of receiving the request.
  decisionNotToIssue: {
    weeks: 16,
    limit: 'within 16 weeks of the day the council received the request',
    source: 'SEND Regulations 2014, regulation 10(1); exceptions in regulation 10(4).',
  },
  // Reg 13(1)(a): "at least 15 days, beginning with the day on which the draft plan was served" (day 1 is that day).
  commentOnDraft: {
    days: 15,
    limit: 'at least 15 days, counting the day the draft plan reached you as day 1',
    source: 'SEND Regulations 2014, regulation 13(1). Code of Practice, chapter 9.',
  },
  // Reg 13(2): final plan within 20 weeks of receiving the request; reg 13(3) allows the reasons in reg 10(4)(a) to (d).
  finalPlan: {
    weeks: 20,
    limit: 'within 20 weeks of the day the council received the request',
    source: 'SEND Regulations 2014, regulation 13(2); exceptions in regulation 13(3). Code of Practice, chapter 9.',
  },
  // Children and Families Act 2014, s.44(1): review within 12 months starting with the date the plan was made, then of each review.
  review: {
    months: 12,
    limit: 'within 12 months of the date of the plan, then within 12 months of each review',
    source: 'Children and Families Act 2014, section 44(1); SEND Regulations 2014, regulations 18 to 22. Code of Practice, chapter 9 (reviewing an EHC plan).',
  },
  // Reg 20(3) and (4): at least 2 weeks' notice of the meeting; advice sent out at least 2 weeks before it.
  reviewNotice: {
    weeks: 2,
    limit: "at least 2 weeks' notice of the meeting, and the reports at least 2 weeks before it",
    source: 'SEND Regulations 2014, regulation 20(3) and (4).',
  },
  // Reg 20(10): the council's decision (keep, amend or stop the plan) within 4 weeks of the review meeting.
  reviewDecision: {
    weeks: 4,
    limit: 'within 4 weeks of the review meeting',
    source: 'SEND Regulations 2014, regulation 20(10); R (L, M and P) v Devon County Council [2022] EWHC 493 (Admin).',
  },
  // Reg 22(2)(c): 15 days (beginning with the day served) to comment on proposed amendments.
  commentOnAmendments: {
    days: 15,
    limit: 'at least 15 days, counting the day the proposed changes reached you as day 1',
    source: 'SEND Regulations 2014, regulation 22(2).',
  },
  // Reg 22(3): amended plan within 8 weeks of the proposed amendments being sent.
  amendedPlan: { weeks: 8, limit: 'within 8 weeks of the council sending the proposed changes', source: 'SEND Regulations 2014, regulation 22(3).' },
  // Reg 18(1): review and amend before 15 February (school phases) or 31 March (secondary school to post-16) in the calendar year of the move.
  phaseTransfer: {
    limit: 'before 15 February in the year of the move (before 31 March for a move from secondary school to post-16)',
    source:
      'SEND Regulations 2014, regulation 18(1); moves between post-16 colleges at other times, at least 5 months before (regulation 18(2)). Code of Practice, chapter 9.',
  },
  // Reg 33: contact the mediation adviser within 2 months of the decision letter being sent.
  mediationAdviser: {
    months: 2,
    limit: 'within 2 months of the date the decision letter was sent',
    source: 'Children and Families Act 2014, section 55; SEND Regulations 2014, regulations 32 to 35. Code of Practice, chapter 11 (mediation).',
  },
  // HESC Rules 2008 rule 20(1): appeal within 2 months after the decision notice was sent, or 1 month after the mediation certificate, if later.
  appeal: {
    months: 2,
    monthsAfterCertificate: 1,
    limit: '2 months from the date the decision letter was sent, or 1 month from the date of the mediation certificate, whichever is later',
    source: 'Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008, rule 20. Code of Practice, chapter 11 (appeals).',
  },
} as const satisfies Record<string, Rule & Record<string, unknown>>;

export type RuleName = keyof typeof rules;

/** Reg 5(1): the day by which the council must say whether it will assess. */
export const decideWhetherToAssessBy = (requestReceived: CalendarDate) => addWeeks(requestReceived, rules.decideWhetherToAssess.weeks);

/** Reg 10(1): the day by which a decision not to issue a plan must reach the family. */
export const decisionNotToIssueBy = (requestReceived: CalendarDate) => addWeeks(requestReceived, rules.decisionNotToIssue.weeks);

/** Reg 13(2): the day by which the final plan must be sent. */
export const finalPlanBy = (requestReceived: CalendarDate) => addWeeks(requestReceived, rules.finalPlan.weeks);

/** Reg 13(1) and 22(2): the last of the 15 days, day 1 being the day the draft (or proposed changes) arrived. */
export const commentsBy = (draftServed: CalendarDate) => addDays(draftServed, rules.commentOnDraft.days - 1);

/** Section 44(1): the last day of the 12 months starting with the plan's date (or the last review's). */
export const reviewBy = (planOrReview: CalendarDate) => lastDayOfMonthsStartingWith(planOrReview, rules.review.months);

/** Reg 20(10). */
export const reviewDecisionBy = (meeting: CalendarDate) => addWeeks(meeting, rules.reviewDecision.weeks);

/** Reg 22(3). */
export const amendedPlanBy = (proposedChangesSent: CalendarDate) => addWeeks(proposedChangesSent, rules.amendedPlan.weeks);

/** Reg 20(3): the latest day the meeting's papers (and notice) should reach you. */
export const reviewPapersBy = (meeting: CalendarDate) => addWeeks(meeting, -rules.reviewNotice.weeks);

export type PhaseMove = 'school' | 'post-16';

/** Reg 18(1): the plan must be reviewed and amended "before" this day; the last day it can arrive is the day before. */
export function phaseTransferDeadline(move: PhaseMove, year: number): { before: CalendarDate; lastDay: CalendarDate } {
  const before = move === 'post-16' ? calendarDate(year, 3, 31) : calendarDate(year, 2, 15);
  return { before, lastDay: addDays(before, -1) };
}

/** Reg 33: the last day to contact the mediation adviser. */
export const mediationAdviserBy = (decisionSent: CalendarDate) => addMonths(decisionSent, rules.mediationAdviser.months);

/** The first working day on or after `date` (Saturday and Sunday skipped; bank holidays only where the caller knows them). */
function firstWeekdayFrom(date: CalendarDate, holidays: CalendarDate[] = []): CalendarDate {
  let day = date;
  while (isWeekend(day) || holidays.includes(day)) day = addDays(day, 1);
  return day;
}

/**
 * The tribunal's deadline for an appeal: 2 months after the decision letter
 * was sent, or 1 month after the mediation certificate if that is later
 * (HESC Rules 2008, rule 20(1)). A deadline that falls in August, or from 25
 * December to 1 January, moves to the first working day after 31 August or 1
 * January (the same rule, as the tribunal and IPSEA explain it). A 1 January
 * on a weekend gives a substitute bank holiday on the Monday or Tuesday.
 */
export function appealBy(decisionSent: CalendarDate, mediationCertificate?: CalendarDate): CalendarDate {
  const fromDecision = addMonths(decisionSent, rules.appeal.months);
  const deadline = mediationCertificate ? later(fromDecision, addMonths(mediationCertificate, rules.appeal.monthsAfterCertificate)) : fromDecision;
  const { year, month, day } = parts(deadline);
  if (month === 8) return firstWeekdayFrom(calendarDate(year, 9, 1));
  const newYearYear = month === 12 && day >= 25 ? year + 1 : month === 1 && day === 1 ? year : undefined;
  if (newYearYear !== undefined) {
    const newYearsDay = calendarDate(newYearYear, 1, 1);
    const substitute = isWeekend(newYearsDay) ? firstWeekdayFrom(addDays(newYearsDay, 1)) : undefined;
    return firstWeekdayFrom(calendarDate(newYearYear, 1, 2), substitute ? [substitute] : []);
  }
  return deadline;
}
