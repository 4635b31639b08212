import { describe, expect, it } from 'vitest';
import { surveySchema, type SurveyDefinition } from '../../src/schemas/survey';
import { surveyState } from '../../src/lib/survey-dates';
import { validateSurveyAnswers } from '../../src/server/survey-validation';
import { parseUrlEncoded } from '../../src/server/form-body';
import { readYamlFolder } from './read-yaml';

const surveys: SurveyDefinition[] = readYamlFolder('content/surveys').map((f) => {
  const parsed = surveySchema.safeParse(f.data);
  if (!parsed.success) throw new Error(`${f.file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { ...parsed.data, id: f.slug };
});
const survey = surveys.find((s) => s.id === 'parent-carer-survey-2026')!;
const fields = (body: string) => parseUrlEncoded(body)!;
const required = 'answering-as=A+young+person+with+SEND+aged+16+to+25&ease-of-finding=4&needs-met=2';

describe('the demo parent carer surveys', () => {
  it('include this year’s co-produced survey with every kind of question', () => {
    expect(survey.coProducedWith).toBe('Northbridge Parent Carer Forum');
    expect(new Set(survey.questions.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'text', 'rating']));
    expect(survey.questions.length).toBeGreaterThanOrEqual(12);
  });

  it('ask for no names, emails or phone numbers', () => {
    for (const s of surveys) for (const q of s.questions) expect(q.question, q.id).not.toMatch(/\b(name|email|phone|address)\b/i);
  });

  it('keep most questions optional, as the forum asked', () => {
    expect(survey.questions.filter((q) => q.required).length).toBeLessThanOrEqual(3);
  });

  it('include last year’s survey, now closed, and this year’s, open in November 2026', () => {
    const today = new Date('2026-11-23T12:00:00Z');
    expect(surveys.map((s) => surveyState(s, today)).sort()).toEqual(['closed', 'open']);
  });
});

describe('a survey file written by an officer', () => {
  const base = {
    title: 'Short breaks survey',
    summary: 'Tell us what you think about short breaks in Northbridge.',
    intro: 'A few questions about short breaks for your family.',
    opens: '2027-02-01',
    closes: '2027-03-01',
    minutesToComplete: 5,
    keepResponsesForMonths: 12,
  };
  const problems = (questions: object[], extra: object = {}) => {
    const result = surveySchema.safeParse({ ...base, ...extra, questions });
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('needs at least two options for a choice question', () => {
    expect(problems([{ id: 'used', type: 'single', question: 'Have you used short breaks?', shortName: 'used short breaks', options: ['Yes'] }])).toEqual([
      'questions.0.options: a choice question needs at least 2 options',
    ]);
  });

  it('needs an error message for a required question', () => {
    expect(problems([{ id: 'why', type: 'text', question: 'Why do you use them?', shortName: 'why', required: true }]).join()).toMatch(
      /errorMessage: a required question needs an errorMessage/,
    );
  });

  it('refuses two questions with the same id, and ids the form uses itself', () => {
    const q = { id: 'why', type: 'text', question: 'Why do you use them?', shortName: 'why' };
    expect(problems([q, q]).join()).toMatch(/questions\.1\.id: "why" is used by another question/);
    expect(problems([{ ...q, id: 'website' }]).join()).toMatch(/questions\.0\.id: must not be one of: form-token, website/);
  });

  it('refuses a closing date before the opening date', () => {
    expect(problems([{ id: 'why', type: 'text', question: 'Why do you use them?', shortName: 'why' }], { closes: '2027-01-01' })).toEqual([
      'closes: the closing date must be on or after the opening date',
    ]);
  });
});

describe('opening and closing dates', () => {
  const dates = { opens: new Date('2026-10-05'), closes: new Date('2027-01-15') };
  it('takes answers all day on the closing day, UK time', () => {
    expect(surveyState(dates, new Date('2027-01-15T23:30:00Z'))).toBe('open');
    expect(surveyState(dates, new Date('2027-01-16T00:00:01Z'))).toBe('closed');
  });
  it('opens at midnight UK time, which is 11pm the day before in summer (BST)', () => {
    expect(surveyState({ opens: new Date('2026-06-01'), closes: new Date('2026-07-01') }, new Date('2026-05-31T23:30:00Z'))).toBe('open');
    expect(surveyState(dates, new Date('2026-10-04T22:00:00Z'))).toBe('upcoming');
  });
});

describe('checking survey answers', () => {
  it('accepts a response with only the required questions answered', () => {
    const result = validateSurveyAnswers(survey, fields(required));
    expect(result.errors).toEqual([]);
    expect(result.answers).toEqual({ 'answering-as': 'A young person with SEND aged 16 to 25', 'ease-of-finding': 4, 'needs-met': 2 });
  });

  it('lists each missing required answer with a link to its question, in question order', () => {
    const result = validateSurveyAnswers(survey, fields(''));
    expect(result.errors.map((e) => `${e.href} ${e.message}`)).toEqual([
      '#answering-as Select which of these best describes you',
      '#ease-of-finding Select how easy it is to find information about SEND support',
      '#needs-met Select how well the support your child gets meets their needs',
    ]);
  });

  it('keeps what was chosen and typed when the form has to be shown again', () => {
    const result = validateSurveyAnswers(survey, fields('child-ages=0+to+4+years&child-ages=16+to+18+years&worked-well=Chatterbox+was+great'));
    expect(result.values['child-ages']).toEqual(['0 to 4 years', '16 to 18 years']);
    expect(result.values['worked-well']).toEqual(['Chatterbox was great']);
  });

  it('stores several choices in the order the survey lists them', () => {
    const result = validateSurveyAnswers(survey, fields(`${required}&child-ages=16+to+18+years&child-ages=0+to+4+years`));
    expect(result.answers['child-ages']).toEqual(['0 to 4 years', '16 to 18 years']);
  });

  it('refuses an answer that is not one of the options, without keeping it', () => {
    const result = validateSurveyAnswers(survey, fields(`${required}&ehc-plan=Maybe`));
    expect(result.errors.map((e) => e.message)).toEqual(['Select an answer from the list for EHC plan']);
    expect(result.values['ehc-plan']).toBeUndefined();
  });

  it('refuses look-alike letters in an option (a Cyrillic “е” in “Yes”)', () => {
    const result = validateSurveyAnswers(survey, fields(`${required}&ehc-plan=${encodeURIComponent('Y\u0435s')}`));
    expect(result.errors).toHaveLength(1);
  });

  it('refuses two answers to a choose-one question', () => {
    expect(validateSurveyAnswers(survey, fields(`${required}&ehc-plan=Yes&ehc-plan=No`)).errors.map((e) => e.message)).toEqual([
      'Select only one answer for EHC plan',
    ]);
  });

  it('refuses a rating outside the scale or written oddly', () => {
    for (const bad of ['0', '6', '3.5', '-1', '03', ' 3', 'three'])
      expect(
        validateSurveyAnswers(
          survey,
          fields(`answering-as=A+young+person+with+SEND+aged+16+to+25&needs-met=2&ease-of-finding=${encodeURIComponent(bad)}`),
        ).errors.map((e) => e.message),
        bad,
      ).toEqual(['Select a number from 1 to 5 for how easy it is to find information']);
  });

  it('refuses fields that are not questions in this survey, without repeating their names', () => {
    const result = validateSurveyAnswers(survey, fields(`${required}&${encodeURIComponent('<script>alert(1)</script>')}=x`));
    expect(result.errors.map((e) => e.message)).toEqual(['The form sent information that is not part of this survey. Check your answers and send them again']);
  });

  it('counts characters, not bytes, so answers in any language get the same room', () => {
    const welsh = 'ŵ'.repeat(1500);
    expect(validateSurveyAnswers(survey, fields(`${required}&worked-well=${encodeURIComponent(welsh)}`)).errors).toEqual([]);
    expect(validateSurveyAnswers(survey, fields(`${required}&worked-well=${encodeURIComponent(welsh + 'ŵ')}`)).errors.map((e) => e.message)).toEqual([
      'Your answer about what has worked well must be 1,500 characters or fewer',
    ]);
  });

  it('accepts answers in other scripts and emoji exactly as typed', () => {
    const text = 'Dziękuję 🙏 – بہت شکریہ – 谢谢';
    expect(validateSurveyAnswers(survey, fields(`${required}&worked-well=${encodeURIComponent(text)}`)).answers['worked-well']).toBe(text);
  });

  it('refuses HTML tags in typed answers but allows a plain "<"', () => {
    expect(
      validateSurveyAnswers(survey, fields(`${required}&worked-well=${encodeURIComponent('<img src=x onerror=alert(1)>')}`)).errors.map((e) => e.message),
    ).toEqual(['Your answer about what has worked well must not include code such as HTML tags – remove the < and > signs']);
    expect(validateSurveyAnswers(survey, fields(`${required}&worked-well=${encodeURIComponent('Waits were <5 weeks, which was great <3')}`)).errors).toEqual(
      [],
    );
  });

  it('refuses hidden control characters', () => {
    expect(validateSurveyAnswers(survey, fields(`${required}&worked-well=hello%00world`)).errors).toHaveLength(1);
  });
});
