import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const projectEntries = ['src', 'public', 'cms', 'scripts', 'astro.config.mjs', 'pagefind.yml', 'package.json', 'tsconfig.json'];

/**
 * Builds another area's content the way `npm run build` does (astro build,
 * Pagefind, post-build), in a copy of the project under the system's temp
 * folder, so its dist/ never mixes with the demo's and Astro's caches stay
 * apart. node_modules is linked, not copied. Returns the copy's folder.
 */
export function buildArea(
  content: string,
  env: Record<string, string> = {},
  into?: string,
): { project: string; client: string; server: string; remove: () => void } {
  const root = into ?? fs.mkdtempSync(path.join(os.tmpdir(), 'local-offer-area-'));
  const project = path.join(root, 'project');
  fs.mkdirSync(path.join(project, 'node_modules'), { recursive: true });
  for (const entry of projectEntries) fs.cpSync(entry, path.join(project, entry), { recursive: true });
  for (const name of fs.readdirSync('node_modules')) fs.symlinkSync(path.resolve('node_modules', name), path.join(project, 'node_modules', name));
  // Vitest's Astro config puts the demo's address in SITE, which Vite would hand on to import.meta.env.SITE.
  const { SITE: _site, SITE_URL: _siteUrl, ...inherited } = process.env;
  const run = (args: string[]) =>
    execFileSync(process.execPath, args, {
      cwd: project,
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env, LOCAL_OFFER_CONTENT: path.resolve(content) },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 26,
    });
  try {
    run(['node_modules/astro/bin/astro.mjs', 'build']);
    run(['--experimental-strip-types', 'scripts/postbuild.ts']);
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`The area did not build:\n${e.stdout?.toString().slice(-3000)}\n${e.stderr?.toString().slice(-3000)}`);
  }
  return {
    project,
    client: path.join(project, 'dist/client'),
    server: path.join(project, 'dist/server'),
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

const fixtureArea = 'tests/fixtures/other-area';

/** Every file under the folders, for a fingerprint of what a build depends on. */
function fingerprint(entries: string[]): string {
  const hash = crypto.createHash('sha256');
  for (const entry of entries) {
    if (!fs.existsSync(entry)) continue;
    const files = fs.statSync(entry).isDirectory()
      ? fs
          .readdirSync(entry, { recursive: true, encoding: 'utf8' })
          .map((f) => path.join(entry, f))
          .sort()
      : [entry];
    for (const file of files) if (fs.statSync(file).isFile()) hash.update(file).update(fs.readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The second area, Riverford: a starter area from `npm run new-area` with
 * tests/fixtures/other-area laid over it, built once for the whole test run
 * (tests/e2e/new-area.test.ts and tests/e2e/deploy-nginx.test.ts share it).
 * It is built as a council would deploy it, behind a proxy that ends HTTPS
 * (LOCAL_OFFER_BEHIND_PROXY=1). The build is kept under the system's temp
 * folder, named by a fingerprint of the code and the fixture, so a second
 * test file (or a second run with nothing changed) reuses it; builds of older
 * code are removed when a new one is made, once they are an hour old.
 */
export function otherAreaBuild(): { project: string; client: string; server: string; content: string } {
  return cachedAreaBuild('other-area', ['--council', 'Riverford Borough Council', '--area', 'Riverford'], (content) => {
    for (const folder of ['services', 'organisations', 'schools', 'surveys']) fs.rmSync(path.join(content, folder, '.gitkeep'), { force: true });
    for (const folder of fs.readdirSync(fixtureArea).filter((f) => fs.statSync(path.join(fixtureArea, f)).isDirectory()))
      fs.cpSync(path.join(fixtureArea, folder), path.join(content, folder), { recursive: true });
  });
}

/** `npm run new-area` as it comes, nothing added: no services, organisations, schools or surveys. Built once per run, like the second area. */
export function starterAreaBuild(): { project: string; client: string; server: string; content: string } {
  return cachedAreaBuild('starter-area', [], () => {});
}

function cachedAreaBuild(
  name: string,
  newAreaArgs: string[],
  addContent: (content: string) => void,
): { project: string; client: string; server: string; content: string } {
  const key = fingerprint([...projectEntries, fixtureArea, 'package-lock.json']);
  const root = path.join(os.tmpdir(), `local-offer-${name}-${key}`);
  const done = path.join(root, 'built');
  const result = {
    project: path.join(root, 'project'),
    client: path.join(root, 'project/dist/client'),
    server: path.join(root, 'project/dist/server'),
    content: path.join(root, 'content'),
  };
  if (fs.existsSync(done)) return result;
  // Builds of older code are removed, but only once they are an hour old: another checkout's test run
  // (a second worktree, say) may be building or serving its own at this moment.
  const hourAgo = Date.now() - 3_600_000;
  for (const old of fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith(`local-offer-${name}-`))) {
    const folder = path.join(os.tmpdir(), old);
    if (fs.statSync(folder).mtimeMs < hourAgo) fs.rmSync(folder, { recursive: true, force: true });
  }
  fs.mkdirSync(root, { recursive: true });
  execFileSync(process.execPath, ['--experimental-strip-types', 'scripts/new-area.ts', result.content, ...newAreaArgs], { stdio: 'pipe' });
  addContent(result.content);
  buildArea(result.content, { LOCAL_OFFER_BEHIND_PROXY: '1' }, root);
  fs.writeFileSync(done, new Date().toISOString());
  return result;
}
