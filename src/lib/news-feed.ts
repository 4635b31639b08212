import { Feed } from 'feed';

/** A news post as the feed needs it. */
export interface FeedPost {
  slug: string;
  title: string;
  date: Date;
  summary: string;
  author: string;
  /** The post's body as sanitised HTML. */
  html: string;
}

export interface FeedOptions {
  site: URL;
  /** e.g. "Riverford Local Offer news" (the news.feedTitle message). */
  title: string;
  councilName: string;
  /** When the feed last changed if there are no posts (the build day). */
  fallbackUpdated: Date;
}

/**
 * Atom 1.0 and RSS 2.0 feeds of Local Offer news, made with the `feed`
 * library. Newest 20 posts; each links to its page, so readers who follow a
 * feed land on the same accessible page as everyone else.
 */
export function buildNewsFeed(posts: readonly FeedPost[], options: FeedOptions): Feed {
  const newest = [...posts].sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, 20);
  const newsPage = new URL('/news/', options.site).href;
  const feed = new Feed({
    title: options.title,
    description: `News about SEND support from the ${options.title.replace(/ news$/, '')}.`,
    id: newsPage,
    link: newsPage,
    language: 'en-GB',
    updated: newest[0]?.date ?? options.fallbackUpdated,
    copyright: `${options.councilName}. You may reuse this news with credit.`,
    feedLinks: { atom: new URL('/news/atom.xml', options.site).href, rss: new URL('/news/rss.xml', options.site).href },
    author: { name: options.councilName, link: options.site.href },
    favicon: new URL('/favicon.svg', options.site).href,
  });
  for (const post of newest) {
    const link = new URL(`/news/${post.slug}/`, options.site).href;
    feed.addItem({ title: post.title, id: link, link, date: post.date, description: post.summary, content: post.html, author: [{ name: post.author }] });
  }
  return feed;
}
