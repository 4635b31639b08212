import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { freePort } from './free-port.ts';
import { sharedSiteOrigin } from './shared.ts';

export interface RunningSite {
  origin: string;
  stop: () => Promise<void>;
}

/** How long a busy 2-core machine may take to start Node and answer the first page. */
const readyWithinMs = 30_000;

/**
 * The production build (static pages plus on-demand routes) exactly as
 * `npm start` serves it, security headers and compression included
 * (dist/server/serve.mjs wraps Astro's entry.mjs). Tests never run against the dev server.
 *
 * In the end-to-end run the site is started once for every file
 * (tests/support/global-setup.ts): called with no settings, this hands back
 * that shared server, and its `stop` leaves it running for the next file.
 * With settings (`LOCAL_OFFER_TODAY`, another build folder) it starts a
 * server of its own, which `stop` ends.
 */
export async function startBuiltSite(env: Record<string, string> = {}, distDir = 'dist'): Promise<RunningSite> {
  if (Object.keys(env).length === 0 && distDir === 'dist') {
    const origin = await sharedSiteOrigin();
    if (origin) return { origin, stop: async () => {} };
  }
  return startOwnSite(env, distDir);
}

/**
 * Always a new server process, whatever else is running. Throws, and kills the process, if it stops or is not
 * answering GET / within `readyWithin` ms (30 s), so a server that never starts fails with its own output instead
 * of as unrelated failures in the tests (tests/unit/start-site.test.ts).
 */
export async function startOwnSite(env: Record<string, string> = {}, distDir = 'dist', readyWithin = readyWithinMs): Promise<RunningSite> {
  const entry = `${distDir}/server/serve.mjs`;
  if (!fs.existsSync(entry)) throw new Error('No production build found: run `npm run build` first (npm test does this for you).');
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [entry], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const origin = `http://127.0.0.1:${port}`;
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const deadline = Date.now() + readyWithin;
  let lastAnswer = 'no answer';
  for (;;) {
    if (exited()) throw new Error(`The site server stopped before it was ready (exit code ${child.exitCode}): ${output}`);
    try {
      const res = await fetch(`${origin}/`);
      if (res.ok) break;
      lastAnswer = `${res.status} ${res.statusText}`;
    } catch (error) {
      lastAnswer = String((error as Error).cause ?? error);
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The site server was not ready within ${readyWithin / 1000} s (last answer to GET /: ${lastAnswer}): ${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        if (exited()) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
