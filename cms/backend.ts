import { readRawSettings } from '../src/lib/site-address.ts';

/** The editor's GitLab settings (content/settings/site.yaml, `editor:`), or placeholders `npm run doctor` warns about. */
export function editorSettings(): { gitlabUrl: string; repository: string; applicationId: string } {
  const editor = (readRawSettings().editor ?? {}) as Partial<Record<'gitlabUrl' | 'repository' | 'applicationId', string>>;
  return {
    gitlabUrl: process.env.PUBLIC_CMS_GITLAB_URL ?? editor.gitlabUrl ?? editorNotSet.gitlabUrl,
    repository: process.env.PUBLIC_CMS_GITLAB_REPO ?? editor.repository ?? editorNotSet.repository,
    applicationId: process.env.PUBLIC_CMS_GITLAB_APP_ID ?? editor.applicationId ?? editorNotSet.applicationId,
  };
}

/** What the editor points at before a council fills in `editor:` in its settings. */
export const editorNotSet = {
  gitlabUrl: 'https://gitlab.example',
  repository: 'council/local-offer',
  applicationId: 'set-editor-applicationId-in-site-settings',
};

/**
 * Where the CMS saves changes. In production it is the council's own GitLab:
 * navigators log in with their GitLab account (OAuth 2 with PKCE, so there is
 * no client secret anywhere), every save is a commit on a branch, and every
 * change is a merge request an officer approves by publishing it.
 *
 * The GitLab address and application ID are not secret: with PKCE the ID is
 * public by design. A council writes its own under `editor:` in
 * content/settings/site.yaml; PUBLIC_CMS_GITLAB_URL, PUBLIC_CMS_GITLAB_REPO
 * and PUBLIC_CMS_GITLAB_APP_ID override them at build time.
 */
export const productionBackend = (editor = editorSettings()) => ({
  name: 'gitlab',
  repo: editor.repository,
  branch: 'main',
  auth_type: 'pkce',
  base_url: editor.gitlabUrl,
  api_root: `${editor.gitlabUrl}/api/v4`,
  auth_endpoint: 'oauth/authorize',
  app_id: editor.applicationId,
  squash_merges: true,
  // Git records who made each change; the message says what, in words an officer scanning the history reads.
  commit_messages: {
    create: 'CMS: add {{collection}} "{{slug}}"',
    update: 'CMS: update {{collection}} "{{slug}}"',
    delete: 'CMS: delete {{collection}} "{{slug}}"',
    uploadMedia: 'CMS: upload {{path}}',
    deleteMedia: 'CMS: delete {{path}}',
  },
});

/**
 * `npm run cms` runs decap-server here. Decap only talks to it when the admin
 * page itself is opened on localhost or 127.0.0.1, so this setting is inert
 * on the public site.
 */
export const localBackendPort = 8081;
export const localBackend = { url: `http://127.0.0.1:${localBackendPort}/api/v1` };

/**
 * Origins the admin page may connect to, for its Content Security Policy: the
 * GitLab server and, only for `npm run cms` (the development server), decap-server
 * on this computer on any port (a developer may move it). The production
 * policy never allows localhost: a page that may talk to any local port could
 * be turned against services on an editor's own computer.
 */
export function backendOrigins(gitlabUrl: string = editorSettings().gitlabUrl, localBackend = false): string[] {
  return [new URL(gitlabUrl).origin, ...(localBackend ? ['http://localhost:*', 'http://127.0.0.1:*'] : [])];
}
