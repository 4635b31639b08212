import { describe, expect, it } from 'vitest';
import { adminPolicy, securityHeadersFor, withHeaderOnlyDirectives } from '../../src/security/policy';
import { mergePolicies, pagePolicy } from '../../src/security/site-policy';

const pageA = "default-src 'self'; script-src 'self' 'sha256-AAA'; style-src 'self'";
const pageB = "default-src 'self'; script-src 'self' 'sha256-BBB'; style-src 'self' 'sha256-CCC'";

describe('the site-wide Content Security Policy', () => {
  it('allows every hash any page needs, and nothing more', () => {
    expect(mergePolicies([pageA, pageB])).toBe("default-src 'self'; script-src 'self' 'sha256-AAA' 'sha256-BBB'; style-src 'self' 'sha256-CCC'");
  });

  it('reads the policy Astro wrote into a page', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x+y/z='"></head>`;
    expect(pagePolicy(html)).toBe("default-src 'self'; script-src 'self' 'sha256-x+y/z='");
    expect(pagePolicy('<head></head>')).toBeUndefined();
  });

  it('adds frame-ancestors, which only works in a header, once', () => {
    expect(withHeaderOnlyDirectives(pageA)).toBe(`${pageA}; frame-ancestors 'none'`);
    expect(withHeaderOnlyDirectives(`${pageA};`)).toBe(`${pageA}; frame-ancestors 'none'`);
    expect(withHeaderOnlyDirectives("frame-ancestors 'self'")).toBe("frame-ancestors 'self'");
  });
});

describe('headers for each part of the site', () => {
  it('gives public pages the strict policy and the CMS editor its own', () => {
    const publicHeaders = securityHeadersFor('/services/chatterbox/', pageA);
    expect(publicHeaders['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(publicHeaders['Content-Security-Policy']).not.toContain('unsafe');
    expect(publicHeaders['X-Frame-Options']).toBe('DENY');
    const admin = securityHeadersFor('/admin/', pageA);
    expect(admin['Content-Security-Policy']).toBe(adminPolicy);
    expect(admin['X-Frame-Options']).toBe('DENY');
    // Nobody may frame the editor, and the built site's editor never talks to ports on the editor's own computer.
    expect(admin['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(admin['Content-Security-Policy']).not.toMatch(/localhost|127\.0\.0\.1/);
    // "/administration-of-medicines/" is a public page, not the CMS.
    expect(securityHeadersFor('/administration-of-medicines/', pageA)['Content-Security-Policy']).not.toContain('unsafe-eval');
  });

  it('sends the privacy and hardening headers everywhere', () => {
    for (const path of ['/', '/admin/']) {
      const headers = securityHeadersFor(path, pageA);
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Permissions-Policy']).toMatch(/camera=\(\).*geolocation=\(\)/);
    }
  });
});
