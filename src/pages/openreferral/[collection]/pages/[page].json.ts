import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../../../directory/open-data';
import { collections, listRecords, type Collection } from '../../../../lib/oruk/open-data';
import { DEFAULT_PER_PAGE, pageCount, toPage } from '../../../../lib/oruk/paging';

/** Static Open Referral UK: every page of every list, e.g. /openreferral/services/pages/2.json. */
export const getStaticPaths = (async () => {
  const data = await getOpenData();
  return collections.flatMap((collection) => {
    const records = listRecords(data, collection);
    return Array.from({ length: pageCount(records.length, DEFAULT_PER_PAGE) }, (_, i) => ({
      params: { collection, page: String(i + 1) },
      props: { records },
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => Response.json(toPage(props.records as object[], Number(params.page), DEFAULT_PER_PAGE));
