import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routeAccess } from '../../src/server/staff/route-access';

// The nginx site a council installs (deploy/nginx/local-offer.conf) must send every
// route the server draws to Node, and nothing else: a route nginx looks for on disk
// instead is a 404 in production that no test on the Node server alone would notice.
// tests/e2e/deploy-nginx.test.ts runs the same file in real nginx.

interface Location {
  modifier: '' | '=' | '~' | '~*' | '^~';
  pattern: string;
  proxied: boolean;
}

/** The server block's locations, in order, each with whether it passes to Node. */
function locations(config: string): Location[] {
  const found: Location[] = [];
  const start = /location\s+(=|~\*|~|\^~)?\s*(\S+)\s*\{/g;
  for (let m = start.exec(config); m; m = start.exec(config)) {
    let depth = 1;
    let i = start.lastIndex;
    for (; depth > 0 && i < config.length; i++) depth += config[i] === '{' ? 1 : config[i] === '}' ? -1 : 0;
    found.push({ modifier: (m[1] ?? '') as Location['modifier'], pattern: m[2], proxied: /proxy_pass\s/.test(config.slice(start.lastIndex, i)) });
  }
  return found;
}

/** nginx's choice: an exact match; else the longest prefix if it is ^~; else the first regular expression that matches; else the longest prefix. */
function chosen(all: Location[], path: string): Location | undefined {
  const exact = all.find((l) => l.modifier === '=' && l.pattern === path);
  if (exact) return exact;
  const prefix = all
    .filter((l) => (l.modifier === '' || l.modifier === '^~') && path.startsWith(l.pattern))
    .sort((a, b) => b.pattern.length - a.pattern.length)[0];
  if (prefix?.modifier === '^~') return prefix;
  return all.find((l) => (l.modifier === '~' || l.modifier === '~*') && new RegExp(l.pattern, l.modifier === '~*' ? 'i' : '').test(path)) ?? prefix;
}

const config = fs.readFileSync('deploy/nginx/local-offer.conf', 'utf8');
const https = config.slice(config.indexOf('listen 443'));
const all = locations(https);

/** Each route as an address, with and without its last slash ("/surveys/[survey]" as /surveys/family-survey and /surveys/family-survey/). */
const addresses = Object.keys(routeAccess).flatMap((route) => {
  const path = route.replace(/\[[^\]]+\]/g, 'family-survey');
  return /\.\w+$/.test(path) ? [path] : [path, `${path}/`];
});

describe('the nginx site', () => {
  it('reads the locations of the HTTPS server', () => {
    expect(all.length).toBeGreaterThan(5);
    expect(all.filter((l) => l.proxied).length).toBeGreaterThan(0);
  });

  it.for([...addresses, '/healthz'])('passes %s to the Node server', (path) => {
    expect(chosen(all, path)?.proxied, `${path} goes to ${JSON.stringify(chosen(all, path))}`).toBe(true);
  });

  it.for([
    '/',
    '/services/speech-drop-in/',
    '/surveys/',
    '/admin/',
    '/admin/config.yml',
    '/openreferral/services.json',
    '/_astro/site.css',
    '/sw.js',
    '/searching-for-help/',
    '/officers-guide/',
  ])('serves %s from the built files', (path) => {
    expect(chosen(all, path)?.proxied, path).toBe(false);
  });

  it('would notice a route nginx does not pass on', () => {
    const withoutSurveys = all.filter((l) => !l.pattern.includes('surveys'));
    expect(chosen(withoutSurveys, '/surveys/family-survey/')?.proxied).toBe(false);
  });
});

describe('the systemd unit', () => {
  const unit = fs.readFileSync('deploy/systemd/local-offer.service', 'utf8');
  const settings = new Map<string, string[]>();
  for (const line of unit.split('\n').filter((l) => /^\w+=/.test(l))) {
    const [key, ...rest] = line.split('=');
    settings.set(key, [...(settings.get(key) ?? []), rest.join('=')]);
  }
  const one = (key: string) => settings.get(key)?.at(-1);
  const environment = Object.fromEntries((settings.get('Environment') ?? []).map((e) => e.split('=') as [string, string]));

  it('runs the built server as its own user, never root, restarting it when it fails', () => {
    expect(one('User')).toBe('local-offer');
    expect(one('ExecStart')).toMatch(/node_modules\/\.bin\/node \S+\/dist\/server\/serve\.mjs$/);
    expect(one('Restart')).toBe('on-failure');
  });

  it('keeps what it writes private and outside the site: UMask 0077, a state folder of mode 700', () => {
    expect(one('UMask')).toBe('0077');
    expect(one('StateDirectoryMode')).toBe('0700');
    expect(environment.LOCAL_OFFER_DATA_DIR).toBe(`/var/lib/${one('StateDirectory')}`);
    expect(environment.LOCAL_OFFER_DATA_DIR.startsWith(one('WorkingDirectory')!)).toBe(false);
    expect(one('ReadWritePaths')).toBe(environment.LOCAL_OFFER_DATA_DIR);
  });

  it('listens on loopback only, at the port nginx sends to, and trusts the proxy as the build does', () => {
    expect(environment.HOST).toBe('127.0.0.1');
    expect(config).toContain(`server 127.0.0.1:${environment.PORT};`);
    expect(environment.LOCAL_OFFER_BEHIND_PROXY).toBe('1');
  });
});

describe('the GitLab pipeline', () => {
  it('tests every change, and on main builds for a proxy, checks the build and publishes it', async () => {
    const { load } = await import('js-yaml');
    const pipeline = load(fs.readFileSync('deploy/gitlab/.gitlab-ci.yml', 'utf8')) as Record<
      string,
      { script?: string[]; rules?: { if: string }[]; needs?: string[] }
    >;
    expect(pipeline.test.script).toContain('bash scripts/test.sh');
    expect(pipeline.build.script).toEqual(expect.arrayContaining(['LOCAL_OFFER_BEHIND_PROXY=1 npm run build', 'npm run doctor -- --build-only']));
    for (const job of ['build', 'deploy']) expect(pipeline[job].rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(pipeline.deploy.needs).toEqual(['build']);
    expect(pipeline.deploy.script!.join('\n')).toMatch(/systemctl restart local-offer[\s\S]*healthz/);
  });
});
