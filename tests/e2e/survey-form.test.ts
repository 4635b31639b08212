import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startFormsServer, type FormsServer } from '../support/forms-server';
import { addStaffAccount, testStaffPassword, withStaffStore } from '../support/staff-accounts';
import { addAccount } from '../../src/server/staff/accounts';
import { countFeedback, countResponses } from '../support/forms-database';
import { axeTags } from '../support/axe';

// The survey form, page feedback and the officer view are served on demand,
// so the sitemap sweep in accessibility.test.ts cannot see them: they are
// checked here in each state (empty, with errors, confirmation, closed), at
// 320 px, with the same axe rules. Everything works with JavaScript off.

const survey = '/surveys/parent-carer-survey-2026/';

let server: FormsServer;
let browser: Browser;
let noJs: BrowserContext;
let page: Page;
let axePage: Page;
beforeAll(async () => {
  // Browsers here fill the form in well under the real 10-second minimum, so it is off for these tests
  // (survey-reliability.test.ts checks it with the real setting).
  server = await startFormsServer({ env: { LOCAL_OFFER_SURVEY_MIN_SECONDS: '0', LOCAL_OFFER_RATE_LIMIT: '1000' } });
  await addStaffAccount(server.dataDir, 'officer@example.org', 'officer');
  await addStaffAccount(server.dataDir, 'forum@example.org', 'forum');
  browser = await launchBrowser();
  noJs = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
  page = await noJs.newPage();
  axePage = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

/** axe violations and sideways scrolling on what the page shows now (the HTML is re-checked in a JS-enabled copy, as axe needs script). */
async function accessibilityProblems(p: Page, label: string): Promise<string[]> {
  const html = await p.content();
  const copy = axePage;
  await copy.unrouteAll();
  await copy.route('**/*', (route) => (route.request().isNavigationRequest() ? route.fulfill({ body: html, contentType: 'text/html' }) : route.continue()));
  await copy.goto(p.url());
  const results = await new AxeBuilder({ page: copy }).withTags(axeTags).analyze();
  const problems = results.violations.map(
    (v) =>
      `${label}: ${v.id} – ${v.help} – ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  const overflow = await copy.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) problems.push(`${label}: scrolls sideways by ${overflow}px at 320px`);
  return problems;
}

async function answerRequiredQuestions(p: Page) {
  await p.getByLabel('A parent or carer of a child or young person with SEND').check();
  await p.getByRole('group', { name: 'How easy is it to find information about SEND support in Northbridge?' }).getByLabel('2', { exact: true }).check();
  await p.getByRole('group', { name: 'Overall, how well does the support your child gets meet their needs?' }).getByLabel('4', { exact: true }).check();
}

describe('the parent carer survey, without JavaScript', () => {
  it('ships no script on the survey, confirmation, feedback or officer pages', async () => {
    for (const path of [survey, '/surveys/parent-carer-survey-2025/', '/feedback/', '/feedback/thanks/', '/officer/sign-in/']) {
      const html = await (await fetch(server.origin + path)).text();
      expect(html, path).not.toMatch(/<script\b/i);
    }
  });

  it('lets a parent answer and get a reference number, storing exactly one response', async () => {
    await page.goto(server.origin + survey);
    expect(await accessibilityProblems(page, 'empty survey')).toEqual([]);
    await answerRequiredQuestions(page);
    await page.getByLabel('0 to 4 years').check();
    await page.getByLabel('What has worked well for your family? (optional)').fill('The Chatterbox drop-in. No referral needed!');
    await page.getByRole('button', { name: 'Send answers' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Answers sent');
    expect(await page.locator('.govuk-panel__body strong').textContent()).toMatch(/^NB-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(await accessibilityProblems(page, 'confirmation')).toEqual([]);
    expect(countResponses(server.databaseFile)).toBe(1);
    // Refreshing the confirmation page sends nothing again (the form redirected here).
    await page.reload();
    expect(countResponses(server.databaseFile)).toBe(1);
  });

  it('stores a double click on "Send answers" once', async () => {
    const before = countResponses(server.databaseFile);
    await page.goto(server.origin + survey);
    await answerRequiredQuestions(page);
    await page.getByRole('button', { name: 'Send answers' }).dblclick();
    await page.waitForURL(/confirmation/);
    expect(countResponses(server.databaseFile)).toBe(before + 1);
  });

  it('shows the errors first, focused, each linking to its question, and keeps every answer', async () => {
    await page.goto(server.origin + survey);
    await page.getByLabel('16 to 18 years').check();
    await page.getByLabel('What one change would make the biggest difference to your family? (optional)').fill('Shorter waits <for> everything');
    await page.getByRole('button', { name: 'Send answers' }).click();

    expect(await page.title()).toMatch(/^Error: /);
    const summary = page.locator('.govuk-error-summary');
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await summary.evaluate((el) => el === document.querySelector('main')!.firstElementChild)).toBe(true);
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Select which of these best describes you',
      'Select how easy it is to find information about SEND support',
      'Select how well the support your child gets meets their needs',
      'Your answer about the biggest difference must not include code such as HTML tags – remove the < and > signs',
    ]);
    expect(await page.locator('#answering-as-error').textContent()).toMatch(/Select which of these best describes you/);
    expect(await page.getByLabel('16 to 18 years').isChecked()).toBe(true);
    expect(await page.getByLabel('What one change would make the biggest difference to your family? (optional)').inputValue()).toBe(
      'Shorter waits <for> everything',
    );
    expect(await accessibilityProblems(page, 'survey with errors')).toEqual([]);
    expect(countResponses(server.databaseFile)).toBe(2);
  });

  it('lets search engines find the blank survey, but never a form re-shown with answers', async () => {
    const blank = await fetch(server.origin + survey);
    expect(blank.headers.get('x-robots-tag')).toBeNull();
    expect(await blank.text()).not.toContain('noindex');
    const answered = await fetch(server.origin + survey, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin },
      body: 'answering-as=parent-carer',
    });
    expect(answered.headers.get('x-robots-tag')).toBe('noindex');
    expect(answered.headers.get('cache-control')).toBe('no-store');
    expect(await answered.text()).toContain('<meta name="robots" content="noindex">');
  });

  it('takes a keyboard user from an error message to the question it is about', async () => {
    // Continues from the page with errors: Tab from the focused summary reaches its first link.
    await page.keyboard.press('Tab');
    const first = page.locator('.govuk-error-summary a').first();
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#answering-as$/);
    // The link goes to the question's first radio, which takes focus (tested in Chromium): Space chooses it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('answering-as');
    await page.keyboard.press('Space');
    expect(await page.getByLabel('A parent or carer of a child or young person with SEND').isChecked()).toBe(true);
  });

  it('says a closed survey has closed, with no form to fill in', async () => {
    await page.goto(server.origin + '/surveys/parent-carer-survey-2025/');
    expect(await page.getByText('This survey closed on 12 December 2025. You can no longer send answers.').isVisible()).toBe(true);
    expect(await page.locator('main form').count()).toBe(0);
    expect(await accessibilityProblems(page, 'closed survey')).toEqual([]);
  });

  it('says when a survey or a reference does not exist', async () => {
    expect((await fetch(server.origin + '/surveys/no-such-survey/')).status).toBe(404);
    const response = await page.goto(server.origin + survey + 'confirmation/?ref=NB-0000-0000');
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Reference not found');
  });
});

describe('"Was this page useful?" on every page', () => {
  it('lets a visitor on a static page say no and what they were looking for, then go back', async () => {
    const before = countFeedback(server.databaseFile);
    await page.goto(server.origin + '/services/');
    const feedback = page.getByRole('complementary', { name: 'Page feedback' });
    await feedback.getByLabel('No').check();
    await feedback.getByLabel('What were you looking for? (optional)').fill('Swimming for autistic children');
    await feedback.getByRole('button', { name: 'Send feedback' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Thank you for your feedback');
    expect(await accessibilityProblems(page, 'feedback thanks')).toEqual([]);
    await page.getByRole('link', { name: 'Go back to the page you were on' }).click();
    expect(new URL(page.url()).pathname).toBe('/services/');
    expect(countFeedback(server.databaseFile)).toBe(before + 1);
  });

  it('asks again, with an error summary, if neither yes nor no was chosen', async () => {
    await page.goto(server.origin + '/information/');
    await page.getByRole('complementary', { name: 'Page feedback' }).getByRole('button', { name: 'Send feedback' }).click();
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.locator('.govuk-error-summary a').allTextContents()).toEqual(['Select yes if this page was useful']);
    expect(await page.locator('input[name="page"]').inputValue()).toBe('/information/');
    expect(await accessibilityProblems(page, 'feedback with errors')).toEqual([]);
  });
});

describe('the officer view', () => {
  it('asks for an e-mail address and password, and says so when they are wrong', async () => {
    await page.goto(server.origin + '/officer/');
    expect(new URL(page.url()).pathname).toBe('/officer/sign-in/');
    expect(await accessibilityProblems(page, 'officer sign in')).toEqual([]);
    await page.getByLabel('E-mail address').fill('officer@example.org');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.locator('.govuk-error-summary a').allTextContents()).toEqual(['The e-mail address or password is not right']);
    expect(await page.getByLabel('E-mail address').inputValue()).toBe('officer@example.org');
    expect(await accessibilityProblems(page, 'officer sign in with error')).toEqual([]);
  });

  it('shows counts with small numbers hidden, typed answers to review and feedback per page', async () => {
    await page.getByLabel('Password').fill(testStaffPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Officer view');
    expect(await page.getByText('Signed in as officer@example.org (Local Offer officer)').isVisible()).toBe(true);
    expect(await accessibilityProblems(page, 'officer overview')).toEqual([]);

    await page.getByRole('link', { name: 'Parent carer survey 2026' }).click();
    expect(await page.getByText('fewer than 5').count()).toBeGreaterThan(0);
    expect(await page.getByText('The Chatterbox drop-in. No referral needed!').isVisible()).toBe(true);
    expect(await accessibilityProblems(page, 'officer results')).toEqual([]);

    const csv = await page.request.get(server.origin + '/officer/surveys/parent-carer-survey-2026.csv');
    expect(csv.headers()['content-disposition']).toMatch(/attachment; filename="parent-carer-survey-2026-responses-/);
    expect((await csv.text()).split('\r\n').filter(Boolean)).toHaveLength(1 + countResponses(server.databaseFile));

    await page.getByRole('link', { name: 'Page feedback' }).click();
    const row = page.getByRole('row', { name: /\/services\// });
    expect(await row.getByRole('cell').allTextContents()).toEqual(['0', '1', '0%', '1']);
    expect(await page.getByText('Swimming for autistic children').isVisible()).toBe(true);
    expect(await accessibilityProblems(page, 'officer feedback')).toEqual([]);

    await page.getByRole('link', { name: 'Audit log' }).click();
    expect(await page.getByRole('cell', { name: 'Exported answers' }).count()).toBe(1);
    expect(await accessibilityProblems(page, 'audit log')).toEqual([]);
  });

  it('deletes a response when someone quotes their reference', async () => {
    const csv = await (await page.request.get(server.origin + '/officer/surveys/parent-carer-survey-2026.csv')).text();
    const first = csv.split('\r\n')[1].split(',')[0];
    const before = countResponses(server.databaseFile);
    await page.goto(server.origin + '/officer/surveys/parent-carer-survey-2026/');
    await page.getByLabel('Reference number').fill('NB-ZZZZ');
    await page.getByRole('button', { name: 'Delete this response' }).click();
    expect(await page.locator('.govuk-error-summary a').allTextContents()).toEqual(['Enter a reference number in the right format, such as NB-7K3D-9QXP']);
    await page.getByLabel('Reference number').fill(first.toLowerCase());
    await page.getByRole('button', { name: 'Delete this response' }).click();
    expect(await page.getByText(`The response with reference ${first} has been deleted.`).isVisible()).toBe(true);
    expect(countResponses(server.databaseFile)).toBe(before - 1);
  });

  it('signs out, and then shows nothing without signing in again', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Staff sign in');
    const csv = await fetch(server.origin + '/officer/surveys/parent-carer-survey-2026.csv', { redirect: 'manual' });
    expect(csv.status).toBe(303);
    expect(await csv.text()).not.toMatch(/NB-/);
  });

  it('shows a forum lead a plain page, not an error, where their role does not reach', async () => {
    await page.getByLabel('E-mail address').fill('forum@example.org');
    await page.getByLabel('Password').fill(testStaffPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const response = await page.goto(server.origin + '/officer/audit/');
    expect(response?.status()).toBe(403);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('You cannot see this page');
    expect(await accessibilityProblems(page, 'no access')).toEqual([]);
    await page.getByRole('button', { name: 'Sign out' }).click();
  });

  it('lets a new member of staff set up their account from their link', async () => {
    const link = await withStaffStore(server.dataDir, (store) => addAccount(store, 'new@example.org', 'officer', server.origin));
    await page.goto(link!);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Set up your account');
    expect(await accessibilityProblems(page, 'set up')).toEqual([]);
    await page.getByLabel('Choose a password').fill('password12345');
    await page.getByLabel('Type the password again').fill('password12345');
    await page.getByRole('button', { name: 'Save and go to sign in' }).click();
    expect(await page.locator('.govuk-error-summary a').allTextContents()).toEqual([
      'Your password is one that many people use, so it is easy to guess – choose another, such as three or four random words',
    ]);
    expect(await accessibilityProblems(page, 'set up with errors')).toEqual([]);
  });
});
