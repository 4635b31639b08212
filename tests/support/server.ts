import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { freePort } from './free-port.ts';

export interface RunningSite {
  origin: string;
  stop: () => Promise<void>;
}

/**
 * Starts the production build (static pages plus on-demand routes) exactly as
 * `npm start` serves it, security headers and compression included
 * (dist/server/serve.mjs wraps Astro's entry.mjs). Tests never run against the dev server.
 */
export async function startBuiltSite(env: Record<string, string> = {}, distDir = 'dist'): Promise<RunningSite> {
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
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`${origin}/`);
      if (res.ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
    if (child.exitCode !== null) throw new Error(`The site server stopped: ${output}`);
  }
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
