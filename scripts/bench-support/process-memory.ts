/**
 * Peak memory of a process and its children (Linux /proc), sampled every
 * 200 ms: the most the tree held resident at once. A step such as Pagefind
 * runs a second program, so the parent's own peak would miss it.
 */
import fs from 'node:fs';

function residentBytes(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function treeOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

export function peakTreeMemory(root: number): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(
      peak,
      treeOf(root).reduce((n, pid) => n + residentBytes(pid), 0),
    );
  };
  sample();
  const timer = setInterval(sample, 200);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
