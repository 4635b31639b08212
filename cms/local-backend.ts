/**
 * The CMS without a Git host: decap-server (Decap's "local backend") saves
 * into a Git repository on this computer. `npm run cms` and the end-to-end
 * tests use it on a sandbox: a throwaway Git copy of content/, so trying the
 * editor never changes the real files. Plain Node only (no Vite), so the
 * `npm run cms` script can import it directly.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { startDraftGuard } from './draft-guard.ts';

export interface LocalBackend {
  /** e.g. http://127.0.0.1:8081/api/v1 */
  url: string;
  stop: () => Promise<void>;
}

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe', encoding: 'utf8' });

/**
 * A Git repository at `dir` holding a copy of `from`/content (and any
 * uploads), with one commit on `main`. Decap's editorial workflow keeps drafts
 * on cms/... branches in it and merges them into main when published.
 */
export function createSandbox(dir: string, from = process.cwd()): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.cpSync(path.join(from, 'content'), path.join(dir, 'content'), { recursive: true });
  const uploads = path.join(from, 'public/uploads');
  if (fs.existsSync(uploads)) fs.cpSync(uploads, path.join(dir, 'public/uploads'), { recursive: true });
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'config', 'user.name', 'Local CMS');
  git(dir, 'config', 'user.email', 'local-cms@example.org');
  git(dir, 'config', 'commit.gpgsign', 'false');
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '--no-verify', '-m', 'Start from the Local Offer content');
  return dir;
}

/** True when `dir` is already a sandbox made by createSandbox. */
export function isSandbox(dir: string): boolean {
  return fs.existsSync(path.join(dir, '.git')) && fs.existsSync(path.join(dir, 'content'));
}

/** A port nothing listens on, for decap-server behind the draft guard. */
function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts decap-server in Git mode (needed for draft, review and publish) on
 * `repo`, listening on 127.0.0.1 only, behind the draft guard
 * (cms/draft-guard.ts) on `port`, and waits until it answers.
 */
export async function startLocalBackend(repo: string, port: number): Promise<LocalBackend> {
  const entry = path.resolve('node_modules/decap-server/dist/index.js');
  const innerPort = await unusedPort();
  const child: ChildProcess = spawn(process.execPath, [entry], {
    // Its own folder as working directory, so it never reads the project's .env.
    cwd: repo,
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: path.resolve(repo), PORT: String(innerPort), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const inner = `http://127.0.0.1:${innerPort}/api/v1`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`decap-server stopped: ${output}`);
    try {
      const res = await fetch(inner, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' });
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (i > 100) throw new Error(`decap-server did not start on port ${innerPort}: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const guard = await startDraftGuard({ repo: path.resolve(repo), upstream: inner, port }).catch((error) => {
    child.kill('SIGTERM');
    throw error;
  });
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    stop: () =>
      new Promise((resolve) => {
        guard.closeAllConnections();
        guard.close();
        if (child.exitCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 3000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
