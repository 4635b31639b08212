/** The timeline's own words: each status said in words (never only a colour), and why a date is not known yet. */
import type { StepStatus } from '../lib/ehc-timeline/timeline';
import type { StepId } from '../lib/ehc-timeline/steps';

export const statusWords: Record<StepStatus, string> = {
  done: 'Done',
  late: 'Late',
  next: 'Due next',
  upcoming: 'Coming up',
  closed: 'Time has ended',
  waiting: 'Date not known yet',
  'not-needed': 'Not needed',
};

export const waitingReasons: Partial<Record<StepId, string>> = {
  'comment-on-draft': 'The 15 days start when the draft plan arrives: record it here when it comes.',
  'mediation-and-appeal': 'Only if you want to appeal. The time starts from a decision letter (a "no", or the final plan): record it when it comes.',
  'first-review': 'Worked out from the date of the final plan, when you record it.',
  'review-decision': 'Worked out from the date of the review meeting, when you record it.',
  'comment-on-changes': "The 15 days start when the council's proposed changes arrive.",
  'amended-plan': 'Worked out from the day the council sent its proposed changes.',
};

/** GOV.UK tag colours; the words above carry the meaning, the colour only repeats it. */
export const tagColour: Record<StepStatus, string> = {
  done: 'govuk-tag--green',
  late: 'govuk-tag--red',
  next: '',
  upcoming: 'govuk-tag--grey',
  closed: 'govuk-tag--grey',
  waiting: 'govuk-tag--grey',
  'not-needed': 'govuk-tag--grey',
};
