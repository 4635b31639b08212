import type { APIRoute } from 'astro';
import { officerCookieName } from '../../server/officer-auth';

export const prerender = false;

/** Signs the officer out and goes back to the sign-in page. */
export const POST: APIRoute = ({ cookies, redirect }) => {
  cookies.delete(officerCookieName, { path: '/officer' });
  return redirect('/officer/', 303);
};

export const GET: APIRoute = ({ redirect }) => redirect('/officer/', 303);
