import type { APIRoute, GetStaticPaths } from 'astro';
import { getServices } from '../../../directory/load';
import { toSavedService, type SavedService } from '../../../my-list/saved-services';
import { allServiceParts, servicePartOf } from '../../../my-list/service-parts';

/**
 * What "My list" needs to show a saved service when it builds the list in
 * the browser (including offline), in parts (src/my-list/service-parts.ts):
 * the list fetches only the parts of the services on it. Closed services
 * stay in, so an old list still says what happened to them. Every part is
 * written, an empty one too, so a part that is missing means something broke.
 */
export const getStaticPaths = (async () => {
  const byPart = new Map<string, Record<string, SavedService>>(allServiceParts().map((part) => [part, {}]));
  for (const service of await getServices()) byPart.get(servicePartOf(service.slug))![service.slug] = toSavedService(service);
  return [...byPart].map(([part, services]) => ({ params: { part }, props: { services } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify({ services: props.services as Record<string, SavedService> }), { headers: { 'Content-Type': 'application/json' } });
