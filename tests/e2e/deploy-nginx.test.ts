/**
 * The deployment a council runs (deploy/nginx/local-offer.conf, as shipped,
 * with only its CHANGE values replaced): Debian's nginx on loopback with a
 * self-signed certificate, in front of the built Node server, serving the
 * second area (tests/support/area-build.ts, built behind a proxy). Every
 * check goes through nginx's HTTPS port, as a visitor's browser would.
 */
import { execFileSync, execSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { otherAreaBuild } from '../support/area-build';
import { ensureNginx, selfSignedCertificate, startNginx, type RunningNginx } from '../support/nginx';
import { startBuiltSite, type RunningSite } from '../support/server';
import { chromiumPath } from '../support/browser';
import { freePort } from '../support/free-port';
import { addStaffAccount, testStaffPassword } from '../support/staff-accounts';
import { chromium } from 'playwright-core';

const hostname = 'send.riverford.example';
let work: string;
let dataDir: string;
let node: RunningSite;
let nginx: RunningNginx;
let browser: Browser;
let context: BrowserContext;
let cert: string;
let httpsPort: number;
let httpPort: number;
let origin: string;
let nodePort: string;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request to nginx as a browser at https://send.riverford.example makes it (trusting the test's certificate). */
function visit(pathAndQuery: string, options: { headers?: Record<string, string>; method?: string; body?: string; plain?: boolean } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const lib = options.plain ? http : https;
    const request = lib.request(
      {
        host: '127.0.0.1',
        port: options.plain ? httpPort : httpsPort,
        servername: hostname,
        ca: fs.readFileSync(cert),
        path: pathAndQuery,
        method: options.method ?? 'GET',
        headers: { Host: `${hostname}:${options.plain ? httpPort : httpsPort}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

beforeAll(async () => {
  ensureNginx();
  const area = otherAreaBuild();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-nginx-'));
  dataDir = path.join(work, 'data');
  await addStaffAccount(dataDir, 'officer@riverford.example', 'officer');
  ({ cert } = selfSignedCertificate(work, hostname));
  const key = path.join(work, 'key.pem');
  [httpsPort, httpPort] = [await freePort(), await freePort()];
  node = await startBuiltSite(
    { LOCAL_OFFER_DATA_DIR: dataDir, LOCAL_OFFER_BEHIND_PROXY: '1', LOCAL_OFFER_SURVEY_MIN_SECONDS: '0' },
    path.join(area.project, 'dist'),
  );
  nodePort = new URL(node.origin).port;
  // The shipped files, with only the values a council changes put in.
  const proxyConf = path.join(work, 'local-offer-proxy.conf');
  fs.copyFileSync('deploy/nginx/local-offer-proxy.conf', proxyConf);
  const site = fs
    .readFileSync('deploy/nginx/local-offer.conf', 'utf8')
    .replaceAll('listen [::]:80;', '')
    .replaceAll('listen [::]:443 ssl http2;', '')
    .replaceAll('listen 80;', `listen 127.0.0.1:${httpPort};`)
    .replaceAll('listen 443 ssl http2;', `listen 127.0.0.1:${httpsPort} ssl http2;`)
    .replaceAll('/etc/letsencrypt/live/localoffer.council.example/fullchain.pem', cert)
    .replaceAll('/etc/letsencrypt/live/localoffer.council.example/privkey.pem', key)
    .replaceAll('localoffer.council.example', hostname)
    .replaceAll('/srv/local-offer/site', area.project)
    .replaceAll('127.0.0.1:4321', `127.0.0.1:${nodePort}`)
    .replaceAll('/etc/nginx/local-offer-proxy.conf', proxyConf);
  const siteConf = path.join(work, 'local-offer.conf');
  fs.writeFileSync(siteConf, site);
  nginx = await startNginx(work, siteConf, httpsPort);
  origin = `https://${hostname}:${httpsPort}`;
  // Chromium trusts the test's certificate by its public key (service workers refuse a certificate that is only "ignored").
  const spki = execSync(`openssl x509 -pubkey -noout -in ${cert} | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64`).toString().trim();
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      `--ignore-certificate-errors-spki-list=${spki}`,
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=MAP ${hostname} 127.0.0.1`,
    ],
  });
  // The certificate is self-signed for the test; everything else is as a visitor sees it.
  context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 360, height: 740 } });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  await node?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

const header = (answer: Answer, name: string) => answer.headers[name.toLowerCase()];

describe('the site behind real nginx', () => {
  it("sends pages nginx serves itself with HTTPS, HSTS, the build's security headers and compression", async () => {
    const home = await visit('/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(home.status).toBe(200);
    expect(header(home, 'content-encoding')).toBe('gzip');
    expect(header(home, 'strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(header(home, 'content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    expect(header(home, 'x-frame-options')).toBe('DENY');
    expect(header(home, 'x-content-type-options')).toBe('nosniff');
    expect(header(home, 'referrer-policy')).toBe('strict-origin-when-cross-origin');
    const page = await visit('/services/riverford-speech-drop-in/');
    expect(page.body).toContain('<h1>Speech and language drop-in</h1>');
    expect((await visit('/services/riverford-speech-drop-in')).status).toBe(301);
    expect((await visit('/no-such-page/')).status).toBe(404);
    expect((await visit('/index.html.gz')).status).toBe(404);
    const plain = await visit('/surveys/', { plain: true });
    expect(plain.status).toBe(301);
    expect(header(plain, 'location')).toBe(`https://${hostname}/surveys/`);
  });

  it('passes search without JavaScript to Node, whose answer carries one set of headers', async () => {
    const search = await visit('/search?q=speech');
    expect(search.status).toBe(200);
    expect(search.body).toContain('Speech and language drop-in');
    expect(header(search, 'strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(String(header(search, 'content-security-policy'))).not.toContain(',');
    expect(String(header(search, 'x-frame-options'))).toBe('DENY');
  });

  it('searches with JavaScript in the browser, every file from the public address', async () => {
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    // The server's answer is on screen at once; the engines (Pagefind, lunr) load when the box gets focus, and redraw as the parent types.
    await page.goto(`${origin}/search/`);
    await page.locator('#search-q').fill('speech');
    await page.waitForFunction((q) => document.body.dataset.searchShown === q, 'speech');
    expect(await page.$$eval('#search-list h2 a', (links) => links.map((a) => a.textContent?.trim()))).toContain('Speech and language drop-in');
    expect(requested.filter((u) => !u.startsWith(origin))).toEqual([]);
    await page.close();
  });

  it('takes a survey answer through the proxy and confirms it with a reference', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/surveys/family-voice-survey/`);
    await page.getByLabel('A parent or carer of a child or young person with SEND').check();
    await page.getByRole('button', { name: 'Send answers' }).click();
    await page.waitForURL(/\/surveys\/family-voice-survey\/confirmation\/\?ref=/);
    expect(page.url().startsWith(`${origin}/`)).toBe(true);
    expect(await page.locator('.govuk-panel__body strong').textContent()).toMatch(/^RF-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await page.close();
  });

  it('lets an officer sign in and see the answer in the officer view', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/officer/`);
    await page.waitForURL(/\/officer\/sign-in\//);
    expect(page.url().startsWith(`${origin}/`)).toBe(true);
    await page.getByLabel('E-mail address').fill('officer@riverford.example');
    await page.getByLabel('Password').fill(testStaffPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${origin}/officer/`);
    expect(await page.locator('main').textContent()).toContain('Family survey');
    await page.goto(`${origin}/officer/surveys/family-voice-survey/`);
    expect(await page.locator('main').textContent()).toMatch(/RF-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    await page.close();
  });

  it('serves the open data, static and live, to other sites (CORS)', async () => {
    const file = await visit('/openreferral/services.json', { headers: { Origin: 'https://other.example', 'Accept-Encoding': 'gzip' } });
    expect(file.status).toBe(200);
    expect(header(file, 'access-control-allow-origin')).toBe('*');
    expect(header(file, 'content-encoding')).toBe('gzip');
    const api = await visit('/api/openreferral/services?per_page=2', { headers: { Origin: 'https://other.example' } });
    expect(api.status).toBe(200);
    expect(header(api, 'access-control-allow-origin')).toBe('*');
    // Three services and a school (schools, nurseries and colleges are services in the open data too).
    expect(JSON.parse(api.body).total_items).toBe(4);
  });

  it("never needs the Node process's own address: no page, redirect or header names it", async () => {
    for (const route of ['/', '/search?q=speech', '/officer/', '/surveys/family-voice-survey/', '/api/openreferral/services', '/healthz']) {
      const answer = await visit(route);
      const text = `${JSON.stringify(answer.headers)}\n${answer.body}`;
      expect(text, route).not.toContain(`:${nodePort}`);
      expect(text, route).not.toContain('127.0.0.1');
    }
  });

  it('passes npm run doctor for this configuration, and names the fix when the data folder is readable by others', () => {
    const doctor = () => {
      try {
        return {
          code: 0,
          out: execFileSync(
            process.execPath,
            [
              '--experimental-strip-types',
              'scripts/doctor.ts',
              '--dist',
              path.join(otherAreaBuild().project, 'dist'),
              '--url',
              `https://localhost:${httpsPort}/`,
            ],
            { env: doctorEnv, encoding: 'utf8', stdio: 'pipe' },
          ),
        };
      } catch (error) {
        const e = error as { status: number; stdout: string };
        return { code: e.status, out: e.stdout };
      }
    };
    // Riverford's address is made up (.example), which the doctor otherwise refuses; the test certificate is trusted as a council's real one would be.
    const doctorEnv = {
      ...process.env,
      LOCAL_OFFER_CONTENT: otherAreaBuild().content,
      LOCAL_OFFER_DATA_DIR: dataDir,
      LOCAL_OFFER_DOCTOR_ALLOW_EXAMPLE: '1',
      NODE_EXTRA_CA_CERTS: cert,
    };
    fs.chmodSync(dataDir, 0o700);
    const healthy = doctor();
    expect(healthy.out).toContain('All checks passed.');
    expect(healthy.out).toContain('ok    Officer sign-in with 1 set-up officer account');
    expect(healthy.out).toContain('ok    The build and the proxy agree about HTTPS');
    expect(healthy.code).toBe(0);
    fs.chmodSync(dataDir, 0o755);
    try {
      const open = doctor();
      expect(open.code).toBe(1);
      expect(open.out).toContain(`FIX   The data folder ${dataDir} can be read by others (mode 755): chmod 700 ${dataDir}`);
      expect(open.out).toContain('1 thing needs fixing.');
    } finally {
      fs.chmodSync(dataDir, 0o700);
    }
  });

  it('answers /healthz with the build id while the database can be written, 503 when it cannot', async () => {
    const ok = await visit('/healthz');
    expect(ok.status).toBe(200);
    const body = JSON.parse(ok.body);
    expect(body).toMatchObject({ status: 'ok', behindProxy: true, forwardedProto: 'https' });
    expect(body.build).toMatch(/^[0-9a-f]{8,}$/);
    // The data folder replaced by a file: nothing can be stored there.
    fs.renameSync(dataDir, `${dataDir}.moved`);
    fs.writeFileSync(dataDir, 'not a folder');
    try {
      const down = await visit('/healthz');
      expect(down.status).toBe(503);
      expect(JSON.parse(down.body)).toMatchObject({ status: 'unavailable', build: body.build });
    } finally {
      fs.rmSync(dataDir);
      fs.renameSync(`${dataDir}.moved`, dataDir);
    }
  });
});
