import { describe, expect, it } from 'vitest';
import { parseFeed } from 'htmlparser2';
import { buildNewsFeed, type FeedPost } from '../../src/lib/news-feed';
import { gatherIssue, issueWindow, youSaidWeDidHighlight } from '../../src/lib/newsletter';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('news feeds', () => {
  const posts: FeedPost[] = Array.from({ length: 25 }, (_, i) => ({
    slug: `post-${i}`,
    title: `Post ${i} & more`,
    date: day(`2026-${String(1 + Math.floor(i / 3)).padStart(2, '0')}-${String(1 + (i % 3) * 10).padStart(2, '0')}`),
    summary: `Summary ${i}`,
    author: 'the Local Offer team',
    html: `<p>Body ${i} <strong>bold</strong></p>`,
  }));
  const feed = buildNewsFeed(posts, {
    site: new URL('https://localoffer.northbridge.example'),
    title: 'Northbridge Local Offer news',
    councilName: 'Northbridge Council',
    fallbackUpdated: day('2026-11-23'),
  });

  for (const [format, xml] of [
    ['Atom', feed.atom1()],
    ['RSS', feed.rss2()],
  ] as const) {
    it(`gives feed readers the newest 20 posts, newest first, each linking to its page (${format})`, () => {
      const parsed = parseFeed(xml)!;
      expect(parsed.type).toBe(format === 'Atom' ? 'atom' : 'rss');
      expect(parsed.title).toBe('Northbridge Local Offer news');
      expect(parsed.items).toHaveLength(20);
      expect(parsed.items[0].title).toBe('Post 24 & more');
      expect(parsed.items[0].link).toBe('https://localoffer.northbridge.example/news/post-24/');
      const dates = parsed.items.map((i) => i.pubDate!.getTime());
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    });
  }

  it('says when the feed last changed, from the newest post', () => {
    expect(feed.atom1()).toContain('<updated>2026-09-01T00:00:00.000Z</updated>');
  });
});

describe('newsletter issues', () => {
  const issues = [{ date: day('2026-09-25') }, { date: day('2026-10-23') }, { date: day('2026-11-20') }];
  const news = ['2026-08-20', '2026-08-27', '2026-09-25', '2026-09-26', '2026-10-23', '2026-11-21'].map((d) => ({ date: day(d), id: d }));
  const events = ['2026-10-22', '2026-10-23', '2027-01-22', '2027-01-23'].map((d) => ({ start: new Date(`${d}T10:00:00Z`), id: d }));
  const youSaidWeDid = [{ date: day('2026-10-01'), id: 'oct' }];

  it('covers the days since the previous issue, and a month for the first issue', () => {
    expect(issueWindow(issues[1], issues)).toEqual({ from: '2026-09-25', to: '2026-10-23' });
    expect(issueWindow(issues[0], issues)).toEqual({ from: '2026-08-25', to: '2026-09-25' });
  });

  it('gathers news and "you said, we did" published since the last issue, newest first', () => {
    const october = gatherIssue(issues[1], issues, { news, events, youSaidWeDid });
    expect(october.news.map((n) => n.id)).toEqual(['2026-10-23', '2026-09-26']);
    expect(october.youSaidWeDid.map((y) => y.id)).toEqual(['oct']);
    expect(gatherIssue(issues[0], issues, { news, events, youSaidWeDid }).news.map((n) => n.id)).toEqual(['2026-09-25', '2026-08-27']);
  });

  it('lists events from the day it is sent for the next 3 months, soonest first', () => {
    const october = gatherIssue(issues[1], issues, { news, events, youSaidWeDid });
    expect(october.events.map((e) => e.id)).toEqual(['2026-10-23', '2027-01-22']);
  });

  it('works with no "you said, we did" responses at all', () => {
    expect(gatherIssue(issues[2], issues, { news, events, youSaidWeDid: [] }).youSaidWeDid).toEqual([]);
  });

  it('reads "you said, we did" entries from the co-production collection, and skips ones missing a half', () => {
    const entry = {
      date: day('2026-11-01'),
      theme: 'short-breaks-and-leisure',
      source: 'survey',
      title: 'Short breaks waiting list',
      youSaid: 'Families said the waiting list was too long.',
      weDid: 'We funded 40 more places.',
      status: 'done',
      changed: [],
    };
    expect(youSaidWeDidHighlight(entry)).toEqual({
      date: day('2026-11-01'),
      title: 'Short breaks waiting list',
      theme: 'short-breaks-and-leisure',
      status: 'done',
      youSaid: 'Families said the waiting list was too long.',
      weDid: 'We funded 40 more places.',
    });
    expect(youSaidWeDidHighlight({ ...entry, weDid: undefined })).toBeUndefined();
    expect(youSaidWeDidHighlight({ ...entry, date: 'not a date' })).toBeUndefined();
  });
});
