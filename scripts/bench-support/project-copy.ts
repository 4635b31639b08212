/**
 * A temporary copy of the project for benchmarks that build synthetic areas,
 * so they cannot disturb this worktree's dist/ or the content cache in
 * node_modules/.astro. node_modules is a folder of links, not a copy.
 */
import fs from 'node:fs';
import path from 'node:path';

export function makeProjectCopy(project: string, from = process.cwd()): void {
  fs.mkdirSync(path.join(project, 'node_modules'), { recursive: true });
  for (const entry of ['src', 'public', 'cms', 'scripts', 'astro.config.mjs', 'pagefind.yml', 'package.json', 'tsconfig.json'])
    if (fs.existsSync(path.join(from, entry))) fs.cpSync(path.join(from, entry), path.join(project, entry), { recursive: true });
  const modules = fs.realpathSync(path.join(from, 'node_modules'));
  for (const name of fs.readdirSync(modules)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    fs.symlinkSync(path.join(modules, name), path.join(project, 'node_modules', name));
  }
}

/**
 * CPU seconds used by finished child processes (Linux /proc/self/stat cutime + cstime).
 * The machines running benchmarks are shared, so wall time alone says more about the neighbours than about us.
 */
export function childCpuSeconds(): number {
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}
