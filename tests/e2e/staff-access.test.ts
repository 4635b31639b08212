import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFormsServer, testFormSecret, type FormsServer } from '../support/forms-server';
import { readForms } from '../support/forms-database';
import { addStaffAccount, rawRequest, signIn, testStaffPassword, withStaffStore } from '../support/staff-accounts';
import { runOfficerCommand } from '../../src/server/staff/accounts';
import { demoSurveyPath, mintSurveyToken, validSurveyBody } from '../support/survey-posts';
import { accessFor, routeAccess } from '../../src/server/staff/route-access';
import { currentCode } from '../../src/server/staff/second-factor';

// Staff sign-in, sessions, roles, the audit log and the attack run's
// hardening items, against the production server (serve.mjs) with its own
// data folder, created with mode 755 as a council might.
let server: FormsServer;
const dataDir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'local-offer-staff-'));
beforeAll(async () => {
  fs.chmodSync(dataDir, 0o755);
  server = await startFormsServer({ dataDir, production: true, env: { LOCAL_OFFER_BEHIND_PROXY: '1' } });
  await addStaffAccount(dataDir, 'officer@example.org', 'officer');
  await addStaffAccount(dataDir, 'forum@example.org', 'forum');
});
afterAll(async () => {
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const get = (p: string, cookie?: string, headers: Record<string, string> = {}) =>
  rawRequest(server.origin, p, { headers: { ...(cookie ? { cookie } : {}), ...headers } });
const post = (p: string, body: string, cookie?: string) =>
  rawRequest(server.origin, p, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: server.origin,
      'content-length': String(Buffer.byteLength(body)),
      ...(cookie ? { cookie } : {}),
    },
  });
const audit = () =>
  readForms(
    server.databaseFile,
    (db) => db.prepare('SELECT actor, action, detail FROM audit_log ORDER BY id').all() as { actor: string; action: string; detail: string }[],
  );
const officerCli = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['--experimental-strip-types', 'scripts/officer.ts', ...args], {
    env: { ...process.env, LOCAL_OFFER_DATA_DIR: dataDir, SITE_URL: server.origin },
  });

/** Every route drawn on request, as Astro names it, from the page files that say `prerender = false`. */
function onDemandRoutes(): string[] {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/prerender\s*=\s*false/.test(fs.readFileSync(file, 'utf8')))
        routes.push(
          '/' +
            path
              .relative('src/pages', file)
              .replace(/\.(astro|ts)$/, '')
              .replace(/(^|\/)index$/, ''),
        );
    }
  };
  walk('src/pages');
  return routes.map((r) => (r === '/' ? r : r.replace(/\/$/, '')));
}

const sampleAddress = (route: string) =>
  route.replace('[survey]', 'parent-carer-survey-2026').replace('[collection]', 'services').replace('[id]', 'x') + (route.endsWith('.csv') ? '' : '/');

describe('one guard for every private route', () => {
  it('knows every route drawn on request, and refuses anonymous requests to each private one', async () => {
    const routes = onDemandRoutes();
    expect(routes.length).toBeGreaterThan(15);
    const unlisted = routes.filter((r) => !Object.hasOwn(routeAccess, r));
    expect(unlisted, 'add these to src/server/staff/route-access.ts').toEqual([]);
    const problems: string[] = [];
    for (const route of routes.filter((r) => accessFor(r).who === 'staff')) {
      for (const method of ['GET', 'POST']) {
        const res = await rawRequest(server.origin, sampleAddress(route), {
          method,
          headers: { origin: server.origin, 'content-type': 'application/x-www-form-urlencoded', 'content-length': '0' },
          body: '',
        });
        if (res.status !== 303 || res.headers.location !== '/officer/sign-in/' || /NB-|@example/.test(res.body))
          problems.push(`${method} ${route}: ${res.status}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('treats a route nobody listed as private to everybody (deny by default)', () => {
    expect(accessFor('/officer/something-new')).toEqual({ who: 'staff', roles: [] });
    expect(accessFor('/staff-only-report')).toEqual({ who: 'staff', roles: [] });
  });
});

describe('local accounts', () => {
  it('are added on the command line with a one-time set-up link that refuses weak passwords', async () => {
    const { stdout } = await officerCli('add', 'New.Officer@example.org', '--role', 'officer');
    const link = /(http\S+\/officer\/set-up\/\?token=\S+)/.exec(stdout)![1];
    const token = new URL(link).searchParams.get('token')!;
    const page = await get(new URL(link).pathname + new URL(link).search);
    expect(page.status).toBe(200);
    expect(page.body).toContain('new.officer@example.org');
    expect(page.body).toMatch(/<svg[^>]*viewBox/);
    for (const [password, says] of [
      ['short', 'must be 12 characters or more'],
      ['password1234', 'one that many people use'],
      ['qwerty123456', 'one that many people use'],
      ['a long enough passphrase', 'are not the same'],
    ]) {
      const res = await post(
        '/officer/set-up/',
        new URLSearchParams({ token, password, confirm: password === 'a long enough passphrase' ? 'something else' : password, code: '' }).toString(),
      );
      expect(res.status, password).toBe(422);
      expect(res.body).toContain(says);
    }
    const done = await post(
      '/officer/set-up/',
      new URLSearchParams({ token, password: 'kettle orbit lantern plum', confirm: 'kettle orbit lantern plum', code: '' }).toString(),
    );
    expect(done.status).toBe(303);
    expect((await get(new URL(link).pathname + new URL(link).search)).status).toBe(404);
    const session = await signIn(server.origin, 'new.officer@example.org', 'kettle orbit lantern plum');
    expect(session.cookie).toBeDefined();
    const stored = readForms(
      server.databaseFile,
      (db) => db.prepare("SELECT password_hash FROM staff_account WHERE email = 'new.officer@example.org'").get() as { password_hash: string },
    );
    expect(stored.password_hash).toMatch(/^scrypt\$32768\$8\$3\$/);
    expect(stored.password_hash).not.toContain('kettle');
  });

  it('can ask for a code from an authenticator app, which works once', async () => {
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await addStaffAccount(dataDir, 'two-step@example.org', 'officer', { totpSecret: secret });
    expect((await signIn(server.origin, 'two-step@example.org')).body).toContain('Enter the 6-digit code from your authenticator app');
    const code = currentCode(secret);
    const first = await signIn(server.origin, 'two-step@example.org', testStaffPassword, { code });
    expect(first.cookie).toBeDefined();
    const again = await signIn(server.origin, 'two-step@example.org', testStaffPassword, { code });
    expect(again.status).toBe(401);
    expect(again.cookie).toBeUndefined();
  });
});

describe('sessions on the server', () => {
  it('use an opaque HttpOnly, SameSite=Strict cookie, new at each sign-in', async () => {
    const res = await rawRequest(server.origin, '/officer/sign-in/', {
      method: 'POST',
      body: `email=officer%40example.org&password=${encodeURIComponent(testStaffPassword)}&code=`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin },
    });
    const cookie = res.headers['set-cookie']!.find((c) => c.startsWith('officer-session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
    const second = await signIn(server.origin, 'officer@example.org');
    expect(second.cookie).not.toBe(cookie.split(';')[0]);
    const ids = readForms(server.databaseFile, (db) => db.prepare('SELECT id_hash FROM staff_session').all() as { id_hash: string }[]);
    expect(ids.map((r) => r.id_hash)).not.toContain(cookie.split(';')[0].split('=')[1]);
  });

  it('end at sign-out: the old cookie no longer works (hardening 1)', async () => {
    const { cookie } = await signIn(server.origin, 'officer@example.org');
    expect((await get('/officer/', cookie)).status).toBe(200);
    expect((await post('/officer/sign-out/', '', cookie)).status).toBe(303);
    const after = await get('/officer/surveys/parent-carer-survey-2026.csv', cookie);
    expect(after.status).toBe(303);
    expect(after.headers.location).toBe('/officer/sign-in/');
  });

  it('end after 30 minutes idle or 8 hours in all', async () => {
    const idle = (await signIn(server.origin, 'officer@example.org')).cookie!;
    const long = (await signIn(server.origin, 'officer@example.org')).cookie!;
    const { hashToken } = await import('../../src/server/staff/tokens');
    await withStaffStore(dataDir, (_, database) =>
      database.statements([
        { sql: 'UPDATE staff_session SET last_seen_at = ? WHERE id_hash = ?', params: [Date.now() - 31 * 60_000, hashToken(idle.split('=')[1])] },
        { sql: 'UPDATE staff_session SET created_at = ? WHERE id_hash = ?', params: [Date.now() - 8 * 3600_000 - 1000, hashToken(long.split('=')[1])] },
      ]),
    );
    expect((await get('/officer/', idle)).status).toBe(303);
    expect((await get('/officer/', long)).status).toBe(303);
  });

  it('all end when the account’s role changes or it is removed', async () => {
    await addStaffAccount(dataDir, 'leaver@example.org', 'officer');
    const a = (await signIn(server.origin, 'leaver@example.org')).cookie!;
    // The command line's own commands, run here rather than in a new process (the add test above spawns it).
    const command = (...args: string[]) => withStaffStore(dataDir, (store) => runOfficerCommand(store, args, server.origin, () => {}));
    expect(await command('role', 'leaver@example.org', 'forum')).toBe(0);
    expect((await get('/officer/', a)).status).toBe(303);
    const b = (await signIn(server.origin, 'leaver@example.org')).cookie!;
    expect((await get('/officer/', b)).body).toContain('Parent carer forum');
    expect(await command('remove', 'leaver@example.org')).toBe(0);
    expect((await get('/officer/', b)).status).toBe(303);
    expect((await signIn(server.origin, 'leaver@example.org')).status).toBe(401);
  });
});

describe('roles', () => {
  it('shows the forum summaries only: no typed answers, comments, downloads, deletions or audit log', async () => {
    const body = validSurveyBody(mintSurveyToken(testFormSecret));
    expect((await post(demoSurveyPath, body)).status).toBe(303);
    const { cookie } = await signIn(server.origin, 'forum@example.org');
    const results = await get('/officer/surveys/parent-carer-survey-2026/', cookie);
    expect(results.status).toBe(200);
    expect(results.body).toContain('Signed in as <strong>forum@example.org</strong>');
    expect(results.body).toContain('fewer than 5');
    expect(results.body).not.toContain('speech and language drop-in');
    expect(results.body).not.toMatch(/NB-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(results.body).not.toContain('Delete this response');
    expect((await get('/officer/surveys/parent-carer-survey-2026.csv', cookie)).status).toBe(403);
    expect((await get('/officer/audit/', cookie)).status).toBe(403);
    expect((await get('/officer/audit.csv', cookie)).body).not.toContain('signed-in');
    expect((await post('/officer/surveys/parent-carer-survey-2026/', 'reference=NB-0000-0000', cookie)).status).toBe(403);
    expect((await get('/officer/feedback/', cookie)).body).toContain('Comments are seen only by Local Offer officers');
  });
});

describe('the audit log', () => {
  it('records who viewed, exported and deleted what, never an answer, and officers can read and export it', async () => {
    const { cookie } = await signIn(server.origin, 'officer@example.org');
    expect((await get('/officer/surveys/parent-carer-survey-2026/', cookie)).body).toContain('speech and language drop-in');
    const csv = await get('/officer/surveys/parent-carer-survey-2026.csv', cookie);
    const reference = /NB-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(csv.body)![0];
    expect((await post('/officer/surveys/parent-carer-survey-2026/', `reference=${reference}`, cookie)).body).toContain('has been deleted');
    const actions = audit();
    const by = (action: string) => actions.filter((e) => e.action === action);
    expect(by('answers-viewed').some((e) => e.actor === 'officer@example.org' && /parent-carer-survey-2026: \d+ typed answers/.test(e.detail))).toBe(true);
    expect(by('answers-exported').at(-1)).toEqual({
      actor: 'officer@example.org',
      action: 'answers-exported',
      detail: 'parent-carer-survey-2026: 1 responses',
    });
    expect(by('response-deleted').at(-1)).toEqual({ actor: 'officer@example.org', action: 'response-deleted', detail: `Reference ${reference}` });
    for (const action of ['account-added', 'account-set-up', 'role-changed', 'account-removed', 'signed-in', 'sign-in-failed', 'signed-out', 'expiry-run'])
      expect(by(action).length, action).toBeGreaterThan(0);
    expect(JSON.stringify(actions)).not.toMatch(/speech and language|biggest difference|not the password|kettle/);
    const page = await get('/officer/audit/', cookie);
    expect(page.body).toContain('Deleted a response');
    const exported = await get('/officer/audit.csv', cookie);
    expect(exported.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(exported.body).toContain(`Reference ${reference}`);
  });

  it('cannot be changed, or emptied before two years are up', () => {
    const db = new DatabaseSync(server.databaseFile);
    try {
      expect(() => db.exec("UPDATE audit_log SET actor = 'someone else'")).toThrow(/append-only/);
      expect(() => db.exec('DELETE FROM audit_log')).toThrow(/kept for two years/);
    } finally {
      db.close();
    }
  });
});

describe('limits on sign-in attempts', () => {
  it('stop one client guessing, without locking the officer out from another address', async () => {
    let last = 0;
    for (let i = 0; i < 6; i++) last = (await signIn(server.origin, 'forum@example.org', 'wrong password guess', { localAddress: '127.0.0.7' })).status;
    expect(last).toBe(429);
    expect((await signIn(server.origin, 'forum@example.org', testStaffPassword, { localAddress: '127.0.0.7' })).status).toBe(429);
    expect((await signIn(server.origin, 'forum@example.org', testStaffPassword, { localAddress: '127.0.0.8' })).cookie).toBeDefined();
  });
});

describe('hardening from the attack run', () => {
  it('keeps the forms database and its -wal and -shm files private, in a data folder made with mode 755 (2)', async () => {
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o755);
    const files = ['', '-wal', '-shm'].map((suffix) => server.databaseFile + suffix);
    for (const file of files) expect(fs.existsSync(file), file).toBe(true);
    expect(files.map((f) => `${path.basename(f)} ${(fs.statSync(f).mode & 0o777).toString(8)}`)).toEqual(files.map((f) => `${path.basename(f)} 600`));
  });

  it('answers TRACE and other unsupported methods with 405 on every kind of route, and never logs an address (3)', async () => {
    const paths = [
      '/',
      '/services/',
      '/search/?q=secret-search-words',
      '/officer/',
      '/officer/sign-in/',
      '/api/openreferral/services/?q=secret-search-words',
      '/no-such-page/?q=secret-search-words',
      '/_headers',
    ];
    const problems: string[] = [];
    for (const p of paths)
      for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'PROPFIND']) {
        const res = await rawRequest(server.origin, p, { method });
        if (res.status !== 405 || !res.headers.allow?.includes('GET')) problems.push(`${method} ${p}: ${res.status}`);
      }
    expect(problems).toEqual([]);
    for (const p of [
      '/%E0%A4%A?q=secret-search-words',
      '/search/?q=secret-search-words%ZZ',
      '/my-list/?services=secret-search-words',
      '//x/?q=secret-search-words',
    ])
      expect((await rawRequest(server.origin, p)).status).toBeLessThan(500);
    expect(server.output()).not.toContain('secret-search-words');
  });

  it('sends HSTS over HTTPS through a trusted proxy, and on-demand pages say charset=utf-8 (4)', async () => {
    expect((await get('/officer/sign-in/', undefined, { 'x-forwarded-proto': 'https' })).headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect((await get('/services/', undefined, { 'x-forwarded-proto': 'https' })).headers['strict-transport-security']).toMatch(/max-age=31536000/);
    expect((await get('/officer/sign-in/')).headers['strict-transport-security']).toBeUndefined();
    for (const p of ['/officer/sign-in/', '/search/', '/surveys/parent-carer-survey-2026/', '/my-list/'])
      expect((await get(p)).headers['content-type'], p).toBe('text/html; charset=utf-8');
  });

  it('refuses page feedback about a page the site does not have (6)', async () => {
    const refused = await post('/feedback/', 'page=/made-up-page/&useful=no');
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('What was sent was not feedback from a page on our website.');
    expect((await post('/feedback/', 'page=/services/&useful=yes')).status).toBe(303);
    expect((await post('/feedback/', 'page=/search/&useful=yes')).status).toBe(303);
    expect((await post('/feedback/', 'page=/services/../officer/&useful=yes')).status).toBe(400);
  });

  it('takes invisible text-direction characters out of typed answers (7)', async () => {
    const body = new URLSearchParams(validSurveyBody(mintSurveyToken(testFormSecret)));
    body.set('worked-well', 'The drop-in \u202Enettirw sdrawkcab\u202C and \u2066isolated\u2069 text\u200B');
    expect((await post(demoSurveyPath, body.toString())).status).toBe(303);
    const stored = readForms(
      server.databaseFile,
      (db) => db.prepare('SELECT answers FROM survey_response ORDER BY id DESC LIMIT 1').get() as { answers: string },
    );
    expect(JSON.parse(stored.answers)['worked-well']).toBe('The drop-in nettirw sdrawkcab and isolated text');
  });

  it('answers doubled-slash addresses as their single-slash form (8)', async () => {
    expect((await get('//_headers')).status).toBe(404);
    expect((await get('///_headers')).status).toBe(404);
    const single = await get('/services/');
    const doubled = await get('//services//');
    expect(doubled.status).toBe(single.status);
    expect(doubled.body).toBe(single.body);
  });
});

describe('over HTTPS', () => {
  it('sends HSTS and a __Host- session cookie that is Secure (4)', async () => {
    const tlsDir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'local-offer-tls-'));
    const tls = { certFile: path.join(tlsDir, 'cert.pem'), keyFile: path.join(tlsDir, 'key.pem') };
    await promisify(execFile)('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      tls.keyFile,
      '-out',
      tls.certFile,
    ]);
    const secure = await startFormsServer({ production: true, tls, dataDir: path.join(tlsDir, 'data') });
    try {
      await addStaffAccount(secure.dataDir, 'officer@example.org', 'officer');
      const body = `email=officer%40example.org&password=${encodeURIComponent(testStaffPassword)}&code=`;
      const res = await rawRequest(secure.origin, '/officer/sign-in/', {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: secure.origin, 'content-length': String(body.length) },
      });
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      const cookie = res.headers['set-cookie']!.find((c) => c.startsWith('__Host-officer-session='))!;
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/; Path=\//);
      expect(cookie).not.toMatch(/Domain=/i);
      expect((await rawRequest(secure.origin, '/officer/', { headers: { cookie: cookie.split(';')[0] } })).status).toBe(200);
      // The plain-HTTP name is not accepted over HTTPS.
      expect((await rawRequest(secure.origin, '/officer/', { headers: { cookie: cookie.split(';')[0].replace('__Host-', '') } })).status).toBe(303);
    } finally {
      await secure.stop();
      fs.rmSync(tlsDir, { recursive: true, force: true });
    }
  });
});
