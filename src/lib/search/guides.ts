import lunr from 'lunr';
import type { InformationPage } from '../../schemas/information-page';
import { topicInfo } from '../../data/topics';
import type { InformationResult } from './documents';
import type { SearchPlan } from './rewrite';
import type { VocabularyDocument } from './vocabulary';

/**
 * Information pages ("guides") in search: there are a dozen or so, so both
 * paths match them with the same small lunr index of their titles,
 * summaries, topics and headings. The browser builds it from
 * /search-guides.json (a few kB) in a millisecond; Pagefind indexes services only.
 */
export interface Guide {
  url: string;
  title: string;
  summary: string;
  /** The topic's name and the page's headings. */
  words: string;
}

export function guideFromPage(page: Pick<InformationPage, 'title' | 'summary' | 'topic'>, slug: string, markdownBody: string): Guide {
  const headings = [...markdownBody.matchAll(/^#{2,3}\s+(.+)$/gm)].map((m) => m[1].trim());
  return {
    url: `/information/${slug}/`,
    title: page.title,
    summary: page.summary,
    words: [page.topic ? topicInfo[page.topic].label : '', ...headings].join('. '),
  };
}

export function guideVocabulary(guide: Guide): VocabularyDocument {
  return { text: [guide.title, guide.summary, guide.words] };
}

export interface GuideIndex {
  index: lunr.Index;
  guides: Map<string, Guide>;
}

export function buildGuideIndex(guides: Guide[]): GuideIndex {
  const index = lunr(function () {
    this.ref('url');
    this.field('title', { boost: 3 });
    this.field('words', { boost: 2 });
    this.field('summary');
    for (const g of guides) this.add(g);
  });
  return { index, guides: new Map(guides.map((g) => [g.url, g])) };
}

/** Up to three guides for a search, best first; those matching only one word of a longer search are left out. */
export function findGuides({ index, guides }: GuideIndex, plan: SearchPlan, limit = 3): InformationResult[] {
  const terms = plan.searches[0] ?? [];
  if (!terms.length) return [];
  const hits = index.query((q) => {
    for (const term of terms) q.term(term, {});
  });
  const needed = Math.min(terms.length, 2);
  return hits
    .filter((h) => new Set(Object.keys(h.matchData.metadata)).size >= needed)
    .slice(0, limit)
    .map((h) => guides.get(h.ref)!)
    .map((g) => ({ kind: 'information', url: g.url, name: g.title, summary: g.summary }));
}
