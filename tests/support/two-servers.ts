import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port.ts';
import { startFormsServer, type FormsServer } from './forms-server.ts';
import { startTestPostgres, type TestPostgres } from './postgres.ts';

/**
 * Two production servers (dist/server/serve.mjs) sharing one PostgreSQL
 * database, behind nginx, as a council runs them on two machines: for
 * tests/e2e/two-servers.test.ts. Self-contained: its own PostgreSQL cluster,
 * its own nginx configuration in a temporary folder, all on loopback.
 */
export interface TwoServers {
  /** nginx, in front of both. */
  origin: string;
  servers: [FormsServer, FormsServer];
  databaseUrl: string;
  /** Everything nginx logged (errors only). */
  proxyLog: () => string;
  stop: () => Promise<void>;
}

export const nginxBinary = '/usr/sbin/nginx';

/**
 * nginx spreads requests over both servers in turn. When one does not answer
 * (connection refused: the process has gone) nginx sends the request to the
 * other, and stops trying the dead one for a few seconds. A form post that
 * was already sent to a server that then dies is not sent again by nginx
 * (it cannot know whether it was stored): the family sees an error and sends
 * the form again, and its form token makes sure it is stored once.
 *
 * Test-only lines: `proxy_bind $remote_addr` makes each test client's own
 * loopback address the address the servers see (a real deployment passes it
 * in X-Forwarded-For instead, with a build for LOCAL_OFFER_BEHIND_PROXY), so
 * that rate limits per client can be tested; X-Served-By says which server answered.
 */
function nginxConfig(dir: string, port: number, upstreams: string[]): string {
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
daemon off;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream local_offer {
${upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=5s;`).join('\n')}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://local_offer;
      proxy_set_header Host $http_host;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      proxy_read_timeout 30s;
      proxy_bind $remote_addr;
      add_header X-Served-By $upstream_addr always;
    }
  }
}
`;
}

async function startNginx(upstreams: string[]): Promise<{ origin: string; child: ChildProcess; log: () => string; stop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-offer-nginx-'));
  // As root, nginx's worker runs as "nobody": it must be able to use the temporary folders.
  fs.chmodSync(dir, 0o777);
  const port = await freePort();
  fs.writeFileSync(path.join(dir, 'nginx.conf'), nginxConfig(dir, port, upstreams));
  const child = spawn(nginxBinary, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const log = () => output + (fs.existsSync(path.join(dir, 'error.log')) ? fs.readFileSync(path.join(dir, 'error.log'), 'utf8') : '');
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx stopped: ${log()}`);
    if (await fetch(`${origin}/surveys/`).then((r) => r.ok, () => false)) break;
    if (i > 100) throw new Error(`nginx did not start within 10 s: ${log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    child,
    log,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function startTwoServers(env: Record<string, string> = {}): Promise<TwoServers> {
  if (!fs.existsSync(nginxBinary)) throw new Error(`nginx is not installed at ${nginxBinary}: apt-get install -y nginx-light`);
  const postgres: TestPostgres = await startTestPostgres();
  const stops: (() => Promise<void>)[] = [() => postgres.stop()];
  try {
    const databaseUrl = await postgres.newDatabase('local_offer');
    // Started together: the first to reach the database creates the tables while the other waits for it.
    const servers = (await Promise.all(
      [0, 1].map(() => startFormsServer({ production: true, env: { LOCAL_OFFER_DATABASE_URL: databaseUrl, ...env } })),
    )) as [FormsServer, FormsServer];
    for (const s of servers) stops.unshift(async () => (await s.kill(), fs.rmSync(s.dataDir, { recursive: true, force: true })));
    const nginx = await startNginx(servers.map((s) => new URL(s.origin).host));
    stops.unshift(nginx.stop);
    return {
      origin: nginx.origin,
      servers,
      databaseUrl,
      proxyLog: nginx.log,
      stop: async () => {
        for (const stop of stops) await stop();
      },
    };
  } catch (error) {
    for (const stop of stops) await stop().catch(() => {});
    throw error;
  }
}
