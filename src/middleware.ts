import { defineMiddleware } from 'astro:middleware';
import { privatePageHeaders } from './server/http';
import { allowedMethods, isAllowedMethod } from './server/request-rules';
import { staffStore } from './server/staff/current-store';
import { accessFor } from './server/staff/route-access';
import { currentStaff } from './server/staff/sessions';
import { getWording } from './directory/wording';
import { startOpenDataEarly } from './directory/open-data-early';
import { reserveSearchPage, signalSearchPage } from './integrations/search-index-signal';

/**
 * The one place that decides who may use a route drawn on request (the table
 * is src/server/staff/route-access.ts; anything not in it is refused).
 * Pages built ahead (static files) only get their wording here: they hold no personal data.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (context.isPrerendered) {
    // In a build, the first page starts the Open Referral files on the other core (does nothing elsewhere),
    // and each service page goes to the search index as it is drawn (src/integrations/search-index-during-pages.ts).
    // Its place is taken before anything is awaited, so pages go in in the order Astro started them.
    startOpenDataEarly();
    const place = reserveSearchPage(context.url.pathname);
    context.locals.wording = await getWording();
    const response = await next();
    signalSearchPage(place, `${context.url.pathname.slice(1)}index.html`, place >= 0 && response.status === 200 ? await response.clone().text() : undefined);
    return response;
  }
  // Every page, built ahead or on request, says its words through this (src/i18n/messages.ts).
  context.locals.wording = await getWording();
  // The production server refuses these before Astro sees them; this covers Astro's own entry too.
  if (!isAllowedMethod(context.request.method))
    return new Response('This address does not accept that kind of request.\n', {
      status: 405,
      headers: { Allow: allowedMethods.join(', '), 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const access = accessFor(context.routePattern);
  const staffArea = context.routePattern === '/officer' || context.routePattern.startsWith('/officer/');
  if (staffArea) {
    const secure = context.url.protocol === 'https:';
    // A database that cannot be read signs nobody in: the sign-in page then says what is wrong.
    context.locals.staff = await currentStaff(staffStore(), context.cookies, secure).catch(() => undefined);
  }
  if (access.who === 'staff') {
    const staff = context.locals.staff;
    if (!staff || access.roles.length === 0) {
      const refused = staff
        ? new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
        : new Response(null, { status: 303, headers: { Location: '/officer/sign-in/' } });
      privatePageHeaders(refused.headers);
      return refused;
    }
    if (!access.roles.includes(staff.role)) return context.rewrite('/officer/no-access/');
  }
  const response = await next();
  // Pages drawn on request say their character set, so no browser guesses another.
  const type = response.headers.get('content-type');
  if (type && /^text\/html\s*$/i.test(type)) response.headers.set('content-type', 'text/html; charset=utf-8');
  return response;
});
