import type { APIRoute } from 'astro';
import { getOpenData } from '../../../../directory/open-data';
import { answerRecord } from '../../../../lib/oruk/query';
import { jsonResponse, preflightResponse } from '../../../../server/open-referral';

/** Live Open Referral UK API: one full record, such as `/services/{id}`. */
export const prerender = false;

export const GET: APIRoute = async ({ params }) => jsonResponse(answerRecord(await getOpenData(), params.collection, params.id));
export const OPTIONS: APIRoute = () => preflightResponse();
