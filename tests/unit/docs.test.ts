import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The docs are how the next team finds its way: every folder of the code has a line in the
// folder map, every link between docs leads somewhere, and the README stays short.

const folderMap = fs.readFileSync('docs/architecture.md', 'utf8');

function foldersUnder(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const full = path.posix.join(dir, entry.name);
      // Folders under src/pages/ are the site's addresses (file-based routing), not parts of the architecture.
      if (full.startsWith('src/pages/')) continue;
      found.push(full);
      walk(full);
    }
  };
  walk(root);
  return found;
}

function markdownFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.posix.join(e.parentPath.split(path.sep).join('/'), e.name));
}

describe('the developer docs', () => {
  it.each([...foldersUnder('src'), ...foldersUnder('cms')])('list %s in the folder map (docs/architecture.md)', (folder) => {
    expect(folderMap).toContain('`' + folder + '/`');
  });

  it('name no folder in the map that no longer exists', () => {
    const named = [...folderMap.matchAll(/^\| `((?:src|cms)\/[^`]*)\/` \|/gm)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((folder) => !fs.existsSync(folder))).toEqual([]);
  });
});

describe('links between the docs', () => {
  const files = ['README.md', ...markdownFiles('docs')];
  it.each(files)('%s links only to files that exist', (file) => {
    const text = fs.readFileSync(file, 'utf8');
    const broken = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((m) => m[1])
      .filter((href) => !/^(https?:|mailto:|#)/.test(href))
      .map((href) => href.split('#')[0])
      .filter((href) => !fs.existsSync(path.join(path.dirname(file), href)));
    expect(broken).toEqual([]);
  });
});

describe('the README', () => {
  it('stays short: what it is, the two commands, where to read next (200 lines at most)', () => {
    expect(fs.readFileSync('README.md', 'utf8').split('\n').length).toBeLessThanOrEqual(200);
  });
});
