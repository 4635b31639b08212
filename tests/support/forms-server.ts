import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.ts';

/**
 * Starts the production server (`dist/server/entry.mjs`, as `npm start`
 * does) with its own throwaway data folder, for tests and benchmarks that
 * post forms. Unlike tests/support/server.ts it hands back the process, so
 * the durability test can SIGKILL it, and restarts on the same data.
 */
export interface FormsServer {
  origin: string;
  dataDir: string;
  databaseFile: string;
  child: ChildProcess;
  /** Everything the server printed (tests check answers never appear in it). */
  output: () => string;
  stop: () => Promise<void>;
  kill: () => Promise<void>;
}

export const testFormSecret = 'test-secret-for-northbridge-forms-0123456789';

export function newDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'local-offer-forms-'));
}

/**
 * `production: true` starts dist/server/serve.mjs (headers, method and address rules) instead of Astro's entry alone;
 * `tls` (PEM file paths) serves it over HTTPS.
 */
export async function startFormsServer(
  options: { dataDir?: string; env?: Record<string, string>; production?: boolean; tls?: { certFile: string; keyFile: string } } = {},
): Promise<FormsServer> {
  const entry = options.production ? 'dist/server/serve.mjs' : 'dist/server/entry.mjs';
  if (!fs.existsSync(entry)) throw new Error('No production build found: run `npm run build` first (npm test does this for you).');
  const dataDir = options.dataDir ?? newDataDir();
  const port = await freePort();
  const child = spawn(process.execPath, [entry], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOCAL_OFFER_DATA_DIR: dataDir,
      LOCAL_OFFER_FORM_SECRET: testFormSecret,
      // The demo survey runs from October 2026 to January 2027; pin a day inside it.
      LOCAL_OFFER_TODAY: '2026-11-23',
      ...(options.tls ? { SERVER_CERT_PATH: options.tls.certFile, SERVER_KEY_PATH: options.tls.keyFile } : {}),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  // A test certificate is self-signed: the readiness check does not ask who signed it.
  const answers = () =>
    options.tls
      ? new Promise<boolean>((resolve) =>
          https.get(`${origin}/surveys/`, { rejectUnauthorized: false }, (r) => (r.resume(), resolve(r.statusCode === 200))).on('error', () => resolve(false)),
        )
      : fetch(`${origin}/surveys/`).then(
          (r) => r.ok,
          () => false,
        );
  // Up to 30 s: a busy 2-core machine can take several seconds to start Node.
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`The site server stopped: ${output}`);
    const ready = await answers();
    if (ready) break;
    if (i > 300) {
      child.kill('SIGKILL');
      throw new Error(`The site server did not start within 30 s: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const exited = () => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
  return {
    origin,
    dataDir,
    databaseFile: path.join(dataDir, 'local-offer-forms.sqlite'),
    child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited();
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited();
    },
  };
}
