import type { APIRoute } from 'astro';
import { getOpenData } from '../../../../directory/open-data';
import { answerList } from '../../../../lib/oruk/query';
import { jsonResponse, preflightResponse } from '../../../../server/open-referral';

/** Live Open Referral UK API: `/services`, `/service_at_locations` and the other lists, honouring paging and filters. */
export const prerender = false;

export const GET: APIRoute = async ({ params, url }) => jsonResponse(answerList(await getOpenData(), params.collection, url.searchParams));
export const OPTIONS: APIRoute = () => preflightResponse();
