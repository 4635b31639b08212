/**
 * `npm run bench:survey`: how many survey responses a second the forms server
 * stores durably (WAL, synchronous=FULL), and the 99th percentile time to the
 * confirmation redirect. Uses the last build (`--build` to build first), a
 * throwaway data folder, and autocannon on loopback. Every post is a
 * different valid response with its own form token; afterwards the database
 * must hold exactly one row per acknowledged post.
 * Options: --connections=N (default 10), --requests=N (default 5000),
 * --postgres to store in a throwaway PostgreSQL cluster (Debian's binaries,
 * tests/support/postgres.ts) instead of SQLite, as a council running two servers would.
 * Target on the 2-core build machines: at least 500 a second, p99 under 50 ms.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { DatabaseSync } from 'node:sqlite';
import autocannon from 'autocannon';
import pg from 'pg';
import { startTestPostgres } from '../tests/support/postgres.ts';
import { startFormsServer, testFormSecret } from '../tests/support/forms-server.ts';
import { demoSurveyPath, mintSurveyToken, validSurveyBody } from '../tests/support/survey-posts.ts';

const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const connections = arg('connections', 10);
const requests = arg('requests', 5000);
if (process.argv.includes('--build')) execSync('npm run build --silent', { stdio: 'ignore' });

const postgres = process.argv.includes('--postgres') ? await startTestPostgres() : undefined;
const databaseUrl = await postgres?.newDatabase('bench');
const server = await startFormsServer({ env: { LOCAL_OFFER_RATE_LIMIT: '1000000000', ...(databaseUrl ? { LOCAL_OFFER_DATABASE_URL: databaseUrl } : {}) } });
const storage = databaseUrl ? 'PostgreSQL 1 server (fsync, synchronous_commit on)' : 'SQLite WAL + synchronous=FULL';
try {
  // Warm up Astro's render path and the database before measuring.
  await autocannon({ url: server.origin, connections: 4, amount: 200, requests: [posting()] });
  const before = await count();
  const acknowledged = new Set<string>();
  const cpuBefore = serverCpuMs();
  const result = await autocannon({ url: server.origin, connections, amount: requests, timeout: 30, requests: [posting(acknowledged)] });
  const cpuAfter = serverCpuMs();
  const stored = (await count()) - before;
  const good = result['3xx'];
  console.log(`Survey submissions: ${requests} valid responses, ${connections} connections, loopback, ${storage}, ${result.duration.toFixed(1)} s`);
  console.log(`  requests/s     ${(result.requests.total / result.duration).toFixed(0)} (overall), ${result.requests.p50.toFixed(0)} (median second)`);
  console.log(`  latency        p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log(
    `  acknowledged   ${good} (303 to the confirmation page), other statuses ${result.non2xx - good}, errors ${result.errors}, timeouts ${result.timeouts}`,
  );
  console.log(`  stored         ${stored} new rows, ${acknowledged.size} distinct references acknowledged`);
  if (cpuBefore && cpuAfter) {
    const main = (cpuAfter.main - cpuBefore.main) / requests;
    const rest = (cpuAfter.total - cpuBefore.total) / requests - main;
    console.log(
      `  server CPU     ${main.toFixed(2)} ms a response on the main thread, ${rest.toFixed(2)} ms on other threads (database writer, garbage collector, libuv)`,
    );
    console.log(`                 so one free core could take about ${Math.floor(1000 / main)} responses a second`);
  }
  console.log(`  machine        ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} (other work on the machine slows every figure above)`);
  const target = result.requests.total / result.duration >= 500 && result.latency.p99 < 50;
  console.log(`  target         ≥ 500/s and p99 < 50 ms: ${target ? 'met' : 'NOT met'}`);
  if (stored !== acknowledged.size || good !== acknowledged.size) {
    console.error('The database does not hold exactly the acknowledged responses.');
    process.exitCode = 1;
  }
} finally {
  await server.stop();
  fs.rmSync(server.dataDir, { recursive: true, force: true });
  await postgres?.stop();
}

function posting(acknowledged?: Set<string>) {
  let n = 0;
  return {
    method: 'POST',
    path: demoSurveyPath,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin },
    setupRequest: (request: Record<string, unknown>) => ({ ...request, body: validSurveyBody(mintSurveyToken(testFormSecret), n++) }),
    onResponse: (status: number, _body: string, _context: unknown, headers: Record<string, string>) => {
      if (status === 303 && acknowledged) acknowledged.add(new URL(headers.location, server.origin).searchParams.get('ref')!);
    },
  };
}

/** CPU time the server process has used, in ms (Linux /proc), for the main thread and all threads together. */
function serverCpuMs(): { main: number; total: number } | undefined {
  const ticks = (file: string) => {
    const fields = fs.readFileSync(file, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in 1/100 s
  };
  try {
    const pid = server.child.pid;
    return { main: ticks(`/proc/${pid}/task/${pid}/stat`), total: ticks(`/proc/${pid}/stat`) };
  } catch {
    return undefined;
  }
}

async function count(): Promise<number> {
  if (databaseUrl) {
    const client = new pg.Client(databaseUrl);
    await client.connect();
    try {
      return Number((await client.query('SELECT count(*) AS n FROM survey_response')).rows[0].n);
    } finally {
      await client.end();
    }
  }
  const db = new DatabaseSync(server.databaseFile, { readOnly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM survey_response').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
