import type { APIRoute } from 'astro';
import { staffStore } from '../../server/staff/current-store';
import { endSession } from '../../server/staff/sessions';

export const prerender = false;

/** Ends the session on the server (an old copy of the cookie then works nowhere) and goes back to sign-in. */
export const POST: APIRoute = async ({ cookies, redirect, locals, url }) => {
  const store = staffStore();
  await endSession(store, cookies, url.protocol === 'https:', locals.staff);
  if (locals.staff) await store.audit({ actor: locals.staff.email, action: 'signed-out', detail: '' });
  return redirect('/officer/sign-in/', 303);
};

export const GET: APIRoute = ({ redirect }) => redirect('/officer/', 303);
