import type { APIRoute } from 'astro';
import { rootMetadata } from '../../../lib/oruk/open-data';
import { jsonResponse, preflightResponse } from '../../../server/open-referral';

/** Live Open Referral UK API: `/` (which version and profile this is). */
export const prerender = false;

export const GET: APIRoute = () => jsonResponse({ status: 200, body: rootMetadata() });
export const OPTIONS: APIRoute = () => preflightResponse();
