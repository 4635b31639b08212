import * as oidc from 'openid-client';
import { hashToken } from './tokens';
import type { StaffRole, StaffStore } from './store';

/**
 * Sign-in with the council's identity provider (OpenID Connect: Microsoft
 * Entra ID, Google Workspace, Keycloak...), through openid-client:
 * authorisation code flow with PKCE, state and nonce. The state, nonce and
 * code verifier are kept in the store for 10 minutes and used once; the state
 * is also set in a short cookie, so a login started in one browser cannot be
 * finished in another. Set up with environment variables (docs/staff-access.md).
 */
export interface SingleSignOnSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends people back; by default this site's /officer/sign-in/single-sign-on/callback/. */
  redirectUri?: string;
  /** Group ids (the `groups` claim; Entra ID sends object ids) and e-mail domains that make someone an officer, or forum. */
  officerGroups: string[];
  forumGroups: string[];
  officerDomains: string[];
  forumDomains: string[];
  /** The button's words, e.g. "Sign in with your council Microsoft account". */
  buttonText: string;
}

const list = (name: string) =>
  (process.env[name] ?? '')
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);

/** The settings from the environment, or undefined when single sign-on is not set up. */
export function singleSignOnSettings(): SingleSignOnSettings | undefined {
  const issuer = process.env.LOCAL_OFFER_OIDC_ISSUER;
  const clientId = process.env.LOCAL_OFFER_OIDC_CLIENT_ID;
  const clientSecret = process.env.LOCAL_OFFER_OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return undefined;
  return {
    issuer: new URL(issuer),
    clientId,
    clientSecret,
    redirectUri: process.env.LOCAL_OFFER_OIDC_REDIRECT_URI || undefined,
    officerGroups: list('LOCAL_OFFER_OIDC_OFFICER_GROUPS'),
    forumGroups: list('LOCAL_OFFER_OIDC_FORUM_GROUPS'),
    officerDomains: list('LOCAL_OFFER_OIDC_OFFICER_DOMAINS'),
    forumDomains: list('LOCAL_OFFER_OIDC_FORUM_DOMAINS'),
    buttonText: process.env.LOCAL_OFFER_OIDC_BUTTON_TEXT || 'Sign in with your council account',
  };
}

export const loginCookieName = 'officer-login-state';
export const loginLifetimeMs = 10 * 60 * 1000;
export const callbackPath = '/officer/sign-in/single-sign-on/callback/';

let discovered: { key: string; config: Promise<oidc.Configuration> } | undefined;

/** The provider's metadata and keys, fetched once (and again if that failed). */
function configuration(settings: SingleSignOnSettings): Promise<oidc.Configuration> {
  const key = `${settings.issuer.href}|${settings.clientId}`;
  if (discovered?.key !== key) {
    // Plain http is allowed only for a provider on this computer (the tests start one on loopback).
    const loopback = settings.issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(settings.issuer.hostname);
    const config = oidc
      .discovery(settings.issuer, settings.clientId, settings.clientSecret, undefined, loopback ? { execute: [oidc.allowInsecureRequests] } : undefined)
      .catch((error) => {
        discovered = undefined;
        throw error;
      });
    discovered = { key, config };
  }
  return discovered.config;
}

const redirectUriFor = (settings: SingleSignOnSettings, siteOrigin: string) => settings.redirectUri ?? new URL(callbackPath, siteOrigin).href;

/** Starts a login: returns the provider address to send the browser to, and the state for the cookie. */
export async function startLogin(settings: SingleSignOnSettings, store: StaffStore, siteOrigin: string, now = Date.now()) {
  const config = await configuration(settings);
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  await store.saveLogin(hashToken(state), { nonce, codeVerifier, expiresAt: now + loginLifetimeMs });
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUriFor(settings, siteOrigin),
    scope: 'openid email profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url, state };
}

export type LoginOutcome =
  { ok: true; email: string; role: StaffRole } | { ok: false; reason: 'no-login' | 'provider-refused' | 'no-email' | 'no-role'; email?: string };

/** The role the provider's claims give, or undefined. Officer wins when someone is in both. */
export function roleFromClaims(settings: SingleSignOnSettings, email: string, groups: string[]): StaffRole | undefined {
  const domain = email.split('@').pop() ?? '';
  const inGroup = (wanted: string[]) => groups.some((g) => wanted.includes(g.toLowerCase()));
  if (inGroup(settings.officerGroups) || settings.officerDomains.includes(domain)) return 'officer';
  if (inGroup(settings.forumGroups) || settings.forumDomains.includes(domain)) return 'forum';
  return undefined;
}

/**
 * Finishes a login from the callback address: checks the state against the
 * cookie and the store (once only, 10 minutes), swaps the code for tokens with
 * the PKCE verifier, and lets openid-client check the ID token (issuer,
 * audience, signature, expiry, nonce).
 */
export async function finishLogin(
  settings: SingleSignOnSettings,
  store: StaffStore,
  callbackUrl: URL,
  siteOrigin: string,
  cookieState: string | undefined,
  now = Date.now(),
): Promise<LoginOutcome> {
  const state = callbackUrl.searchParams.get('state');
  if (!state || !cookieState || state !== cookieState) return { ok: false, reason: 'no-login' };
  const login = await store.takeLogin(hashToken(state), now);
  if (!login) return { ok: false, reason: 'no-login' };
  const config = await configuration(settings);
  // The provider answers at our redirect URI (it may differ from the address the request came to behind a proxy).
  const current = new URL(redirectUriFor(settings, siteOrigin));
  current.search = callbackUrl.search;
  let claims: oidc.IDToken | undefined;
  try {
    const tokens = await oidc.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: login.codeVerifier,
      expectedState: state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims();
  } catch {
    return { ok: false, reason: 'provider-refused' };
  }
  if (!claims) return { ok: false, reason: 'provider-refused' };
  const emailClaim = typeof claims.email === 'string' ? claims.email : typeof claims.preferred_username === 'string' ? claims.preferred_username : undefined;
  if (!emailClaim || !emailClaim.includes('@') || claims.email_verified === false) return { ok: false, reason: 'no-email' };
  const email = emailClaim.toLowerCase();
  const groups = Array.isArray(claims.groups) ? claims.groups.filter((g): g is string => typeof g === 'string') : [];
  const role = roleFromClaims(settings, email, groups);
  return role ? { ok: true, email, role } : { ok: false, reason: 'no-role', email };
}
