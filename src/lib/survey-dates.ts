/**
 * Whether a survey is taking answers. Opening and closing dates are whole
 * days in UK time, both included: a survey closing on 15 January takes
 * answers until midnight at the end of 15 January in Northbridge.
 */
export type SurveyState = 'upcoming' | 'open' | 'closed';

const ukDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/London' });

/** YYYY-MM-DD of a content date (content dates are midnight UTC of the day written). */
const contentDay = (date: Date) => date.toISOString().slice(0, 10);

export function surveyState(survey: { opens: Date; closes: Date }, now: Date): SurveyState {
  const today = ukDay.format(now);
  if (today < contentDay(survey.opens)) return 'upcoming';
  if (today > contentDay(survey.closes)) return 'closed';
  return 'open';
}
