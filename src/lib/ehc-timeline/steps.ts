/**
 * The steps of the EHC journey, in order. The ids tie the wording navigators
 * edit (content/ehc-journey/steps.yaml) to the rules in rules.ts; the content
 * schema only accepts these ids, and every one must have wording.
 */
export const assessmentSteps = ['decide-whether-to-assess', 'assessment-and-draft', 'comment-on-draft', 'final-plan', 'first-review'] as const;
export const reviewSteps = ['review-meeting', 'review-decision', 'comment-on-changes', 'amended-plan', 'phase-transfer', 'next-review'] as const;
/** Appeal applies to both journeys: after a refusal, a final plan, or a review decision. */
export const sharedSteps = ['mediation-and-appeal'] as const;

export const stepIds = [...assessmentSteps, ...reviewSteps, ...sharedSteps] as const;
export type StepId = (typeof stepIds)[number];

/** Who must act: the council (a late step is the council's delay) or the family (a window that closes). */
export const stepActor: Record<StepId, 'council' | 'family'> = {
  'decide-whether-to-assess': 'council',
  'assessment-and-draft': 'council',
  'comment-on-draft': 'family',
  'final-plan': 'council',
  'first-review': 'council',
  'review-meeting': 'council',
  'review-decision': 'council',
  'comment-on-changes': 'family',
  'amended-plan': 'council',
  'phase-transfer': 'council',
  'next-review': 'council',
  'mediation-and-appeal': 'family',
};

/** Short names for each step, for the CMS drop-down (the page uses the titles in content). */
export const stepLabels: Record<StepId, string> = {
  'decide-whether-to-assess': 'Decision on whether to assess (6 weeks)',
  'assessment-and-draft': 'Assessment, then a draft plan or a decision not to issue one (16 weeks)',
  'comment-on-draft': 'Your 15 days to comment on the draft plan',
  'final-plan': 'Final plan (20 weeks)',
  'first-review': 'First annual review (12 months)',
  'review-meeting': 'Annual review meeting',
  'review-decision': "Council's decision after the review (4 weeks)",
  'comment-on-changes': 'Your 15 days to comment on proposed changes',
  'amended-plan': 'Amended plan (8 weeks)',
  'phase-transfer': 'Moving school phase (15 February or 31 March)',
  'next-review': 'Next annual review',
  'mediation-and-appeal': 'Mediation and appeal to the tribunal',
};
