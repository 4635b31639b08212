import { addMonths } from './forms/retention';
import type { FormsStore } from './forms/store';

export type { PageFeedbackComment, PageFeedbackCount } from './forms/store';

/**
 * Stores one "Was this page useful?" answer. `repeatKey` identifies the same
 * answer from the same browser within a few minutes (see page-feedback.ts);
 * a repeat stores nothing, so a double click or a resend counts once.
 */
export function savePageFeedback(
  store: FormsStore,
  feedback: { page: string; useful: boolean; lookingFor?: string; repeatKey: string; keepForMonths: number },
  now = new Date(),
): Promise<{ alreadySaved: boolean }> {
  return store.savePageFeedback({
    page: feedback.page,
    useful: feedback.useful,
    lookingFor: feedback.lookingFor,
    repeatKey: feedback.repeatKey,
    submittedAt: now.toISOString(),
    deleteAfter: addMonths(now, feedback.keepForMonths).toISOString(),
  });
}
