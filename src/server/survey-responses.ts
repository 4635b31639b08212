import { referenceCandidates } from './forms/references';
import { addMonths, auditRetentionMonths } from './forms/retention';
import type { FormsStore, SavedSurveyResponse } from './forms/store';
import type { SurveyAnswers } from './survey-validation';

export type { StoredSurveyResponse } from './forms/store';
export { referencePattern } from './forms/references';

/**
 * Stores a response once per form token. A second post with the same token
 * (a double click, the back button and send again, or the same form sent
 * again through another server) stores nothing and gets the first
 * response's reference, so the person sees the same confirmation.
 */
export function saveSurveyResponse(
  store: FormsStore,
  response: { survey: string; formToken: string; answers: SurveyAnswers; keepForMonths: number; referencePrefix?: string },
  now = new Date(),
): Promise<SavedSurveyResponse> {
  return store.saveSurveyResponse(
    {
      survey: response.survey,
      formToken: response.formToken,
      submittedAt: now.toISOString(),
      deleteAfter: addMonths(now, response.keepForMonths).toISOString(),
      answers: response.answers,
    },
    referenceCandidates(response.referencePrefix),
  );
}

/**
 * Deletes one response when someone asks for their answers to be removed
 * (they quote the reference). `deletedBy` (the officer's e-mail address) goes
 * into the audit log with the reference, in the same transaction.
 */
export function deleteSurveyResponse(store: FormsStore, reference: string, deletedBy?: string, now = new Date()): Promise<boolean> {
  const audit = deletedBy ? { at: now.toISOString(), actor: deletedBy, deleteAfter: addMonths(now, auditRetentionMonths).toISOString() } : undefined;
  return store.deleteSurveyResponse(reference, audit);
}
