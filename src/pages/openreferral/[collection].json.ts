import type { APIRoute } from 'astro';
import { getOpenData } from '../../directory/open-data';
import { collections, listRecords, type Collection } from '../../lib/oruk/open-data';
import { DEFAULT_PER_PAGE, toPage } from '../../lib/oruk/paging';

/** Static Open Referral UK: the first page of each list, e.g. /openreferral/services.json (the same as /openreferral/services/pages/1.json). */
export function getStaticPaths() {
  return collections.map((collection) => ({ params: { collection } }));
}

export const GET: APIRoute = async ({ params }) => {
  const records = listRecords(await getOpenData(), params.collection as Collection);
  return Response.json(toPage(records, 1, DEFAULT_PER_PAGE));
};
