import type { APIRoute } from 'astro';
import { getGuides } from '../directory/search';

/** Information pages for search as you type, matched in the browser with the same small lunr index as the server. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await getGuides()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
