import type { APIRoute } from 'astro';
import { privatePageHeaders } from '../../../server/http';
import { staffStore } from '../../../server/staff/current-store';
import { loginCookieName, loginLifetimeMs, singleSignOnSettings, startLogin } from '../../../server/staff/single-sign-on';

export const prerender = false;

/** Sends the browser to the council's identity provider (see src/server/staff/single-sign-on.ts). */
export const GET: APIRoute = async ({ url, cookies, redirect }) => {
  const settings = singleSignOnSettings();
  if (!settings) return redirect('/officer/sign-in/', 303);
  try {
    const { url: provider, state } = await startLogin(settings, staffStore(), url.origin);
    // Lax, not Strict: the provider sends the browser back from its own site, and this cookie must come along.
    cookies.set(loginCookieName, state, {
      httpOnly: true,
      sameSite: 'lax',
      secure: url.protocol === 'https:',
      path: '/officer/sign-in/',
      maxAge: loginLifetimeMs / 1000,
    });
    const response = redirect(provider.href, 303);
    privatePageHeaders(response.headers);
    return response;
  } catch {
    console.error('Single sign-on: the identity provider could not be reached.');
    return redirect('/officer/sign-in/?problem=unavailable', 303);
  }
};
