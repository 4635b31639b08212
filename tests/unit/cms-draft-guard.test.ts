import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, startLocalBackend, type LocalBackend } from '../../cms/local-backend';
import { nothingChangedMessage } from '../../cms/draft-guard-words';
import { freePort } from '../support/free-port';

// The local backend (decap-server behind cms/draft-guard.ts) never leaves a
// draft the Workflow board cannot load (issue 19, item 1).

let dir: string;
let backend: LocalBackend;
beforeAll(async () => {
  dir = createSandbox(fs.mkdtempSync(path.join(os.tmpdir(), 'draft-guard-')));
  backend = await startLocalBackend(dir, await freePort());
});
afterAll(async () => {
  await backend?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
const drafts = () => git('for-each-ref', '--format=%(refname:short)', 'refs/heads/cms/').split('\n').filter(Boolean);
const ask = async (action: string, params: object) => {
  const res = await fetch(backend.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action, params: { branch: 'main', ...params } }),
  });
  return { status: res.status, body: await res.json() };
};
const file = 'content/services/family-hubs.md';
const save = (raw: string) =>
  ask('persistEntry', {
    dataFiles: [{ path: file, slug: 'family-hubs', raw }],
    assets: [],
    options: { commitMessage: 'CMS: update', useWorkflow: true, status: 'draft', collectionName: 'services' },
  });

describe('the local backend', () => {
  it('refuses a new draft that changes nothing, in plain words, and makes no branch', async () => {
    const answer = await save(fs.readFileSync(path.join(dir, file), 'utf8'));
    expect(answer).toEqual({ status: 422, body: { error: nothingChangedMessage } });
    expect(drafts()).toEqual([]);
  });

  it('discards a draft branch with no changes instead of failing to load it', async () => {
    git('branch', 'cms/services/family-hubs', 'main');
    expect(await ask('unpublishedEntries', {})).toEqual({ status: 200, body: [] });
    git('branch', 'cms/services/family-hubs', 'main');
    expect((await ask('unpublishedEntry', { collection: 'services', slug: 'family-hubs' })).status).toBe(404);
    expect(drafts()).toEqual([]);
  });

  it('still saves a real change as a draft the board can load', async () => {
    const changed = fs.readFileSync(path.join(dir, file), 'utf8').replace(/^name: .*$/m, 'name: Family hubs and more');
    expect((await save(changed)).status).toBe(200);
    const entry = await ask('unpublishedEntry', { collection: 'services', slug: 'family-hubs' });
    expect(entry.status).toBe(200);
    expect(entry.body.diffs.map((d: { path: string }) => d.path)).toEqual([file]);
  });
});
