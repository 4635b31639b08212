/**
 * Which rule sets each step's time limit, and the list the page prints under
 * "Where these rules come from".
 */
import { rules, type Rule } from './rules';
import type { StepId } from './steps';

export const stepRules: Record<StepId, Rule> = {
  'decide-whether-to-assess': rules.decideWhetherToAssess,
  'assessment-and-draft': {
    limit: `a decision not to issue a plan ${rules.decisionNotToIssue.limit}; people asked for advice must give it ${rules.adviceFromProfessionals.limit}`,
    source: `${rules.decisionNotToIssue.source} ${rules.adviceFromProfessionals.source}`,
  },
  'comment-on-draft': rules.commentOnDraft,
  'final-plan': rules.finalPlan,
  'first-review': { limit: 'within 12 months of the date of the final plan', source: rules.review.source },
  'review-meeting': { limit: `${rules.review.limit}; ${rules.reviewNotice.limit}`, source: `${rules.review.source} ${rules.reviewNotice.source}` },
  'review-decision': rules.reviewDecision,
  'comment-on-changes': rules.commentOnAmendments,
  'amended-plan': rules.amendedPlan,
  'phase-transfer': rules.phaseTransfer,
  'next-review': { limit: 'within 12 months of the last review', source: rules.review.source },
  'mediation-and-appeal': rules.appeal,
};

const named = (what: string, rule: Rule) => ({ what, ...rule });

/** Every time limit the page uses, in the order of the journey. */
export const sourcesInOrder = [
  named('Deciding whether to assess', rules.decideWhetherToAssess),
  named('Advice from professionals', rules.adviceFromProfessionals),
  named('A decision not to issue a plan', rules.decisionNotToIssue),
  named('Commenting on the draft plan', rules.commentOnDraft),
  named('The final plan', rules.finalPlan),
  named('Annual reviews', rules.review),
  named('Notice of the review meeting', rules.reviewNotice),
  named('The decision after a review', rules.reviewDecision),
  named('Commenting on proposed changes', rules.commentOnAmendments),
  named('The amended plan', rules.amendedPlan),
  named('Moving school phase', rules.phaseTransfer),
  named('Contacting a mediation adviser', rules.mediationAdviser),
  named('Appealing to the tribunal', rules.appeal),
];
