import type { APIRoute } from 'astro';
import { getSettingSearchEntries } from '../directory/search-settings';

// Schools, nurseries and colleges for search as you type (src/lib/search/settings.ts); a few kB.
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSettingSearchEntries()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
