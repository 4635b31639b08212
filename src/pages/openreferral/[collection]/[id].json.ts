import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../../directory/open-data';
import { collections, fullRecords } from '../../../lib/oruk/open-data';

/** Static Open Referral UK: one file per full record, e.g. /openreferral/services/{id}.json. */
export const getStaticPaths = (async () => {
  const data = await getOpenData();
  return collections.flatMap((collection) => fullRecords(data, collection).map((record) => ({ params: { collection, id: record.id }, props: { record } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.record);
