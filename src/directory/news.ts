import { getCollection, type CollectionEntry } from 'astro:content';
import { getEvents, type DirectoryEvent } from './events';
import { gatherIssue, youSaidWeDidHighlight, type IssueContents, type YouSaidWeDidHighlight } from '../lib/newsletter';
import type { NewsPost } from '../schemas/news-post';
import type { NewsletterIssue } from '../schemas/newsletter-issue';

/** A news post as pages use it. */
export interface DirectoryNewsPost extends NewsPost {
  slug: string;
  entry: CollectionEntry<'news'>;
}
/** A newsletter issue with what it gathers. */
export interface DirectoryIssue extends NewsletterIssue {
  slug: string;
  entry: CollectionEntry<'newsletters'>;
  contents: IssueContents<DirectoryNewsPost, DirectoryEvent, YouSaidWeDidHighlight>;
}

/** Every news post, newest first. */
export async function getNews(): Promise<DirectoryNewsPost[]> {
  return (await getCollection('news'))
    .map((entry) => ({ ...entry.data, slug: entry.id, entry }))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title));
}

let highlights: Promise<YouSaidWeDidHighlight[]> | undefined;

/** "You said, we did" responses, or none if this site has no such collection yet. */
export function getYouSaidWeDidHighlights(): Promise<YouSaidWeDidHighlight[]> {
  highlights ??= loadHighlights();
  return highlights;
}

async function loadHighlights(): Promise<YouSaidWeDidHighlight[]> {
  // Typed loosely on purpose: the collection is defined by another feature and may not exist in this build.
  const entries = (await (getCollection as (name: string) => Promise<{ data: Record<string, unknown> }[]>)('youSaidWeDid').catch(() => [])) ?? [];
  return entries.flatMap(({ data }) => youSaidWeDidHighlight(data) ?? []);
}

/** Newsletter issues, newest first, each with its news, events and "you said, we did" highlights. */
export async function getNewsletterIssues(): Promise<DirectoryIssue[]> {
  const [issues, news, events, youSaidWeDid] = await Promise.all([getCollection('newsletters'), getNews(), getEvents(), getYouSaidWeDidHighlights()]);
  const dated = issues.map((entry) => ({ ...entry.data, slug: entry.id, entry }));
  return dated
    .map((issue) => ({ ...issue, contents: gatherIssue(issue, dated, { news, events, youSaidWeDid }) }))
    .sort((a, b) => b.date.getTime() - a.date.getTime());
}
