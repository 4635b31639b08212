import { Feed } from 'feed';
import { youSaidWeDidStatusInfo, youSaidWeDidThemeInfo } from '../data/you-said-we-did';
import { newestFirst, type YouSaidWeDidEntry } from './you-said-we-did';
import { say, type MessageSettings } from '../i18n/messages';

/**
 * The "you said, we did" feed (Atom and RSS from the same data), so parent
 * carer forums and newsletters can pick up each month's updates. Each entry's
 * id is its permanent link, so readers never show an update twice.
 */
export function youSaidWeDidFeed(entries: YouSaidWeDidEntry[], site: URL, settings: MessageSettings): Feed {
  const page = new URL('/you-said-we-did/', site).href;
  const sorted = newestFirst(entries);
  const feed = new Feed({
    title: say('youSaidWeDid.feedTitle', settings),
    description: say('youSaidWeDid.feedDescription', settings),
    id: page,
    link: page,
    language: 'en-GB',
    updated: sorted[0]?.date ?? new Date(0),
    generator: false,
    feedLinks: { atom: new URL('/you-said-we-did/feed.xml', site).href, rss: new URL('/you-said-we-did/rss.xml', site).href },
    copyright: say('feed.copyright', settings),
  });
  for (const entry of sorted) {
    const link = `${page}#${entry.slug}`;
    const status = youSaidWeDidStatusInfo[entry.status].label;
    const summary = `You said: ${entry.youSaid} We did (${status.toLowerCase()}): ${entry.weDid}`;
    feed.addItem({
      title: `${entry.title} (${status})`,
      id: link,
      link,
      date: entry.date,
      published: entry.date,
      description: summary,
      category: [{ name: youSaidWeDidThemeInfo[entry.theme].label, term: entry.theme }],
    });
  }
  return feed;
}
