/**
 * The production server (`npm run serve`, built to dist/server/serve.mjs):
 * Astro's standalone Node server with the site's security headers on every
 * response, static files included, pre-compressed files sent when the browser
 * accepts them, and pages drawn on request compressed as they go.
 *
 * Why a wrapper: Astro middleware only runs for on-demand routes, and the Node
 * adapter serves static files itself, so headers set in middleware would miss
 * almost every page.
 */
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TLSSocket } from 'node:tls';
import { isAdminPath, securityHeadersFor, strictTransportSecurity, withHeaderOnlyDirectives } from '../security/policy';
import compression from 'compression';
import { sendPrecompressed } from './precompressed';
import { allowedMethods, isAllowedMethod, reachedOverHttps, withSingleSlashes } from './request-rules';
import { checkDatabaseWritable, checkSharedDatabaseWritable } from './health';
import { serverConfig } from './config';
import { shareFormSecretThroughDatabase } from './forms/shared-secret';

// Settings are checked before anything else: a mistake (a database address that is not postgres://, a rate
// limit that is not a number) stops the server with the reason rather than failing form by form.
let settings: ReturnType<typeof serverConfig>;
try {
  settings = serverConfig();
} catch (error) {
  console.error(`The server cannot start: ${(error as Error).message}`);
  process.exit(1);
}
// Which store, never its address: the address may hold a password.
console.log(
  settings.databaseUrl
    ? 'Forms are stored in the shared PostgreSQL database (LOCAL_OFFER_DATABASE_URL).'
    : `Forms are stored in SQLite in ${settings.dataDir}.`,
);
// Servers sharing a database share its form secret, unless the council gave them one (before the site loads).
if (settings.databaseUrl && !process.env.LOCAL_OFFER_FORM_SECRET) await shareFormSecretThroughDatabase(settings.databaseUrl);

// Files the server writes (the forms database and its -wal/-shm files) are for its own user only.
process.umask(process.umask() | 0o077);
const behindProxy = Boolean(process.env.LOCAL_OFFER_BEHIND_PROXY);

const serverDir = path.dirname(fileURLToPath(import.meta.url));
const clientDir = path.join(serverDir, '../client');
// Both policies were worked out when the site was built (scripts/postbuild.ts), from that build's pages and settings.
const { publicPolicy, adminPolicy } = JSON.parse(fs.readFileSync(path.join(serverDir, 'security-headers.json'), 'utf8')) as {
  publicPolicy: string;
  adminPolicy: string;
};

// The build this server is running (scripts/postbuild.ts wrote it), for GET /healthz and npm run doctor.
const buildInfo = (() => {
  try {
    return JSON.parse(fs.readFileSync(path.join(serverDir, 'build-info.json'), 'utf8')) as { buildId: string; behindProxy: boolean };
  } catch {
    return { buildId: 'unknown', behindProxy: false };
  }
})();

/** GET /healthz: 200 with the build id while the database can be written, 503 otherwise, for the council's monitoring. */
async function health(req: http.IncomingMessage, res: http.ServerResponse) {
  const { databaseUrl, dataDir } = serverConfig();
  const check = databaseUrl ? await checkSharedDatabaseWritable(databaseUrl) : checkDatabaseWritable(dataDir);
  // Whether this request came through a proxy that says it ended HTTPS, so `npm run doctor` can compare it with how the site was built.
  const proxy = { behindProxy: buildInfo.behindProxy, forwardedProto: req.headers['x-forwarded-proto'] ?? null };
  const body = check.ok
    ? { status: 'ok', build: buildInfo.buildId, ...proxy }
    : { status: 'unavailable', build: buildInfo.buildId, problem: check.problem, ...proxy };
  res.writeHead(check.ok ? 200 : 503, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}

// Pages drawn on request (My list, search results, forms) and the open data are
// compressed as they are sent; other static files already have compressed copies.
// Pagefind's index files are gzipped by Pagefind (and unpacked by its script), so
// compressing them again would cost the server time and save nothing.
const pagefindIndexFile = /^\/pagefind\/.*\.(pf_\w+|pagefind)$/;
const compress = compression({
  threshold: 1024,
  filter: (req, res) => !pagefindIndexFile.test((req.url ?? '').split('?')[0]) && compression.filter(req, res),
}) as unknown as (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

// Astro's entry starts its own server unless told not to; we want its handler.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
// A path in a variable: entry.mjs exists only in the build, next to this file.
const astroEntry = './entry.mjs';
const { handler } = (await import(/* @vite-ignore */ astroEntry)) as { handler: http.RequestListener };

/**
 * Pages rendered on request carry Astro's own per-page policy header; keep it
 * (it has that page's hashes) and add the directives only a header can carry.
 */
function keepAstroPolicy(res: http.ServerResponse, admin: boolean) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    // Headers passed to writeHead win over those set before, so fold them in first.
    for (const arg of args) {
      if (!arg || typeof arg !== 'object' || Array.isArray(arg)) continue;
      const headers = arg as Record<string, unknown>;
      for (const key of Object.keys(headers)) {
        if (key.toLowerCase() !== 'content-security-policy') continue;
        if (!admin) this.setHeader('Content-Security-Policy', String(headers[key]));
        delete headers[key];
      }
    }
    if (admin) this.setHeader('Content-Security-Policy', adminPolicy);
    else this.setHeader('Content-Security-Policy', withHeaderOnlyDirectives(String(this.getHeader('Content-Security-Policy'))));
    return writeHead.apply(this, args as Parameters<typeof writeHead>);
  } as typeof res.writeHead;
}

function listener(req: http.IncomingMessage, res: http.ServerResponse) {
  req.url = withSingleSlashes(req.url ?? '/');
  let pathname = '/';
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    // A malformed address: Astro answers it with 400.
  }
  for (const [name, value] of Object.entries(securityHeadersFor(pathname, publicPolicy, adminPolicy))) res.setHeader(name, value);
  keepAstroPolicy(res, isAdminPath(pathname));
  if (reachedOverHttps(Boolean((req.socket as TLSSocket).encrypted), req.headers['x-forwarded-proto'], behindProxy))
    res.setHeader('Strict-Transport-Security', strictTransportSecurity);
  if (!isAllowedMethod(req.method)) {
    res
      .writeHead(405, { Allow: allowedMethods.join(', '), 'Content-Type': 'text/plain; charset=utf-8' })
      .end('This address does not accept that kind of request.\n');
    return;
  }
  if (pathname === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
    void health(req, res);
    return;
  }
  if (pathname === '/_headers') {
    res.writeHead(404).end();
    return;
  }
  if (sendPrecompressed(req, res, clientDir, pathname)) return;
  compress(req, res, () => handler(req, res));
}

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';
const server =
  process.env.SERVER_CERT_PATH && process.env.SERVER_KEY_PATH
    ? https.createServer({ cert: fs.readFileSync(process.env.SERVER_CERT_PATH), key: fs.readFileSync(process.env.SERVER_KEY_PATH) }, listener)
    : http.createServer(listener);
/**
 * The no-JavaScript search builds its index the first time the search page is
 * drawn (about 6 s of CPU at 10,000 services). It is drawn once, on a private
 * loopback port, before the server accepts connections, so the first parent
 * to search does not wait for it.
 */
async function prepareSearch(): Promise<void> {
  const started = performance.now();
  const warmUp = http.createServer(listener);
  await new Promise<void>((resolve) => warmUp.listen(0, '127.0.0.1', resolve));
  const { port: warmUpPort } = warmUp.address() as { port: number };
  try {
    await new Promise<void>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: warmUpPort, path: '/search' }, (res) => res.resume().on('end', resolve)).on('error', reject);
    });
    console.log(`Search index ready in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    console.error(`Could not prepare the search index yet: ${(error as Error).message}`);
  } finally {
    warmUp.close();
  }
}

await prepareSearch();
server.listen(port, host, () => console.log(`Local Offer serving on http://${host}:${port}`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
