import fs from 'node:fs';
import type http from 'node:http';
import Provider, { type ClientMetadata } from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFormsServer, type FormsServer } from '../support/forms-server';
import { readForms } from '../support/forms-database';
import { freePort } from '../support/free-port';
import { withStaffStore } from '../support/staff-accounts';
import { launchBrowser } from '../support/browser';

// Sign-in with the council's identity provider, against a real OpenID
// Connect provider (the oidc-provider package, as certified by the OpenID
// Foundation) started here on loopback, with its own login and consent pages.
let server: FormsServer;
let providerServer: http.Server;
let issuer: string;
const clientSecret = 'local-offer-test-client-secret-0123456789';

beforeAll(async () => {
  const providerPort = await freePort();
  // "localhost" while the site is at 127.0.0.1: a different site to the browser, as a real provider is.
  issuer = `http://localhost:${providerPort}`;
  server = await startFormsServer({
    env: {
      LOCAL_OFFER_OIDC_ISSUER: issuer,
      LOCAL_OFFER_OIDC_CLIENT_ID: 'local-offer',
      LOCAL_OFFER_OIDC_CLIENT_SECRET: clientSecret,
      LOCAL_OFFER_OIDC_OFFICER_GROUPS: 'Local-Offer-Officers',
      LOCAL_OFFER_OIDC_FORUM_DOMAINS: 'forum.example',
    },
  });
  const client = (id: string): ClientMetadata => ({
    client_id: id,
    client_secret: id === 'local-offer' ? clientSecret : `${clientSecret}-other`,
    redirect_uris: [`${server.origin}/officer/sign-in/single-sign-on/callback/`],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
  });
  const provider = new Provider(issuer, {
    clients: [client('local-offer'), client('another-council-app')],
    // Each login name is an e-mail address; officers are in the officers' group.
    findAccount: async (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: async () => ({ sub: id, email: id, email_verified: true, groups: id.startsWith('officer') ? ['local-offer-officers'] : ['everyone'] }),
    }),
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['groups'] },
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    cookies: { keys: ['oidc-provider-test-cookie-key'] },
  });
  providerServer = provider.listen(providerPort, '127.0.0.1');
});
afterAll(async () => {
  await server?.stop();
  await new Promise((r) => providerServer?.close(r));
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

/** A browser's cookie jar, just enough for two sites on one host (cookies are kept per port). */
class Browser {
  private jars = new Map<string, Map<string, string>>();
  async get(url: string) {
    const u = new URL(url);
    const jar = this.jars.get(u.port) ?? new Map<string, string>();
    this.jars.set(u.port, jar);
    const res = await fetch(u, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    this.keep(u, res, jar);
    return res;
  }
  async postForm(url: string, fields: Record<string, string>) {
    const u = new URL(url);
    const jar = this.jars.get(u.port)!;
    const res = await fetch(u, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams(fields),
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': 'application/x-www-form-urlencoded', origin: u.origin },
    });
    this.keep(u, res, jar);
    return res;
  }
  private keep(u: URL, res: Response, jar: Map<string, string>) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair.indexOf('=');
      const value = pair.slice(eq + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c) || /max-age=0/i.test(c)) jar.delete(pair.slice(0, eq));
      else jar.set(pair.slice(0, eq), value);
    }
  }
  cookie(port: string, name: string) {
    return this.jars.get(port)?.get(name);
  }
  /** Follows redirects on the provider, signing in and consenting on its pages, until it sends the browser back to our site. */
  async throughProvider(start: string, login: string): Promise<string> {
    let url = start;
    for (let step = 0; step < 12; step++) {
      if (url.startsWith(server.origin)) return url;
      const res = await this.get(url);
      if (res.status >= 300 && res.status < 400) {
        url = new URL(res.headers.get('location')!, url).href;
        continue;
      }
      const html = await res.text();
      const action = new URL(/<form[^>]+action="([^"]+)"/.exec(html)![1], url).href;
      const prompt = /name="prompt" value="(\w+)"/.exec(html)![1];
      const sent = await this.postForm(action, prompt === 'login' ? { prompt, login, password: 'any' } : { prompt });
      url = new URL(sent.headers.get('location')!, action).href;
    }
    throw new Error('The provider never sent the browser back');
  }
  /** Starts sign-in on our site; the provider's address. */
  async start() {
    const res = await this.get(`${server.origin}/officer/sign-in/single-sign-on/`);
    expect(res.status).toBe(303);
    return res.headers.get('location')!;
  }
}

const port = () => new URL(server.origin).port;
const sessionOf = (b: Browser) => b.cookie(port(), 'officer-session');
const lastAudit = () => readForms(server.databaseFile, (db) => db.prepare('SELECT actor, action, detail FROM audit_log ORDER BY id DESC LIMIT 1').get());

describe('sign-in with the council’s identity provider', () => {
  it('offers the button on the sign-in page and sends the browser to the provider with PKCE, state and nonce', async () => {
    expect(await (await fetch(`${server.origin}/officer/sign-in/`)).text()).toContain('Sign in with your council account');
    const authorise = new URL(await new Browser().start());
    expect(authorise.origin).toBe(issuer);
    for (const name of ['state', 'nonce', 'code_challenge']) expect(authorise.searchParams.get(name)?.length, name).toBeGreaterThanOrEqual(43);
    expect(authorise.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorise.searchParams.get('client_id')).toBe('local-offer');
  });

  it('signs an officer in, with the role from their group, and the officer view says who they are', async () => {
    const browser = new Browser();
    const back = await browser.throughProvider(await browser.start(), 'officer.one@council.example');
    const page = await browser.get(back);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Signed in as officer.one@council.example (Local Offer officer)');
    const view = await browser.get(`${server.origin}/officer/`);
    expect(view.status).toBe(200);
    expect(await view.text()).toContain('Signed in as <strong>officer.one@council.example</strong>');
    expect(lastAudit()).toEqual({ actor: 'officer.one@council.example', action: 'signed-in', detail: 'single sign-on as officer' });
  });

  it('gives the forum role by e-mail domain', async () => {
    const browser = new Browser();
    await browser.get(await browser.throughProvider(await browser.start(), 'lead@forum.example'));
    expect(await (await browser.get(`${server.origin}/officer/`)).text()).toContain('Parent carer forum (summaries only)');
  });

  it('refuses someone the council has given no role', async () => {
    const browser = new Browser();
    const res = await browser.get(await browser.throughProvider(await browser.start(), 'someone@elsewhere.example'));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/officer/sign-in/?problem=no-role');
    expect(sessionOf(browser)).toBeUndefined();
    expect(await (await fetch(server.origin + res.headers.get('location'))).text()).toContain('has no access to the officer view');
    expect(lastAudit()).toMatchObject({ actor: 'someone@elsewhere.example', action: 'sign-in-refused' });
  });

  it('refuses a code the provider issued to another application (wrong audience)', async () => {
    const browser = new Browser();
    const ours = new URL(await browser.start());
    const theirs = new URL(ours);
    theirs.searchParams.set('client_id', 'another-council-app');
    const back = new URL(await browser.throughProvider(theirs.href, 'officer.two@council.example'));
    expect(back.searchParams.get('code')).toBeTruthy();
    const res = await browser.get(back.href);
    expect(res.headers.get('location')).toBe('/officer/sign-in/?problem=provider-refused');
    expect(sessionOf(browser)).toBeUndefined();
  });

  it('refuses a login whose state has expired', async () => {
    const browser = new Browser();
    const start = await browser.start();
    await withStaffStore(server.dataDir, (_, database) =>
      database.statements([{ sql: 'UPDATE single_sign_on_login SET expires_at = ?', params: [Date.now() - 1] }]),
    );
    const res = await browser.get(await browser.throughProvider(start, 'officer.three@council.example'));
    expect(res.headers.get('location')).toBe('/officer/sign-in/?problem=no-login');
    expect(sessionOf(browser)).toBeUndefined();
  });

  it('refuses a replayed code, with the old state or a new one', async () => {
    const browser = new Browser();
    const back = new URL(await browser.throughProvider(await browser.start(), 'officer.four@council.example'));
    expect((await browser.get(back.href)).status).toBe(200);
    const attacker = new Browser();
    const state = new URL(await attacker.start()).searchParams.get('state')!;
    const replay = new URL(back);
    replay.searchParams.set('state', state);
    const res = await attacker.get(replay.href);
    expect(res.headers.get('location')).toBe('/officer/sign-in/?problem=provider-refused');
    expect(sessionOf(attacker)).toBeUndefined();
    const again = new Browser();
    expect((await again.get(back.href)).headers.get('location')).toBe('/officer/sign-in/?problem=no-login');
  });

  it('refuses a callback from a browser that did not start the login', async () => {
    const browser = new Browser();
    const back = await browser.throughProvider(await browser.start(), 'officer.five@council.example');
    const other = new Browser();
    expect((await other.get(back)).headers.get('location')).toBe('/officer/sign-in/?problem=no-login');
  });

  it('works in Chromium without JavaScript: the strict session cookie survives the way back from the provider', async () => {
    const chromium = await launchBrowser();
    try {
      const page = await (await chromium.newContext({ javaScriptEnabled: false })).newPage();
      await page.goto(`${server.origin}/officer/`);
      await page.getByRole('link', { name: 'Sign in with your council account' }).click();
      await page.locator('input[name="login"]').fill('officer.six@council.example');
      await page.locator('input[name="password"]').fill('any');
      await page.getByRole('button', { name: 'Sign-in' }).click();
      await page.getByRole('button', { name: 'Continue' }).click();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('You are signed in');
      await page.getByRole('link', { name: 'Continue to the officer view' }).click();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Officer view');
      expect(await page.getByText('Signed in as officer.six@council.example').isVisible()).toBe(true);
    } finally {
      await chromium.close();
    }
  });
});
