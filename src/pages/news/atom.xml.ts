import type { APIRoute } from 'astro';
import { newsFeed } from '../../directory/news-feed';

/** Atom 1.0 feed of Local Offer news. */
export const GET: APIRoute = async ({ site }) =>
  new Response((await newsFeed(site!)).atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
