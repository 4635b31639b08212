import type { APIRoute } from 'astro';
import { newsFeed } from '../../directory/news-feed';

/** RSS 2.0 feed of Local Offer news, for readers that do not take Atom. */
export const GET: APIRoute = async ({ site }) =>
  new Response((await newsFeed(site!)).rss2(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
