import v8 from 'node:v8';
import type { APIRoute } from 'astro';
import { getOpenDataInput } from '../../directory/open-data';
import { signalOpenDataInput } from '../../integrations/open-data-signal';

/**
 * Not published: the open data's input (every published service with its
 * text, the organisations, the site's address), saved once for the build step
 * that writes the static Open Referral files outside Astro's page loop and
 * then deletes this file (src/integrations/open-data-check.ts). V8's own
 * format keeps dates as dates. The build step is usually told earlier (the
 * middleware starts it with the first page, src/directory/open-data-early.ts);
 * telling it again here does nothing then.
 */
export const GET: APIRoute = async () => {
  const input = await getOpenDataInput();
  const bytes = new Uint8Array(v8.serialize(input));
  signalOpenDataInput(bytes, input.services.length);
  return new Response(bytes);
};
