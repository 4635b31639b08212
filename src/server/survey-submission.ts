import type { SurveyDefinition } from '../schemas/survey';
import { surveyState } from '../lib/survey-dates';
import { purposeKey, serverConfig } from './config';
import { formsStore } from './forms/current';
import { readFormBody, type BodyProblem } from './form-body';
import { checkFormToken, issueFormToken } from './form-token';
import { RateLimiter } from './rate-limit';
import { saveSurveyResponse } from './survey-responses';
import { validateSurveyAnswers, type SurveyFieldError, type SurveyFormValues } from './survey-validation';

/** Biggest survey post we read: 40 questions with long answers in any script fit well inside it. */
export const surveyBodyLimit = 64 * 1024;

/** How long a form stays valid after it is shown: long enough to answer over a day, with breaks. */
const tokenMaxAgeMs = 24 * 60 * 60 * 1000;

const honeypotField = 'website';
const tokenField = 'form-token';

/** What the survey page shows after a post (the page decides the words and markup). */
export type SurveyOutcome =
  | { kind: 'saved'; reference: string }
  | { kind: 'form'; status: number; token: string; values: SurveyFormValues; errors: SurveyFieldError[] }
  | { kind: 'refused'; status: number; reason: BodyProblem | 'honeypot' | 'rate-limited' | 'closed'; retryAfterSeconds?: number }
  | { kind: 'unavailable'; token: string; values: SurveyFormValues };

let limiter: RateLimiter | undefined;
const surveyLimiter = () => (limiter ??= new RateLimiter('survey', serverConfig().postsPerTenMinutes, 10 * 60 * 1000));

const purpose = (survey: SurveyDefinition) => `survey:${survey.id}`;

/** A fresh token for showing the survey form. */
export function newSurveyToken(survey: SurveyDefinition, now = Date.now()): string {
  return issueFormToken(purposeKey('form-token'), purpose(survey), now);
}

/**
 * Handles one survey post from start to finish: open dates, rate limit,
 * body size and encoding, honeypot, form token (double submit, minimum fill
 * time, expiry), validation against the survey definition, then a durable
 * save. Nothing is stored unless every check passes, and nothing a person
 * typed is ever logged.
 */
export async function receiveSurveyResponse(
  survey: SurveyDefinition,
  request: Request,
  clientAddress: string,
  today: Date,
  referencePrefix?: string,
): Promise<SurveyOutcome> {
  if (surveyState(survey, today) !== 'open') return { kind: 'refused', status: 403, reason: 'closed' };
  const limit = surveyLimiter();
  // A store that cannot count the post cannot save it either: the save below then says so and keeps the answers.
  if (!(await limit.take(formsStore(), clientAddress).catch(() => true)))
    return { kind: 'refused', status: 429, reason: 'rate-limited', retryAfterSeconds: limit.windowSeconds };

  const body = await readFormBody(request, surveyBodyLimit);
  if (!body.ok) return { kind: 'refused', status: body.problem === 'too-large' ? 413 : body.problem === 'not-a-form' ? 415 : 400, reason: body.problem };
  const fields = body.fields;
  const honeypot = fields.get(honeypotField);
  const tokens = fields.get(tokenField);
  fields.delete(honeypotField);
  fields.delete(tokenField);
  if (honeypot && honeypot.some((v) => v !== '')) return { kind: 'refused', status: 400, reason: 'honeypot' };

  const validation = validateSurveyAnswers(survey, fields);
  const now = Date.now();
  const config = serverConfig();
  const given = tokens?.length === 1 ? tokens[0] : undefined;
  const token = checkFormToken(purposeKey('form-token'), purpose(survey), given, now, { minAgeMs: config.surveyMinSeconds * 1000, maxAgeMs: tokenMaxAgeMs });

  if (!token.ok) {
    // Keep everything typed and show the form again. A form sent too quickly
    // keeps its token (waiting makes it valid); a bad or old one gets a new one.
    const nextToken = token.reason === 'too-fast' ? given! : newSurveyToken(survey, now);
    const message =
      token.reason === 'expired'
        ? 'This form was opened more than a day ago. Check your answers and send them again'
        : token.reason === 'too-fast'
          ? 'Check your answers and send them again'
          : 'We could not check this form came from our website. Check your answers and send them again';
    return { kind: 'form', status: 400, token: nextToken, values: validation.values, errors: [{ message }, ...validation.errors] };
  }
  if (validation.errors.length > 0) return { kind: 'form', status: 422, token: given!, values: validation.values, errors: validation.errors };

  try {
    const saved = await saveSurveyResponse(formsStore(), {
      survey: survey.id,
      formToken: token.nonce,
      answers: validation.answers,
      keepForMonths: survey.keepResponsesForMonths,
      referencePrefix,
    });
    return { kind: 'saved', reference: saved.reference };
  } catch {
    // The database is full, locked or missing. Say so and keep the answers; log nothing about them.
    console.error(`Survey ${survey.id}: a response could not be saved (database error).`);
    return { kind: 'unavailable', token: given!, values: validation.values };
  }
}
