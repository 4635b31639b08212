/**
 * The letters a family can record against each step, and what recording one
 * changes in their saved dates. Outcomes matter where the law branches: a
 * "no" to assessment starts the appeal clock instead of the plan's.
 */
import type { CalendarDate } from '../lib/calendar-date';
import type { AssessmentDates, ReviewDates } from '../lib/ehc-timeline/timeline';
import type { StepId } from '../lib/ehc-timeline/steps';

export interface LetterKind {
  /** The button on the step: "Record the decision letter". */
  button: string;
  /** The question above the date boxes. */
  legend: string;
  /** What the date is, for error messages: "The date the letter arrived". */
  name: string;
  /** Choices for what the letter said, if it matters. */
  outcomes?: [value: string, label: string][];
}

const arrived = { legend: 'When did it arrive?', name: 'The date it arrived' };
const certificate: LetterKind = {
  button: 'Record the mediation certificate',
  legend: 'What date is on the mediation certificate?',
  name: 'The date on the mediation certificate',
};

export const assessmentLetters: Partial<Record<StepId, LetterKind>> = {
  'decide-whether-to-assess': {
    button: 'Record the decision letter',
    ...arrived,
    outcomes: [
      ['assess', 'Yes, the council will assess'],
      ['refuse', 'No, the council will not assess'],
    ],
  },
  'assessment-and-draft': {
    button: 'Record the draft plan or decision',
    ...arrived,
    outcomes: [
      ['draft', 'A draft EHC plan'],
      ['no-plan', 'A letter saying the council will not issue a plan'],
    ],
  },
  'final-plan': { button: 'Record the final plan', ...arrived },
  'mediation-and-appeal': certificate,
};

export const reviewLetters: Partial<Record<StepId, LetterKind>> = {
  'review-meeting': { button: 'Record the review meeting', legend: 'When was the review meeting?', name: 'The date of the review meeting' },
  'review-decision': {
    button: "Record the council's decision",
    ...arrived,
    outcomes: [
      ['keep', 'Keep the plan as it is'],
      ['amend', 'Change the plan (the proposed changes came with it)'],
      ['cease', 'Stop the plan'],
    ],
  },
  'amended-plan': { button: 'Record the amended plan', ...arrived },
  'phase-transfer': { button: 'Record the amended plan', ...arrived },
  'mediation-and-appeal': certificate,
};

/** The dates with this step's letter recorded (or, with no date, removed). */
export function withLetter<T extends AssessmentDates | ReviewDates>(dates: T, step: StepId, date: CalendarDate | undefined, outcome?: string): T {
  const d: Record<string, unknown> = { ...dates };
  const set = (key: string, value: unknown) => {
    if (value === undefined || value === '') delete d[key];
    else d[key] = value;
  };
  switch (step) {
    case 'decide-whether-to-assess':
      set('decisionToAssess', date ? { date, outcome } : undefined);
      break;
    case 'assessment-and-draft':
      set('draftPlan', date && outcome === 'draft' ? date : undefined);
      set('noPlan', date && outcome === 'no-plan' ? date : undefined);
      break;
    case 'final-plan':
      set('finalPlan', date);
      break;
    case 'mediation-and-appeal':
      set('mediationCertificate', date);
      break;
    case 'review-meeting':
      set('reviewMeeting', date);
      break;
    case 'review-decision':
      set('reviewDecision', date ? { date, outcome } : undefined);
      break;
    case 'amended-plan':
    case 'phase-transfer':
      set('amendedPlan', date);
      break;
  }
  return d as unknown as T;
}
