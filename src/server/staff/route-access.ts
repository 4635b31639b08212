import type { StaffRole } from './store';

/**
 * Who may use each route drawn on request, in one table that the middleware
 * (src/middleware.ts) applies to every request. Deny by default: a route that
 * is not in the table answers nobody, so a new private page that nobody
 * added here exposes nothing (and tests/e2e/staff-access.test.ts fails until
 * it is added). Keys are Astro route patterns.
 */
export type RouteAccess = { who: 'anyone'; why: string } | { who: 'staff'; roles: readonly StaffRole[] };

const anyone = (why: string): RouteAccess => ({ who: 'anyone', why });
const staff = (...roles: StaffRole[]): RouteAccess => ({ who: 'staff', roles });

export const routeAccess: Record<string, RouteAccess> = {
  '/search': anyone('site search without JavaScript'),
  '/my-list': anyone('a family’s saved services, read from the address'),
  '/feedback': anyone('“Was this page useful?” posts'),
  '/feedback/thanks': anyone('thank-you page after feedback'),
  '/surveys/[survey]': anyone('the survey form families fill in'),
  '/surveys/[survey]/confirmation': anyone('the reference number after sending answers'),
  '/api/openreferral': anyone('open data (Open Referral UK)'),
  '/api/openreferral/[collection]': anyone('open data (Open Referral UK)'),
  '/api/openreferral/[collection]/[id]': anyone('open data (Open Referral UK)'),
  '/api/search/zero-results': anyone('search as you type reports a search that found nothing (words only, never who)'),
  '/admin/review': anyone('which published pages are due for review: public content only, no personal data'),
  '/officer/sign-in': anyone('staff sign-in form'),
  '/officer/sign-in/single-sign-on': anyone('starts sign-in with the council’s identity provider'),
  '/officer/sign-in/single-sign-on/callback': anyone('where the identity provider sends staff back'),
  '/officer/set-up': anyone('one-time set-up link for a new local account'),
  '/officer': staff('officer', 'forum'),
  '/officer/feedback': staff('officer', 'forum'),
  '/officer/surveys/[survey]': staff('officer', 'forum'),
  '/officer/surveys/[survey].csv': staff('officer'),
  // Words only, shown once 3 different people searched them: no personal data, so the forum may see it too.
  '/officer/searches': staff('officer', 'forum'),
  '/officer/audit': staff('officer'),
  '/officer/audit.csv': staff('officer'),
  '/officer/sign-out': staff('officer', 'forum'),
  '/officer/no-access': staff('officer', 'forum'),
};

const nobody: RouteAccess = { who: 'staff', roles: [] };

export function accessFor(routePattern: string): RouteAccess {
  return Object.hasOwn(routeAccess, routePattern) ? routeAccess[routePattern] : nobody;
}

/** What each role may do, for pages that show more to officers than to the forum. */
export const may = {
  readAnswers: (role: StaffRole) => role === 'officer',
  exportAnswers: (role: StaffRole) => role === 'officer',
  deleteResponses: (role: StaffRole) => role === 'officer',
  readAuditLog: (role: StaffRole) => role === 'officer',
};

export const roleNames: Record<StaffRole, string> = {
  officer: 'Local Offer officer',
  forum: 'Parent carer forum (summaries only)',
};
