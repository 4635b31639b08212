import { z } from 'astro/zod';
import { mustBeOneOf } from './shared.ts';
import { maxFreeTextLength, reservedFieldNames, surveyQuestionTypes } from '../data/surveys';
import { calendarDate, plainText } from './shared';

const questionId = z
  .string({ error: 'Question id is missing' })
  .regex(/^[a-z][a-z0-9-]{1,40}$/, { error: 'must be lower-case letters, numbers and dashes, such as how-easy-to-find' })
  .refine((id) => !(reservedFieldNames as readonly string[]).includes(id), { error: `must not be one of: ${reservedFieldNames.join(', ')}` });

export const surveyQuestionSchema = z
  .strictObject({
    /** Stable name for the answer in storage and the CSV export; never change it once the survey opens. */
    id: questionId.meta({
      label: 'Answer code',
      hint: 'A short code for this question in the answers download, in small letters and hyphens. Never change it once the survey has opened.',
    }),
    /** single (choose one), multiple (choose any), text (write an answer) or rating (a scale such as 1 to 5). */
    type: z
      .enum(surveyQuestionTypes, { error: mustBeOneOf(surveyQuestionTypes) })
      .meta({ hint: 'Choose one answer, choose any answers, write an answer, or give a rating on a scale such as 1 to 5.' }),
    /** The question as families see it, e.g. "How easy is it to find information about SEND support?" */
    question: plainText('Question', 5, 200).meta({ hint: 'The question as families see it, e.g. "How easy is it to find information about SEND support?"' }),
    /** A short name for the question used in error messages, the officer view and CSV column headings, e.g. "how easy it is to find information". */
    shortName: plainText('Short name', 3, 80).meta({
      hint: 'A short name for the question used in error messages, the officer view and CSV column headings, e.g. "how easy it is to find information".',
    }),
    /** Extra help shown under the question in grey (GOV.UK hint text). */
    hint: plainText('Hint', 3, 300).optional().meta({ hint: 'Extra help shown under the question in grey.' }),
    /** True when the survey cannot be sent without an answer; most questions should be optional. */
    required: z.boolean().default(false).meta({ hint: 'Switch on if the survey cannot be sent without an answer. Most questions should be optional.' }),
    /** What to say when a required question is not answered, e.g. "Select how easy it is to find information". */
    errorMessage: plainText('Error message', 10, 150)
      .optional()
      .meta({ hint: 'What to say when a required question is not answered, e.g. "Select how easy it is to find information".' }),
    /** A heading shown above this question to start a new section of the survey. */
    section: plainText('Section', 3, 80).optional().meta({ hint: 'A heading shown above this question to start a new section of the survey.' }),
    /** The answers to choose from, for single and multiple choice questions. */
    options: z
      .array(plainText('Option', 1, 120))
      .optional()
      .meta({ hint: 'The answers to choose from, for single and multiple choice questions.' }),
    /** For rating questions: the words for the lowest point, e.g. "Very difficult". */
    lowLabel: plainText('Low label', 2, 40)
      .optional()
      .meta({ label: 'Words for the lowest point', hint: 'For rating questions: the words for the lowest point, e.g. "Very difficult".' }),
    /** For rating questions: the words for the highest point, e.g. "Very easy". */
    highLabel: plainText('High label', 2, 40)
      .optional()
      .meta({ label: 'Words for the highest point', hint: 'For rating questions: the words for the highest point, e.g. "Very easy".' }),
    /** For rating questions: how many points the scale has (3 to 10, usually 5). */
    points: z.number().int().min(3).max(10).default(5).meta({ hint: 'For rating questions: how many points the scale has (3 to 10, usually 5).' }),
    /** For text questions: the most characters an answer may have. */
    maxLength: z
      .number()
      .int()
      .min(50)
      .max(maxFreeTextLength)
      .default(1000)
      .meta({ label: 'Longest answer (characters)', hint: 'For text questions: the most characters an answer may have.' }),
  })
  .superRefine((q, ctx) => {
    const choice = q.type === 'single' || q.type === 'multiple';
    if (choice && (!q.options || q.options.length < 2))
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a choice question needs at least 2 options' });
    if (!choice && q.options) ctx.addIssue({ code: 'custom', path: ['options'], message: `a ${q.type} question cannot have options` });
    if (q.options && new Set(q.options).size !== q.options.length)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'each option must be different' });
    if (q.type === 'rating' && (!q.lowLabel || !q.highLabel))
      ctx.addIssue({ code: 'custom', path: ['lowLabel'], message: 'a rating question needs a lowLabel and a highLabel' });
    if (q.required && !q.errorMessage)
      ctx.addIssue({
        code: 'custom',
        path: ['errorMessage'],
        message: 'a required question needs an errorMessage saying what to do, such as "Select how easy it is to find information"',
      });
  });

export const surveySchema = z
  .strictObject({
    /** The survey's name as families see it, e.g. "Parent carer survey 2026". */
    title: plainText('Title', 5, 100).meta({ hint: 'The survey\'s name as families see it, e.g. "Parent carer survey 2026".' }),
    /** One sentence for the survey list and search results. */
    summary: plainText('Summary', 20, 300).meta({ hint: 'One sentence for the survey list and search results.' }),
    /** A few short paragraphs before the questions: why we ask, how the answers are used. Separate paragraphs with a blank line. */
    intro: plainText('Intro', 20, 2000).meta({
      label: 'Introduction',
      hint: 'A few short paragraphs before the questions: why we ask, how the answers are used. Separate paragraphs with a blank line.',
    }),
    /** Who wrote the survey with the council, e.g. "the Parent Carer Forum". */
    coProducedWith: plainText('Co-produced with', 3, 160)
      .optional()
      .meta({ label: 'Written with', hint: 'Who wrote the survey with the council, e.g. "the Parent Carer Forum".' }),
    /** The first day people can answer (UK time). */
    opens: calendarDate.meta({ hint: 'The first day people can answer (UK time).' }),
    /** The last day people can answer (UK time); after it the survey says it is closed and accepts nothing. */
    closes: calendarDate.meta({ hint: 'The last day people can answer (UK time); after it the survey says it is closed and accepts nothing.' }),
    /** Roughly how long it takes, in minutes, shown before the questions. */
    minutesToComplete: z.number().int().min(1).max(60).meta({ hint: 'Roughly how long it takes, in minutes, shown before the questions.' }),
    /** How many months answers are kept before they are deleted automatically; the privacy notice shows it. */
    keepResponsesForMonths: z
      .number({ error: 'say how many months to keep answers, such as 24' })
      .int()
      .min(1)
      .max(36)
      .meta({ hint: 'How many months answers are kept before they are deleted automatically; the privacy notice shows it.' }),
    /** The questions, in order. */
    questions: z
      .array(surveyQuestionSchema)
      .min(1, { error: 'add at least one question' })
      .max(40, { error: 'keep a survey to 40 questions at most' })
      .meta({ hint: 'The questions, in order.' }),
  })
  .superRefine((s, ctx) => {
    if (s.closes < s.opens) ctx.addIssue({ code: 'custom', path: ['closes'], message: 'the closing date must be on or after the opening date' });
    const seen = new Set<string>();
    s.questions.forEach((q, i) => {
      if (seen.has(q.id))
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `"${q.id}" is used by another question: each id must be different` });
      seen.add(q.id);
    });
  });

export type Survey = z.infer<typeof surveySchema>;
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;

/** A survey as the site and the forms server use it: its content plus its file name as id (in its URL and in storage). */
export type SurveyDefinition = Survey & { id: string };
