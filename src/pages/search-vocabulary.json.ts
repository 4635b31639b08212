import type { APIRoute } from 'astro';
import { getSearchVocabulary } from '../directory/search';

/**
 * The vocabulary browsers use to correct typos and match parents' words as
 * they type. Built with the site, from the same content and code as the
 * server's no-JavaScript search.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSearchVocabulary()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
