/**
 * A thin layer in front of decap-server (Decap's local backend) that keeps
 * drafts sound. Plain Node only, like local-backend.ts.
 *
 * Why: decap-server 3.x in Git mode makes a draft branch even when a save
 * changes nothing (the file written is the one already on main: "Mark as
 * reviewed today" on an entry already checked today, or a form left showing
 * after the address changed, see docs/editor.md). The branch then has no
 * changes, and decap-server fails every later request for it
 * (`unpublishedEntry` reduces an empty list of changed files and answers
 * 500 "Unknown error"). Decap shows that as "Failed to load entry:
 * API_ERROR: Unknown error" on the Workflow board with 0 entries, the entry
 * hangs on "Loading entry…" and later saves fail. So:
 *
 * - a save that would change nothing on a new draft is refused with a plain
 *   reason instead of making an empty branch;
 * - a draft branch with no changes (left by an older decap-server, or made
 *   outside the editor) is discarded when the editor asks about it: there is
 *   nothing in it to lose.
 *
 * Requests are passed on one at a time (decap-server itself handles one Git
 * operation at a time), so the checks here never race a save.
 */
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { nothingChangedMessage } from './draft-guard-words.ts';

const draftPrefix = 'cms/';

interface GuardOptions {
  /** The Git repository decap-server saves into. */
  repo: string;
  /** Where decap-server listens, e.g. http://127.0.0.1:40123/api/v1 */
  upstream: string;
  /** The port the editor talks to. */
  port: number;
}

function git(repo: string, ...args: string[]): { ok: boolean; out: string } {
  try {
    return { ok: true, out: execFileSync('git', args, { cwd: repo, stdio: 'pipe', encoding: 'utf8' }) };
  } catch (error) {
    return { ok: false, out: String((error as { stdout?: string }).stdout ?? '') };
  }
}

const branchExists = (repo: string, branch: string) => git(repo, 'rev-parse', '--verify', '--quiet', `refs/heads/${branch}`).ok;

/** True when the draft branch exists and holds no change from `main`. */
export function isEmptyDraft(repo: string, main: string, branch: string): boolean {
  return branchExists(repo, branch) && git(repo, 'diff', '--quiet', main, branch).ok;
}

/** Deletes draft branches with no changes; returns the ones deleted. */
export function discardEmptyDrafts(repo: string, main: string): string[] {
  const branches = git(repo, 'for-each-ref', '--format=%(refname:short)', `refs/heads/${draftPrefix}`).out.split('\n').filter(Boolean);
  const empty = branches.filter((b) => isEmptyDraft(repo, main, b));
  for (const branch of empty) {
    git(repo, 'config', '--unset', `branch.${branch}.description`);
    git(repo, 'branch', '-D', branch);
  }
  return empty;
}

/** The text of `file` on `ref`, or undefined when it is not there. */
function fileAt(repo: string, ref: string, file: string): string | undefined {
  const result = git(repo, 'show', `${ref}:${file}`);
  return result.ok ? result.out : undefined;
}

type Params = Record<string, any>;

/** The reason to refuse a request before decap-server sees it, if there is one. */
function refusal(repo: string, action: string, params: Params): string | undefined {
  if (action !== 'persistEntry' || !params.options?.useWorkflow) return undefined;
  const dataFiles: { path: string; raw: string; slug: string; newPath?: string }[] = params.dataFiles ?? (params.entry ? [params.entry] : []);
  if (dataFiles.length === 0 || (params.assets ?? []).length > 0) return undefined;
  const branch = `${draftPrefix}${params.options.collectionName}/${dataFiles[0].slug}`;
  if (branchExists(repo, branch)) return undefined;
  const unchanged = dataFiles.every((f) => !f.newPath && fileAt(repo, params.branch, f.path) === f.raw);
  return unchanged ? nothingChangedMessage : undefined;
}

/** Tidies up before decap-server answers: empty drafts are discarded, never shown as broken. */
function beforeForwarding(repo: string, action: string, params: Params): void {
  if (action === 'unpublishedEntries' || action === 'unpublishedEntry') discardEmptyDrafts(repo, params.branch ?? 'main');
}

/** Starts the guard on 127.0.0.1:`port`, passing every request on to decap-server. */
export function startDraftGuard({ repo, upstream, port }: GuardOptions): Promise<http.Server> {
  let queue: Promise<unknown> = Promise.resolve();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      queue = queue.then(() => handle(req, res, Buffer.concat(chunks))).catch(() => undefined);
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer): Promise<void> {
    const cors = { 'access-control-allow-origin': req.headers.origin ?? '*', 'access-control-allow-headers': 'content-type', vary: 'origin' };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'access-control-allow-methods': 'POST, OPTIONS' }).end();
      return;
    }
    let action = '';
    let params: Params = {};
    try {
      ({ action = '', params = {} } = JSON.parse(body.toString('utf8') || '{}'));
    } catch {
      /* decap-server answers malformed requests itself */
    }
    const reason = refusal(repo, action, params);
    if (reason) {
      res.writeHead(422, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ error: reason }));
      return;
    }
    beforeForwarding(repo, action, params);
    try {
      const answer = await fetch(upstream, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body.toString('utf8') });
      const text = await answer.text();
      res.writeHead(answer.status, { ...cors, 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(text);
    } catch {
      res.writeHead(502, { ...cors, 'content-type': 'application/json' }).end(JSON.stringify({ error: 'The local backend (decap-server) is not answering.' }));
    }
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
