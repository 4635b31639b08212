import type { APIRoute } from 'astro';
import { getYouSaidWeDid } from '../../directory/coproduction';
import { getSiteSettings } from '../../directory/load';
import { youSaidWeDidFeed } from '../../lib/you-said-we-did-feed';

/** Atom feed of "you said, we did" updates, built with the site. */
export const GET: APIRoute = async ({ site }) => {
  const feed = youSaidWeDidFeed(await getYouSaidWeDid(), site!, await getSiteSettings());
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
