import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { afterAll, describe, expect, it } from 'vitest';
import { newDataDir, startFormsServer, testFormSecret, type FormsServer } from '../support/forms-server';
import { demoSurveyPath, mintSurveyToken, validSurveyBody } from '../support/survey-posts';
import { readForms } from '../support/forms-database';

// Many families sending the survey at once, on loopback. Bounded by a fixed
// number of posts (or seconds), so the test takes the same time on any machine.
// Durations are not asserted here: `npm run bench:survey` prints those.
const servers: FormsServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.kill();
  for (const dir of new Set(servers.map((s) => s.dataDir))) fs.rmSync(dir, { recursive: true, force: true });
});

/** Posts valid responses; every `repeatEvery`th post resends the previous token, as a double click does. */
function surveyPosts(origin: string, acknowledged: Map<string, string>, repeatEvery = 0) {
  let n = 0;
  let lastToken = '';
  return {
    method: 'POST',
    path: demoSurveyPath,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    setupRequest: (request: Record<string, unknown>, context: Record<string, unknown>) => {
      n++;
      const token = repeatEvery && n % repeatEvery === 0 && lastToken ? lastToken : mintSurveyToken(testFormSecret);
      lastToken = token;
      context.token = token;
      return { ...request, body: validSurveyBody(token, n) };
    },
    onResponse: (status: number, _body: string, context: Record<string, unknown>, headers: Record<string, string>) => {
      if (status !== 303) return;
      const reference = new URL(headers.location, origin).searchParams.get('ref')!;
      const token = String(context.token).split('.')[0];
      const earlier = acknowledged.get(token);
      if (earlier && earlier !== reference) acknowledged.set(`${token}#conflict`, reference);
      else acknowledged.set(token, reference);
    },
  };
}

const storedRows = (file: string) =>
  readForms(file, (db) => db.prepare('SELECT form_token AS token, reference FROM survey_response').all() as { token: string; reference: string }[]);

describe('many families sending the survey at once', () => {
  it('stores exactly the responses it acknowledged, none twice, even with double submits mixed in', async () => {
    const server = await startFormsServer({ env: { LOCAL_OFFER_RATE_LIMIT: '1000000' } });
    servers.push(server);
    const acknowledged = new Map<string, string>();
    const result = await autocannon({
      url: server.origin,
      connections: 16,
      amount: 1200,
      timeout: 30,
      requests: [surveyPosts(server.origin, acknowledged, 10)],
    });

    expect(result.errors).toBe(0);
    expect(result['3xx']).toBe(1200); // every post acknowledged with a redirect to its confirmation
    expect([...acknowledged.keys()].filter((k) => k.endsWith('#conflict'))).toEqual([]); // a double submit got the same reference
    const rows = storedRows(server.databaseFile);
    expect(rows.length).toBe(acknowledged.size);
    expect(rows.length).toBeGreaterThanOrEqual(1080); // 1200 posts, about one in ten a resend
    expect(new Set(rows.map((r) => r.reference)).size).toBe(rows.length);
    expect(new Map(rows.map((r) => [r.token, r.reference]))).toEqual(acknowledged);
    console.log(`load test: 1200 posts in ${result.duration.toFixed(1)} s, ${rows.length} distinct responses stored, p99 ${result.latency.p99} ms`);
  }, 120_000);

  it('keeps every acknowledged response when the server is killed mid-load, and the database passes an integrity check', async () => {
    const dataDir = newDataDir();
    const first = await startFormsServer({ dataDir, env: { LOCAL_OFFER_RATE_LIMIT: '1000000' } });
    servers.push(first);
    const acknowledged = new Map<string, string>();
    const load = autocannon({ url: first.origin, connections: 16, duration: 6, timeout: 5, requests: [surveyPosts(first.origin, acknowledged)] });
    const started = Date.now();
    while (acknowledged.size < 150 && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 20));
    await first.kill(); // SIGKILL: no chance to flush or close anything
    load.stop();
    await load;
    expect(acknowledged.size).toBeGreaterThanOrEqual(150);

    const second = await startFormsServer({ dataDir, env: { LOCAL_OFFER_RATE_LIMIT: '1000000' } });
    servers.push(second);
    expect(readForms(second.databaseFile, (db) => (db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check)).toBe('ok');
    const stored = new Map(storedRows(second.databaseFile).map((r) => [r.token, r.reference]));
    const lost = [...acknowledged].filter(([token, reference]) => stored.get(token) !== reference);
    expect(lost).toEqual([]);
    // Some posts may have been stored but not yet acknowledged when the server died; never the other way round.
    expect(stored.size).toBeGreaterThanOrEqual(acknowledged.size);
    console.log(`kill test: ${acknowledged.size} acknowledged before SIGKILL, ${stored.size} on disk after restart, integrity ok`);

    const after = await fetch(second.origin + demoSurveyPath, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: second.origin },
      body: validSurveyBody(mintSurveyToken(testFormSecret)),
    });
    expect(after.status).toBe(303);

    // The documented backup (npm run backup:forms) copies it all while the server keeps running.
    const backup = path.join(dataDir, 'backup.sqlite');
    const printed = execFileSync(process.execPath, ['--experimental-strip-types', 'scripts/backup-forms.ts', backup], {
      env: { ...process.env, LOCAL_OFFER_DATA_DIR: dataDir },
      encoding: 'utf8',
    });
    expect(printed).toContain(`Backed up ${stored.size + 1} survey responses`);
    expect(printed).toContain('integrity check: ok');
  }, 120_000);
});
