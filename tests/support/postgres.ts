import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './free-port.ts';

/**
 * A throwaway PostgreSQL cluster for tests: Debian's postgresql binaries,
 * a new data folder in /tmp, listening on a free loopback port only, with
 * PostgreSQL's durable defaults (fsync and synchronous_commit on). Stopped
 * and deleted by `stop()`. PostgreSQL refuses to run as root, so as root it
 * runs as the `postgres` user the Debian package creates.
 */
export interface TestPostgres {
  /** postgres://… for a new, empty database on this cluster. */
  newDatabase: (name: string) => Promise<string>;
  stop: () => Promise<void>;
}

/** The newest installed version's bin folder, or undefined when PostgreSQL is not installed. */
export function postgresBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return undefined;
  const versions = fs
    .readdirSync(root)
    .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && path.join(root, versions[0], 'bin');
}

export const postgresMissing =
  'PostgreSQL is not installed, so the PostgreSQL half of these tests is skipped: install it with `apt-get install -y postgresql` (npm test does this when run as root).';

export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = postgresBinaries();
  if (!bin) throw new Error(postgresMissing);
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-offer-pg-'));
  fs.chmodSync(dir, 0o755);
  const data = path.join(dir, 'data');
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  const run = (command: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : command, asRoot ? ['-u', 'postgres', '--', command, ...args] : args, { stdio: 'pipe', cwd: dir });
  run(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-instructions']);
  const port = await freePort();
  // Only loopback, a socket folder of its own, and a little memory: it shares two cores with everything else.
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c shared_buffers=32MB -c max_connections=60`;
  run(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'log'), '-o', options, '-w', '-t', '60', 'start']);
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    newDatabase: async (name: string) => {
      const client = new pg.Client(admin);
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await new Promise<void>((resolve) => {
        const child = spawn(asRoot ? 'runuser' : path.join(bin, 'pg_ctl'), [...(asRoot ? ['-u', 'postgres', '--', path.join(bin, 'pg_ctl')] : []), '-D', data, '-m', 'immediate', '-w', 'stop'], {
          stdio: 'ignore',
        });
        child.on('exit', () => resolve());
        child.on('error', () => resolve());
      });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
