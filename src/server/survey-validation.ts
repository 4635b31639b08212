import type { SurveyDefinition, SurveyQuestion } from '../schemas/survey';
import { cleanFreeText, type FreeTextProblem } from './free-text';
import type { FormFields } from './form-body';

/** A stored answer: one option, several options, a point on a scale, or text. */
export type SurveyAnswer = string | string[] | number;
export type SurveyAnswers = Record<string, SurveyAnswer>;

/** What to put back in the form when it is shown again: only values the form itself could have sent, plus typed text. */
export type SurveyFormValues = Record<string, string[]>;

export interface SurveyFieldError {
  /** The question with the problem; undefined for a problem with the form as a whole. */
  questionId?: string;
  /** Link target in the error summary: the first input of the question. */
  href?: string;
  message: string;
}

export interface SurveyValidation {
  answers: SurveyAnswers;
  values: SurveyFormValues;
  errors: SurveyFieldError[];
}

const formatNumber = new Intl.NumberFormat('en-GB');

function textProblemMessage(q: SurveyQuestion, problem: FreeTextProblem): string {
  switch (problem) {
    case 'too-long':
      return `Your answer about ${q.shortName} must be ${formatNumber.format(q.maxLength)} characters or fewer`;
    case 'markup':
      return `Your answer about ${q.shortName} must not include code such as HTML tags – remove the < and > signs`;
    case 'hidden-characters':
      return `Your answer about ${q.shortName} contains hidden characters we cannot accept – type it again rather than pasting it`;
  }
}

/** Rating scales are sent as "1" to "5": whole numbers with no sign, spaces or leading zeros. */
function ratingValue(raw: string, points: number): number | undefined {
  if (!/^[1-9]\d?$/.test(raw)) return undefined;
  const n = Number(raw);
  return n <= points ? n : undefined;
}

function checkQuestion(q: SurveyQuestion, raw: string[] | undefined, result: SurveyValidation) {
  const error = (message: string) => result.errors.push({ questionId: q.id, href: `#${q.id}`, message });
  const given = (raw ?? []).filter((v) => v !== '');
  const many = (raw ?? []).length > 1;

  if (q.type === 'text') {
    if (many) return error(`Send one answer about ${q.shortName}`);
    const typed = raw?.[0] ?? '';
    result.values[q.id] = [typed];
    const cleaned = cleanFreeText(typed, q.maxLength);
    if (!cleaned.ok) return error(textProblemMessage(q, cleaned.problem));
    if (cleaned.text === '') return q.required ? error(q.errorMessage!) : undefined;
    result.answers[q.id] = cleaned.text;
    return;
  }

  if (q.type === 'multiple') {
    const options = q.options ?? [];
    if (given.some((v) => !options.includes(v))) return error(`Select answers from the list for ${q.shortName}`);
    if (new Set(given).size !== given.length) return error(`Select each answer only once for ${q.shortName}`);
    result.values[q.id] = given;
    if (given.length === 0) return q.required ? error(q.errorMessage!) : undefined;
    result.answers[q.id] = options.filter((o) => given.includes(o)); // stored in the survey's order
    return;
  }

  if (many) return error(`Select only one answer for ${q.shortName}`);
  const value = given[0];
  if (value === undefined) return q.required ? error(q.errorMessage!) : undefined;
  if (q.type === 'rating') {
    const n = ratingValue(value, q.points);
    if (n === undefined) return error(`Select a number from 1 to ${q.points} for ${q.shortName}`);
    result.values[q.id] = [value];
    result.answers[q.id] = n;
    return;
  }
  if (!(q.options ?? []).includes(value)) return error(`Select an answer from the list for ${q.shortName}`);
  result.values[q.id] = [value];
  result.answers[q.id] = value;
}

/**
 * Checks every field of a survey post against the survey's definition: only
 * the survey's own questions, only its options, lengths capped. `fields` must
 * not include the form's own fields (token, honeypot).
 */
export function validateSurveyAnswers(survey: SurveyDefinition, fields: FormFields): SurveyValidation {
  const result: SurveyValidation = { answers: {}, values: {}, errors: [] };
  const known = new Set(survey.questions.map((q) => q.id));
  const unknown = [...fields.keys()].filter((name) => !known.has(name));
  for (const q of survey.questions) checkQuestion(q, fields.get(q.id), result);
  if (unknown.length > 0) {
    // Never echo the unknown names back: they are attacker-controlled text.
    result.errors.unshift({ message: 'The form sent information that is not part of this survey. Check your answers and send them again' });
  }
  return result;
}
