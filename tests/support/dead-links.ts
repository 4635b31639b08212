import fs from 'node:fs';
import path from 'node:path';
import { routeAccess } from '../../src/server/staff/route-access';

/** The routes Node draws on request, as patterns for a link's path ("/surveys/[survey]" matches /surveys/any-name/). */
const serverRoutes = Object.keys(routeAccess).map((route) => new RegExp(`^${route.replace(/\[[^\]]+\]/g, '[^/]+').replace(/\./g, '\\.')}/?$`));

/**
 * Links on the built pages (href="/…") that lead nowhere: no built file or
 * page there, and no route the server draws. The editor (/admin/) is left
 * out, as its addresses after # are Decap's own. Each with the pages that link to it.
 */
export function deadLinks(client: string): Map<string, string[]> {
  const dead = new Map<string, string[]>();
  for (const entry of fs.readdirSync(client, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    for (const [, href] of fs.readFileSync(file, 'utf8').matchAll(/href="(\/(?!\/)[^"#?]*)/g)) {
      const target = decodeURI(href);
      if (target.startsWith('/admin/') || serverRoutes.some((route) => route.test(target))) continue;
      const onDisk = path.join(client, target);
      const stat = fs.statSync(onDisk, { throwIfNoEntry: false });
      if (stat?.isFile() || (stat?.isDirectory() && fs.existsSync(path.join(onDisk, 'index.html')))) continue;
      dead.set(target, [...(dead.get(target) ?? []), path.relative(client, file)]);
    }
  }
  return dead;
}
