import type { APIRoute } from 'astro';
import { getServices } from '../../directory/load';
import { toSavedService, type SavedService } from '../../my-list/saved-services';

/**
 * What "My list" needs to show any saved service when it builds the list in
 * the browser (including offline). Closed services stay in, so an old list
 * still says what happened to them.
 */
export const GET: APIRoute = async () => {
  const services: Record<string, SavedService> = {};
  for (const service of await getServices()) services[service.slug] = toSavedService(service);
  return new Response(JSON.stringify({ services }), { headers: { 'Content-Type': 'application/json' } });
};
