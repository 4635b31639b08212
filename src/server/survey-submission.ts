import type { SurveyDefinition } from '../schemas/survey';
import { surveyState } from '../lib/survey-dates';
import { purposeKey, serverConfig } from './config';
import type { FormsStore } from './forms/store';
import { handleFormPost, type FormCheck, type FormPostDefinition, type FormPostOutcome } from './form-post';
import type { FormFields } from './form-body';
import { checkFormToken, issueFormToken } from './form-token';
import { saveSurveyResponse } from './survey-responses';
import type { SurveyAnswers, SurveyFieldError, SurveyFormValues } from './survey-validation';
import { validateSurveyAnswers } from './survey-validation';

/** Biggest survey post we read: 40 questions with long answers in any script fit well inside it. */
export const surveyBodyLimit = 64 * 1024;

/** How long a form stays valid after it is shown: long enough to answer over a day, with breaks. */
const tokenMaxAgeMs = 24 * 60 * 60 * 1000;

const tokenField = 'form-token';

/** What goes back into the survey form when it is shown again: the answers as typed, and the token to send them with. */
export interface SurveyKept {
  token: string;
  values: SurveyFormValues;
}

/** What the survey page shows after a post (the page decides the words and markup). */
export type SurveyOutcome = FormPostOutcome<{ reference: string }, SurveyKept, SurveyFieldError, 'closed'>;

const purpose = (survey: SurveyDefinition) => `survey:${survey.id}`;

/** A fresh token for showing the survey form. */
export function newSurveyToken(survey: SurveyDefinition, now = Date.now()): string {
  return issueFormToken(purposeKey('form-token'), purpose(survey), now);
}

/**
 * The survey's checks: the form token (double submit, minimum fill time,
 * expiry) and every answer against the survey's definition. A form sent too
 * quickly keeps its token (waiting makes it valid); a bad or old one gets a new one.
 */
function checkSurveyPost(
  survey: SurveyDefinition,
  fields: FormFields,
  now: number,
): FormCheck<{ answers: SurveyAnswers; nonce: string }, SurveyKept, SurveyFieldError, never> {
  const tokens = fields.get(tokenField);
  fields.delete(tokenField);
  const validation = validateSurveyAnswers(survey, fields);
  const given = tokens?.length === 1 ? tokens[0] : undefined;
  const token = checkFormToken(purposeKey('form-token'), purpose(survey), given, now, {
    minAgeMs: serverConfig().surveyMinSeconds * 1000,
    maxAgeMs: tokenMaxAgeMs,
  });
  if (!token.ok) {
    const nextToken = token.reason === 'too-fast' ? given! : newSurveyToken(survey, now);
    const message =
      token.reason === 'expired'
        ? 'This form was opened more than a day ago. Check your answers and send them again'
        : token.reason === 'too-fast'
          ? 'Check your answers and send them again'
          : 'We could not check this form came from our website. Check your answers and send them again';
    return { kind: 'form', status: 400, kept: { token: nextToken, values: validation.values }, errors: [{ message }, ...validation.errors] };
  }
  const kept = { token: given!, values: validation.values };
  if (validation.errors.length > 0) return { kind: 'form', status: 422, kept, errors: validation.errors };
  return { kind: 'accepted', accepted: { answers: validation.answers, nonce: token.nonce }, kept };
}

/** The survey as a form post: what differs from page feedback (form-post.ts runs the rest). */
export function surveyForm(
  survey: SurveyDefinition,
  referencePrefix?: string,
): FormPostDefinition<{ answers: SurveyAnswers; nonce: string }, SurveyKept, SurveyFieldError, { reference: string }> {
  return {
    name: 'survey',
    bodyLimit: surveyBodyLimit,
    check: (fields, now) => checkSurveyPost(survey, fields, now),
    save: async ({ answers, nonce }, { store }) => {
      const saved = await saveSurveyResponse(store, {
        survey: survey.id,
        formToken: nonce,
        answers,
        keepForMonths: survey.keepResponsesForMonths,
        referencePrefix,
      });
      return { reference: saved.reference };
    },
    redirectTo: ({ reference }) => `/surveys/${survey.id}/confirmation/?ref=${reference}`,
    failureLog: `Survey ${survey.id}: a response could not be saved (database error).`,
  };
}

/**
 * Handles one survey post from start to finish: open dates, then the form
 * pipeline (rate limit, body size and encoding, honeypot, the survey's checks,
 * a durable save, "unavailable" when the database cannot be written).
 */
export async function receiveSurveyResponse(
  survey: SurveyDefinition,
  request: Request,
  clientAddress: string,
  today: Date,
  referencePrefix?: string,
  options: { store?: FormsStore } = {},
): Promise<SurveyOutcome> {
  if (surveyState(survey, today) !== 'open') return { kind: 'refused', status: 403, reason: 'closed' };
  return handleFormPost(surveyForm(survey, referencePrefix), request, clientAddress, options);
}
