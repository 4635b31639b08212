import type { Feed } from 'feed';
import { getNews } from './news';
import { getSiteSettings } from './load';
import { say } from '../i18n/messages';
import { buildNewsFeed } from '../lib/news-feed';
import { renderMarkdown } from '../lib/markdown';
import { today } from '../lib/today';

/** The news feed for this site's content (both Atom and RSS routes use it). */
export async function newsFeed(site: URL): Promise<Feed> {
  const [posts, settings] = await Promise.all([getNews(), getSiteSettings()]);
  return buildNewsFeed(
    posts.map((p) => ({ slug: p.slug, title: p.title, date: p.date, summary: p.summary, author: p.author, html: renderMarkdown(p.entry.body ?? '') })),
    { site, title: say('news.feedTitle', settings), councilName: settings.councilName, fallbackUpdated: today() },
  );
}
