import type { APIRoute } from 'astro';
import { getYouSaidWeDid } from '../../directory/coproduction';
import { getSiteSettings } from '../../directory/load';
import { youSaidWeDidFeed } from '../../lib/you-said-we-did-feed';

/** RSS 2.0 feed of "you said, we did" updates, for readers that do not take Atom. */
export const GET: APIRoute = async ({ site }) => {
  const feed = youSaidWeDidFeed(await getYouSaidWeDid(), site!, await getSiteSettings());
  return new Response(feed.rss2(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
