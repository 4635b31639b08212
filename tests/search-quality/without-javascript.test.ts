import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltSite, type RunningSite } from '../support/server';
import { qualityQueries, serviceSlugs } from './queries';

// The no-JavaScript path: the GET form's server-rendered /search page.
let site: RunningSite;
beforeAll(async () => {
  site = await startBuiltSite();
});
afterAll(async () => {
  await site?.stop();
});

const queries = qualityQueries();

describe('search without JavaScript puts the service a navigator would pick in the top 3', () => {
  it('has at least 40 parent queries to check', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
  });

  it.each(queries.map((q) => [q.query, q.top3] as const))('for “%s”', async (query, top3) => {
    const html = await (await fetch(`${site.origin}/search?q=${encodeURIComponent(query)}`)).text();
    const list = html.match(/<ol[^>]*id="search-list"[^>]*>([\s\S]*?)<\/ol>/)?.[1] ?? '';
    const found = serviceSlugs([...list.matchAll(/<h2 class="app-card__title"><a href="([^"]+)"/g)].map((m) => m[1]));
    expect(found.slice(0, 3)).toEqual(expect.arrayContaining(top3));
  });
});
