import { describe, expect, it } from 'vitest';
import { cleanFreeText } from '../../src/server/free-text';
import { isAllowedMethod, reachedOverHttps, withSingleSlashes } from '../../src/server/request-rules';
import { hashPassword, passwordMatches, passwordProblem } from '../../src/server/staff/passwords';
import { checkCode, currentCode } from '../../src/server/staff/second-factor';
import { roleFromClaims, type SingleSignOnSettings } from '../../src/server/staff/single-sign-on';

describe('passwords', () => {
  it('are hashed with scrypt and a fresh salt, and checked in constant time', async () => {
    const a = await hashPassword('kettle orbit lantern plum');
    const b = await hashPassword('kettle orbit lantern plum');
    expect(a).toMatch(/^scrypt\$32768\$8\$3\$/);
    expect(a).not.toBe(b);
    expect(await passwordMatches('kettle orbit lantern plum', a)).toBe(true);
    expect(await passwordMatches('kettle orbit lantern plun', a)).toBe(false);
    expect(await passwordMatches('anything at all here', null)).toBe(false);
  }, 30_000); // five scrypt runs of a few hundred milliseconds each, on a busy 2-core machine

  it('must be long, not on the breached list (even with digits added), not the address, and typed twice the same', () => {
    expect(passwordProblem('short one', 'short one', 'a@example.org')).toBe('too-short');
    expect(passwordProblem('qwerty123456', 'qwerty123456', 'a@example.org')).toBe('common');
    expect(passwordProblem('password12345!', 'password12345!', 'a@example.org')).toBe('common');
    expect(passwordProblem('aaaaaaaaaaaaaa', 'aaaaaaaaaaaaaa', 'a@example.org')).toBe('common');
    expect(passwordProblem('jane.smith-2026-x', 'jane.smith-2026-x', 'jane.smith@example.org')).toBe('contains-email');
    expect(passwordProblem('kettle orbit lantern plum', 'kettle orbit lantern', 'a@example.org')).toBe('different');
    expect(passwordProblem('kettle orbit lantern plum', 'kettle orbit lantern plum', 'a@example.org')).toBeUndefined();
  });
});

describe('authenticator codes', () => {
  it('accept the current code and the one either side, nothing else', () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const now = 1_795_000_000_000;
    expect(checkCode(secret, currentCode(secret, now), now)).toBe(Math.floor(now / 30_000));
    expect(checkCode(secret, currentCode(secret, now - 30_000), now)).toBe(Math.floor(now / 30_000) - 1);
    expect(checkCode(secret, currentCode(secret, now - 90_000), now)).toBeUndefined();
    expect(checkCode(secret, 'abcdef', now)).toBeUndefined();
  });
});

// The staff store itself (set-up links, sessions, failed sign-ins, the audit log) is tested on both engines in forms-store.test.ts.

describe('single sign-on roles', () => {
  const settings = {
    officerGroups: ['g-officers'],
    forumGroups: ['g-forum'],
    officerDomains: [],
    forumDomains: ['forum.example'],
  } as unknown as SingleSignOnSettings;
  it('come from the group claim or the e-mail domain, officer first, and none otherwise', () => {
    expect(roleFromClaims(settings, 'a@council.example', ['G-Officers'])).toBe('officer');
    expect(roleFromClaims(settings, 'a@forum.example', ['g-officers'])).toBe('officer');
    expect(roleFromClaims(settings, 'a@forum.example', [])).toBe('forum');
    expect(roleFromClaims(settings, 'a@council.example', ['g-forum'])).toBe('forum');
    expect(roleFromClaims(settings, 'a@elsewhere.example', ['everyone'])).toBeUndefined();
  });
});

describe('request rules', () => {
  it('allow only the methods the site uses', () => {
    expect(['GET', 'HEAD', 'POST', 'OPTIONS'].every(isAllowedMethod)).toBe(true);
    expect(['TRACE', 'PUT', 'DELETE', 'CONNECT', 'PATCH', undefined].some((m) => isAllowedMethod(m))).toBe(false);
  });

  it('make doubled slashes single in the path, leaving the query alone', () => {
    expect(withSingleSlashes('//_headers')).toBe('/_headers');
    expect(withSingleSlashes('/a//b///c/?next=//x')).toBe('/a/b/c/?next=//x');
  });

  it('trust X-Forwarded-Proto only behind a proxy the council said it has', () => {
    expect(reachedOverHttps(false, 'https', false)).toBe(false);
    expect(reachedOverHttps(false, 'https, http', true)).toBe(true);
    expect(reachedOverHttps(true, undefined, false)).toBe(true);
  });
});

describe('typed answers', () => {
  it('lose invisible direction and formatting characters, but keep emoji joiners', () => {
    expect(cleanFreeText('abc\u202Efed\u202C \u2067x\u2069\u200F\u00AD', 100)).toEqual({ ok: true, text: 'abcfed x' });
    expect(cleanFreeText('👨\u200D👩\u200D👧', 100)).toEqual({ ok: true, text: '👨\u200D👩\u200D👧' });
  });
});
