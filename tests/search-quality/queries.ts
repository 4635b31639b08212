import fs from 'node:fs';
import { load } from 'js-yaml';

export interface QualityQuery {
  query: string;
  /** Services (file names) that must all be among the first three results. */
  top3: string[];
}

/** The parent queries in queries.yaml, checked so a typo in the test set fails loudly. */
export function qualityQueries(): QualityQuery[] {
  const list = load(fs.readFileSync('tests/search-quality/queries.yaml', 'utf8')) as QualityQuery[];
  for (const q of list) {
    for (const slug of q.top3) if (!fs.existsSync(`content/services/${slug}.md`)) throw new Error(`queries.yaml: "${q.query}" expects ${slug}, which is not a service`);
  }
  return list;
}

/** Service file names from result links, in order. */
export function serviceSlugs(hrefs: string[]): string[] {
  return hrefs.map((h) => h.match(/^\/services\/([^/]+)\/$/)?.[1]).filter((s): s is string => !!s);
}
