/**
 * `npm run cms`: try the editor on this computer, no Git host needed.
 *
 * Starts decap-server (Decap's local backend) on a sandbox, a Git copy of
 * content/ in .cms-sandbox/, and the site's development server reading that
 * sandbox, so what you publish in the editor shows on the site straight away
 * and the real content/ is never changed. Then open
 * http://localhost:4321/admin/ and press Login.
 *
 *   npm run cms                 keep the sandbox from last time
 *   npm run cms -- --fresh      start again from a new copy of content/
 *   npm run cms -- --real       edit this repository itself: publishing commits to its main branch
 */
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createSandbox, isSandbox, startLocalBackend } from '../cms/local-backend.ts';
import { localBackendPort } from '../cms/backend.ts';

const real = process.argv.includes('--real');
const sandboxDir = path.resolve('.cms-sandbox');

let repo: string;
if (real) {
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
  if (dirty) {
    console.error('Commit or stash your changes first: publishing in the editor commits everything that has changed in this repository.');
    process.exit(1);
  }
  repo = process.cwd();
} else {
  if (process.argv.includes('--fresh')) fs.rmSync(sandboxDir, { recursive: true, force: true });
  if (!isSandbox(sandboxDir)) createSandbox(sandboxDir);
  repo = sandboxDir;
}

const backend = await startLocalBackend(repo, localBackendPort);
const site = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1'], {
  env: { ...process.env, ...(real ? {} : { LOCAL_OFFER_CONTENT: path.join(sandboxDir, 'content') }) },
  stdio: 'inherit',
});

console.log(`
  Local CMS: decap-server is saving into ${real ? 'this repository (main branch)' : '.cms-sandbox/ (a copy; content/ is not changed)'}.
  Open http://127.0.0.1:4321/admin/ and press "Login". Due for review: http://127.0.0.1:4321/admin/review/
  Press Ctrl+C to stop.
`);

const stop = async () => {
  site.kill('SIGTERM');
  await backend.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
site.on('exit', async (code) => {
  await backend.stop();
  process.exit(code ?? 0);
});
