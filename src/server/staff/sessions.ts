import type { AstroCookies } from 'astro';
import { hashToken, looksLikeToken, newSecretToken } from './tokens';
import type { StaffRole, StaffSession, StaffStore } from './store';

/**
 * Staff sessions kept on the server (in the store): the cookie holds only an
 * opaque random id, the database only its hash. A session ends after 30
 * minutes without use or 8 hours after sign-in, whichever comes first; signing
 * out deletes it, so an old cookie is worthless everywhere it was copied.
 */
export const idleTimeoutMs = 30 * 60 * 1000;
export const absoluteTimeoutMs = 8 * 60 * 60 * 1000;
/** Last-seen times are written at most once a minute: enough for a 30-minute idle timeout, and far fewer writes. */
const touchEveryMs = 60 * 1000;

/** `__Host-` on HTTPS: the browser then only accepts it from this host, over HTTPS, for the whole site. */
export const sessionCookieName = (secure: boolean) => (secure ? '__Host-officer-session' : 'officer-session');

export interface SignedInStaff {
  email: string;
  role: StaffRole;
  method: StaffSession['method'];
  /** Hash of the session id, to end this session. */
  sessionHash: string;
}

export async function currentStaff(store: StaffStore, cookies: AstroCookies, secure: boolean, now = Date.now()): Promise<SignedInStaff | undefined> {
  const id = cookies.get(sessionCookieName(secure))?.value;
  if (!looksLikeToken(id)) return undefined;
  const sessionHash = hashToken(id);
  const session = await store.findSession(sessionHash);
  if (!session) return undefined;
  if (now - session.lastSeenAt > idleTimeoutMs || now - session.createdAt > absoluteTimeoutMs) {
    await store.endSession(sessionHash);
    return undefined;
  }
  if (now - session.lastSeenAt > touchEveryMs) await store.touchSession(sessionHash, now);
  return { email: session.email, role: session.role, method: session.method, sessionHash };
}

/**
 * Starts a session after a successful sign-in. Any session the browser
 * already had is ended first, so the id always changes at sign-in.
 */
export async function startSession(
  store: StaffStore,
  cookies: AstroCookies,
  secure: boolean,
  who: { email: string; role: StaffRole; accountId: number | null; method: StaffSession['method'] },
  now = Date.now(),
): Promise<void> {
  const old = cookies.get(sessionCookieName(secure))?.value;
  if (looksLikeToken(old)) await store.endSession(hashToken(old));
  const id = newSecretToken();
  await store.createSession(hashToken(id), { ...who, createdAt: now, lastSeenAt: now });
  cookies.set(sessionCookieName(secure), id, { httpOnly: true, sameSite: 'strict', secure, path: '/', maxAge: absoluteTimeoutMs / 1000 });
}

export async function endSession(store: StaffStore, cookies: AstroCookies, secure: boolean, staff: SignedInStaff | undefined): Promise<void> {
  if (staff) await store.endSession(staff.sessionHash);
  cookies.delete(sessionCookieName(secure), { path: '/', secure, httpOnly: true, sameSite: 'strict' });
}
