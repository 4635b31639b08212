import { londonDay } from './london-time';
import { monthsAfter } from './months';

/**
 * What goes in a newsletter issue, worked out from dates so nobody has to
 * pick items by hand: news and "you said, we did" responses published since
 * the previous issue (the first issue looks back one month), and events in
 * the 3 months after the issue is sent.
 */
export const EVENT_MONTHS_AHEAD = 3;

interface Dated {
  date: Date;
}
interface Timed {
  start: Date;
}

/** "2026-11-20" for a calendar date (content dates are midnight UTC). */
const day = (date: Date) => date.toISOString().slice(0, 10);

/** The days an issue's news covers: after `from` (exclusive) up to and including `to`. */
export function issueWindow<I extends Dated>(issue: I, allIssues: readonly I[]): { from: string; to: string } {
  const earlier = allIssues.filter((i) => day(i.date) < day(issue.date)).sort((a, b) => b.date.getTime() - a.date.getTime());
  const from = earlier[0] ? day(earlier[0].date) : day(monthsAfter(issue.date, -1));
  return { from, to: day(issue.date) };
}

export interface IssueContents<N, E, Y> {
  news: N[];
  events: E[];
  youSaidWeDid: Y[];
}

/** Gathers one issue's news (newest first), events (soonest first) and "you said, we did" responses (newest first). */
export function gatherIssue<I extends Dated, N extends Dated, E extends Timed, Y extends Dated>(
  issue: I,
  allIssues: readonly I[],
  content: { news: readonly N[]; events: readonly E[]; youSaidWeDid: readonly Y[] },
): IssueContents<N, E, Y> {
  const { from, to } = issueWindow(issue, allIssues);
  const inWindow = (d: Dated) => day(d.date) > from && day(d.date) <= to;
  const eventsUntil = day(monthsAfter(issue.date, EVENT_MONTHS_AHEAD));
  const newestFirst = (a: Dated, b: Dated) => b.date.getTime() - a.date.getTime();
  return {
    news: content.news.filter(inWindow).sort(newestFirst),
    events: content.events.filter((e) => londonDay(e.start) >= to && londonDay(e.start) < eventsUntil).sort((a, b) => a.start.getTime() - b.start.getTime()),
    youSaidWeDid: content.youSaidWeDid.filter(inWindow).sort(newestFirst),
  };
}

/**
 * A "you said, we did" response as the newsletter shows it. The collection
 * belongs to the co-production feature; the newsletter reads only these
 * fields, so it keeps working (with no highlights) when the collection is
 * missing or empty, or if an entry lacks what it needs.
 */
export interface YouSaidWeDidHighlight {
  date: Date;
  title?: string;
  theme: string;
  status: string;
  youSaid: string;
  weDid: string;
}

/** Reads one "you said, we did" entry's data, or undefined if it has no date or is missing either half. */
export function youSaidWeDidHighlight(data: Record<string, unknown>): YouSaidWeDidHighlight | undefined {
  const date = data.date instanceof Date ? data.date : new Date(String(data.date));
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string).trim() : '');
  if (Number.isNaN(date.getTime()) || !text('youSaid') || !text('weDid')) return undefined;
  return { date, title: text('title') || undefined, theme: text('theme'), status: text('status'), youSaid: text('youSaid'), weDid: text('weDid') };
}
