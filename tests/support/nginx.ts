import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const nginxPath = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/** Debian's nginx, installed the way scripts/test.sh installs Chromium when it is missing. Nothing is downloaded otherwise. */
export function ensureNginx(): void {
  if (fs.existsSync(nginxPath)) return;
  if (process.getuid?.() !== 0) throw new Error(`nginx is missing: run 'sudo apt-get install -y nginx-light' and try again.`);
  execFileSync('apt-get', ['update', '-o', 'DPkg::Lock::Timeout=600', '-qq'], { stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=600', 'nginx-light'], {
    stdio: 'ignore',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  // The package starts the system's nginx on port 80; these tests run their own on loopback.
  try {
    execFileSync('service', ['nginx', 'stop'], { stdio: 'ignore' });
  } catch {
    // No service manager in a container: nothing was started.
  }
}

/** A self-signed certificate for `hostname` and localhost (for tools such as `npm run doctor` that cannot map a name to loopback), made with openssl (valid one day). */
export function selfSignedCertificate(dir: string, hostname: string): { cert: string; key: string } {
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      `/CN=${hostname}`,
      '-addext',
      `subjectAltName=DNS:${hostname},DNS:localhost`,
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { cert, key };
}

export interface RunningNginx {
  stop: () => Promise<void>;
  errorLog: () => string;
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx stopped: ${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not open port ${port}: ${log()}`);
}

/**
 * Runs nginx in the foreground with `siteConfig` (a server block file) in a
 * minimal main configuration of its own, under `dir`: no /etc/nginx changes,
 * loopback only. Checked with `nginx -t` first, so a bad config fails with
 * nginx's own message.
 */
export async function startNginx(dir: string, siteConfig: string, waitPort: number): Promise<RunningNginx> {
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  const errorLog = path.join(dir, 'error.log');
  const main = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    main,
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${errorLog} warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${siteConfig};
}
`,
  );
  const log = () => (fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8') : '');
  try {
    execFileSync(nginxPath, ['-t', '-q', '-p', dir, '-c', main], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(`nginx refused the configuration: ${(error as { stderr?: Buffer }).stderr?.toString()}`);
  }
  const child = spawn(nginxPath, ['-p', dir, '-c', main], { stdio: 'ignore' });
  await waitForPort(waitPort, child, log);
  return {
    errorLog: log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGQUIT');
      }),
  };
}
