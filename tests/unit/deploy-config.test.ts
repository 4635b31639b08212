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
  const prefix = all.filter((l) => (l.modifier === '' || l.modifier === '^~') && path.startsWith(l.pattern)).sort((a, b) => b.pattern.length - a.pattern.length)[0];
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

  it.for(['/', '/services/speech-drop-in/', '/surveys/', '/admin/', '/admin/config.yml', '/openreferral/services.json', '/_astro/site.css', '/sw.js', '/searching-for-help/', '/officers-guide/'])(
    'serves %s from the built files',
    (path) => {
      expect(chosen(all, path)?.proxied, path).toBe(false);
    },
  );

  it('would notice a route nginx does not pass on', () => {
    const withoutSurveys = all.filter((l) => !l.pattern.includes('surveys'));
    expect(chosen(withoutSurveys, '/surveys/family-survey/')?.proxied).toBe(false);
  });
});
