/**
 * Whether a survey is taking answers. Opening and closing dates are whole
 * days in UK time, both included: a survey closing on 15 January takes
 * answers until midnight at the end of 15 January in the UK.
 */
export type SurveyState = 'upcoming' | 'open' | 'closed';

const ukDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/London' });

/** YYYY-MM-DD of a content date (content dates are midnight UTC of the day written). */
const contentDay = (date: Date) => date.toISOString().slice(0, 10);

let cached = { minute: -1, day: '' };
/** Today's date in the UK, worked out at most once a minute (the forms server asks on every post). */
function ukToday(now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (cached.minute !== minute) cached = { minute, day: ukDay.format(now) };
  return cached.day;
}

export function surveyState(survey: { opens: Date; closes: Date }, now: Date): SurveyState {
  const today = ukToday(now);
  if (today < contentDay(survey.opens)) return 'upcoming';
  if (today > contentDay(survey.closes)) return 'closed';
  return 'open';
}
