import v8 from 'node:v8';
import type { APIRoute } from 'astro';
import { getOpenDataInput } from '../../directory/open-data';

/**
 * Not published: the open data's input (every published service with its
 * text, the organisations, the site's address), saved once for the build step
 * that writes the static Open Referral files outside Astro's page loop and
 * then deletes this file (src/integrations/open-data-check.ts). V8's own
 * format keeps dates as dates.
 */
export const GET: APIRoute = async () => new Response(new Uint8Array(v8.serialize(await getOpenDataInput())));
