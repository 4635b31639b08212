import type { YouSaidWeDid } from '../schemas/you-said-we-did';
import {
  youSaidWeDidSources,
  youSaidWeDidStatuses,
  youSaidWeDidThemes,
  type YouSaidWeDidSource,
  type YouSaidWeDidStatus,
  type YouSaidWeDidTheme,
} from '../data/you-said-we-did';

/** A "you said, we did" entry with the file name it came from (its stable id on the page and in the feed). */
export interface YouSaidWeDidEntry extends YouSaidWeDid {
  slug: string;
}

export interface YouSaidWeDidFilter {
  theme?: YouSaidWeDidTheme;
  status?: YouSaidWeDidStatus;
}

const ukMonth = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/London' });
const ukYear = new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'Europe/London' });
const ukMonthNumber = new Intl.DateTimeFormat('en-GB', { month: '2-digit', timeZone: 'Europe/London' });

/** "2026-03" for any date in March 2026, UK time. */
export function monthKey(date: Date): string {
  return `${ukYear.format(date)}-${ukMonthNumber.format(date)}`;
}

/** The calendar year (UK time) an entry counts towards in the annual report. */
export function reportYear(date: Date): number {
  return Number(ukYear.format(date));
}

/** Newest first; entries on the same day in title order so the page never reshuffles between builds. */
export function newestFirst(entries: YouSaidWeDidEntry[]): YouSaidWeDidEntry[] {
  return [...entries].sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title, 'en-GB'));
}

export function filterEntries(entries: YouSaidWeDidEntry[], filter: YouSaidWeDidFilter): YouSaidWeDidEntry[] {
  return entries.filter((e) => (!filter.theme || e.theme === filter.theme) && (!filter.status || e.status === filter.status));
}

/** Entries grouped by the month they were published, newest month first, e.g. { key: '2026-11', label: 'November 2026' }. */
export function groupByMonth(entries: YouSaidWeDidEntry[]): { key: string; label: string; entries: YouSaidWeDidEntry[] }[] {
  const groups = new Map<string, { key: string; label: string; entries: YouSaidWeDidEntry[] }>();
  for (const entry of newestFirst(entries)) {
    const key = monthKey(entry.date);
    if (!groups.has(key)) groups.set(key, { key, label: ukMonth.format(entry.date), entries: [] });
    groups.get(key)!.entries.push(entry);
  }
  return [...groups.values()];
}

/** Years that have at least one entry, newest first: one annual report page each. */
export function reportYears(entries: YouSaidWeDidEntry[]): number[] {
  return [...new Set(entries.map((e) => reportYear(e.date)))].sort((a, b) => b - a);
}

function countOf<K extends string>(keys: readonly K[], values: K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) counts[v]++;
  return counts;
}

export const countByTheme = (entries: YouSaidWeDidEntry[]) =>
  countOf(
    youSaidWeDidThemes,
    entries.map((e) => e.theme),
  );
export const countByStatus = (entries: YouSaidWeDidEntry[]) =>
  countOf(
    youSaidWeDidStatuses,
    entries.map((e) => e.status),
  );
export const countBySource = (entries: YouSaidWeDidEntry[]) =>
  countOf(
    youSaidWeDidSources,
    entries.map((e) => e.source),
  );

/** What the reg 56 annual report summarises for one year: the comments, grouped by theme, and the counts. */
export interface AnnualReport {
  year: number;
  entries: YouSaidWeDidEntry[];
  byTheme: { theme: YouSaidWeDidTheme; entries: YouSaidWeDidEntry[]; statuses: Record<YouSaidWeDidStatus, number> }[];
  statuses: Record<YouSaidWeDidStatus, number>;
  sources: Record<YouSaidWeDidSource, number>;
  firstMonth: string;
  lastMonth: string;
}

export function annualReport(all: YouSaidWeDidEntry[], year: number): AnnualReport {
  const entries = newestFirst(all.filter((e) => reportYear(e.date) === year)).reverse();
  const byTheme = youSaidWeDidThemes
    .map((theme) => {
      const inTheme = entries.filter((e) => e.theme === theme);
      return { theme, entries: inTheme, statuses: countByStatus(inTheme) };
    })
    .filter((t) => t.entries.length > 0);
  return {
    year,
    entries,
    byTheme,
    statuses: countByStatus(entries),
    sources: countBySource(entries),
    firstMonth: entries.length ? ukMonth.format(entries[0].date) : '',
    lastMonth: entries.length ? ukMonth.format(entries[entries.length - 1].date) : '',
  };
}

/** The URL of a filtered list: /you-said-we-did/, /you-said-we-did/theme/health/, /you-said-we-did/status/done/ or both. */
export function filterPath(filter: YouSaidWeDidFilter): string {
  if (filter.theme && filter.status) return `/you-said-we-did/theme/${filter.theme}/${filter.status}/`;
  if (filter.theme) return `/you-said-we-did/theme/${filter.theme}/`;
  if (filter.status) return `/you-said-we-did/status/${filter.status}/`;
  return '/you-said-we-did/';
}
