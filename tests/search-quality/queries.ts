import fs from 'node:fs';
import { load } from 'js-yaml';

/** Which part of the quality set a query belongs to: only `tuning` queries may guide changes to search. */
export type QueryPart = 'tuning' | 'held-out';

export interface QualityQuery {
  query: string;
  /** Services (file names) that must all be among the first three results. */
  top3: string[];
  part: QueryPart;
  /** A tuning query search does not answer yet: counted in the figures, not asserted on its own. */
  knownMiss?: boolean;
}

const files: Record<QueryPart, string> = {
  tuning: 'tests/search-quality/queries.yaml',
  'held-out': 'tests/search-quality/held-out.yaml',
};

/** The parent queries in both parts, checked so a typo in the test set fails loudly. */
export function qualityQueries(): QualityQuery[] {
  return (Object.keys(files) as QueryPart[]).flatMap((part) => {
    const list = load(fs.readFileSync(files[part], 'utf8')) as Omit<QualityQuery, 'part'>[];
    for (const q of list) {
      if (part === 'held-out' && q.knownMiss) throw new Error(`${files[part]}: "${q.query}": held-out queries are never marked as known misses`);
      for (const slug of q.top3)
        if (!fs.existsSync(`content/services/${slug}.md`)) throw new Error(`${files[part]}: "${q.query}" expects ${slug}, which is not a service`);
    }
    return list.map((q) => ({ ...q, part }));
  });
}

/** Service file names from result links, in order. */
export function serviceSlugs(hrefs: string[]): string[] {
  return hrefs.map((h) => h.match(/^\/services\/([^/]+)\/$/)?.[1]).filter((s): s is string => !!s);
}

/** True when every expected service is among the first three found. */
export const inTop3 = (found: string[], expected: string[]): boolean => expected.every((s) => found.slice(0, 3).includes(s));

/** How many places the two paths' first three results share (0 to 3). */
export const top3Overlap = (a: string[], b: string[]): number => a.slice(0, 3).filter((s) => b.slice(0, 3).includes(s)).length;

/** Whether two result lists agree well enough: same first result, and 2 of 3 shared (or both shorter and identical). */
export function agreement(a: string[], b: string[]) {
  const places = Math.min(3, Math.max(a.length, b.length));
  const overlap = top3Overlap(a, b);
  return { sameTop: a[0] === b[0], overlapOk: places === 0 || overlap >= Math.min(2, places) };
}

export const percent = (n: number, of: number): string => (of ? `${((100 * n) / of).toFixed(1)}%` : 'n/a');
