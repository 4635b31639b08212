import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createSandbox, startLocalBackend, type LocalBackend } from '../../cms/local-backend.ts';
import { localBackendPort } from '../../cms/backend.ts';
import { launchBrowser } from './browser.ts';
import { freePort } from './free-port.ts';
import { startBuiltSite, type RunningSite } from './server.ts';

/**
 * Helpers for driving the Decap editor the way a navigator would: by field
 * labels, buttons and options, never by Decap's generated class names.
 */

export interface CmsSandbox {
  /** A throwaway Git copy of content/ that decap-server saves into. */
  dir: string;
  backend: LocalBackend;
  port: number;
  stop: () => Promise<void>;
}

/** A sandbox copy of the content plus decap-server on a free port, so tests never touch content/. */
export async function startCmsSandbox(): Promise<CmsSandbox> {
  const dir = createSandbox(fs.mkdtempSync(path.join(os.tmpdir(), 'local-offer-cms-')));
  const port = await freePort();
  const backend = await startLocalBackend(dir, port);
  return {
    dir,
    backend,
    port,
    stop: async () => {
      await backend.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A navigator's browser for the editor tests. The production /admin/ policy
 * never allows localhost (cms/backend.ts, backendOrigins), so Decap's probe
 * of decap-server is refused and it offers the GitLab login instead
 * (tests/e2e/cms-admin-page.test.ts checks exactly that, with the policy on).
 * These contexts therefore ignore the page's Content Security Policy
 * (Playwright's bypassCSP); nothing else does. Adding only the sandbox's
 * origin to the policy was tried and does not work: a page Playwright
 * serves itself loses its loopback address, and Chromium's Local Network
 * Access check then refuses the request anyway. With the policy off, the
 * hostile-markup journeys show the sanitiser alone stops the script.
 */
export function editorContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
}

/** One navigator at the editor for a whole test file (editorSession). */
export interface EditorSession {
  site: RunningSite;
  browser: Browser;
  /** The navigator's browser: logged in once, the editor's script cached. */
  navigator: BrowserContext;
  sandbox: CmsSandbox;
  /** The editor, logged in; a test may put another page here for a while (the failure screenshot is of this one). */
  page: Page;
}

/**
 * The set-up every editor test file shares: the production site, a browser
 * and a CMS sandbox started together before the file's tests, the editor
 * opened and logged in, a screenshot in tests/.output/ named after `name`
 * and the test when a test fails, and everything stopped after the file.
 * Call it at the top of the file; the session is filled in before the first test.
 */
export function editorSession(name: string): EditorSession {
  const session = {} as EditorSession;
  beforeAll(async () => {
    [session.site, session.browser, session.sandbox] = await Promise.all([startBuiltSite(), launchBrowser(), startCmsSandbox()]);
    session.navigator = await editorContext(session.browser);
    session.page = await openAdmin(session.navigator, session.site.origin, session.sandbox);
  });
  afterEach(async (context) => {
    if (session.page && context.task.result?.state === 'fail') {
      fs.mkdirSync('tests/.output', { recursive: true });
      await session.page.screenshot({ path: `tests/.output/${name}-failure-${context.task.name.replace(/\W+/g, '-')}.png` });
    }
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.site?.stop();
    await session.sandbox?.stop();
  });
  return session;
}

/**
 * Opens /admin/ and logs in to the local backend (once per browser context:
 * Decap remembers the login), on the test's own decap-server, so tests can
 * run beside a navigator's `npm run cms`. Give it a Browser, or a context
 * from editorContext().
 */
export async function openAdmin(browser: Browser | BrowserContext, origin: string, sandbox: CmsSandbox): Promise<Page> {
  const context = 'newContext' in browser ? await editorContext(browser) : browser;
  const page = await context.newPage();
  await pointAtSandbox(page, sandbox.port);
  return loginToAdmin(page, origin);
}

/**
 * The built config names decap-server's usual port (8081); this page's
 * fetch goes to the test's own decap-server instead.
 */
export async function pointAtSandbox(page: Page, port: number): Promise<void> {
  await page.addInitScript(
    ({ from, to }) => {
      const original = window.fetch.bind(window);
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        return original(url.startsWith(from) ? url.replace(from, to) : input, init);
      };
    },
    { from: `http://127.0.0.1:${localBackendPort}/`, to: `http://127.0.0.1:${port}/` },
  );
}

/** Opens /admin/ and logs in to the local backend, if Decap has not remembered the login. */
async function loginToAdmin(page: Page, origin: string): Promise<Page> {
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto(`${origin}/admin/`);
  // The local backend's button; GitLab's says "Login with GitLab".
  const login = page.getByRole('button', { name: 'Login', exact: true });
  const collections = page.getByRole('link', { name: 'Services' }).first();
  await login.or(collections).first().waitFor();
  if (await login.isVisible()) await login.click();
  await collections.waitFor();
  return page;
}

export const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Picks an option in a Decap select or relation field by its visible words. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  const input = field(page, label);
  await input.click();
  await input.pressSequentially(option.slice(0, 12));
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Types into the Markdown body in Markdown (raw) mode, line by line as a
 * person would. Decap's rich text / Markdown switch has no accessible name,
 * so it is found by the words beside it (see the accessibility statement).
 */
export async function typeMarkdown(page: Page, lines: string[]): Promise<void> {
  await page
    .locator('div', { hasText: /^Rich TextMarkdown$/ })
    .getByRole('switch')
    .click();
  const editor = page.locator('[data-slate-editor="true"]').last();
  await editor.click();
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.insertText(line);
  }
}

/**
 * Inserts a block from the Markdown editor's "+" menu. The menu button has no
 * accessible name (a Decap problem listed in the accessibility statement), so
 * it is found as the last pop-up button in the editor's toolbar.
 */
export async function insertBlock(page: Page, block: string): Promise<void> {
  await page.locator('[data-slate-editor="true"]').last().click();
  await page.locator('span[role="button"][aria-haspopup="true"]').last().click();
  await page.getByRole('menuitem', { name: block }).click();
}

/** The preview pane's document (Decap draws it in an iframe). */
export async function previewFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').first().elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('The preview pane is not showing.');
  return frame;
}

/** Save, send for review, mark ready, publish: Decap's editorial workflow, as an officer would click it. */
export async function saveAndPublish(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved as a draft').first().waitFor();
  await page.getByRole('button', { name: /Status:/ }).click();
  await page.getByRole('menuitem', { name: 'In review' }).click();
  await page.getByRole('button', { name: /Status:/ }).click();
  await page.getByRole('menuitem', { name: 'Ready' }).click();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
  // Publishing merges the draft's branch in Git (decap-server): on a machine busy with the other browser
  // tests that has taken over 30 s, which is not what these tests check.
  await page.getByText('Published: it will be on the website').first().waitFor({ timeout: 90_000 });
}
