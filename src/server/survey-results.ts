import type { SurveyDefinition, SurveyQuestion } from '../schemas/survey';
import { isSmall, suppressCounts, type ShownCount } from '../lib/small-numbers';
import type { StoredSurveyResponse } from './survey-responses';

export interface ChoiceRow {
  label: string;
  shown: ShownCount;
}

export interface QuestionResult {
  question: SurveyQuestion;
  /** People who answered this question; undefined when fewer than 5. */
  answered: number | undefined;
  /** Rows for choice and rating questions (empty for text). */
  rows: ChoiceRow[];
  /** Mean score for rating questions, when at least 5 people answered. */
  average?: number;
  /** Typed answers for text questions, newest first, with their reference so an officer can find the whole response. */
  texts: { reference: string; submittedAt: string; text: string }[];
}

function choiceLabels(q: SurveyQuestion): string[] {
  if (q.type === 'rating') {
    return Array.from({ length: q.points }, (_, i) => {
      const point = String(i + 1);
      return i === 0 ? `${point} – ${q.lowLabel}` : i === q.points - 1 ? `${point} – ${q.highLabel}` : point;
    });
  }
  return q.options ?? [];
}

/** Per-question counts and percentages with small numbers hidden, plus the free-text answers. */
export function summariseSurvey(survey: SurveyDefinition, responses: StoredSurveyResponse[]): QuestionResult[] {
  return survey.questions.map((q) => {
    const given = responses.filter((r) => r.answers[q.id] !== undefined);
    const answered = given.length;
    const result: QuestionResult = { question: q, answered: isSmall(answered) ? undefined : answered, rows: [], texts: [] };
    if (q.type === 'text') {
      result.texts = given.map((r) => ({ reference: r.reference, submittedAt: r.submittedAt, text: String(r.answers[q.id]) })).reverse();
      return result;
    }
    const labels = choiceLabels(q);
    const counts = labels.map(
      (label, i) =>
        given.filter((r) => {
          const a = r.answers[q.id];
          if (q.type === 'rating') return a === i + 1;
          return Array.isArray(a) ? a.includes(label) : a === label;
        }).length,
    );
    const shown = suppressCounts(counts, answered, q.type !== 'multiple');
    result.rows = labels.map((label, i) => ({ label, shown: shown[i] }));
    if (q.type === 'rating' && answered >= 5) result.average = Math.round((given.reduce((sum, r) => sum + Number(r.answers[q.id]), 0) / answered) * 10) / 10;
    return result;
  });
}
