import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { surveySchema, type SurveyDefinition } from '../../src/schemas/survey';
import { handleFormPost, type FormPostDefinition } from '../../src/server/form-post';
import { PostgresFormsStore } from '../../src/server/forms/postgres-store';
import { SqliteFormsStore } from '../../src/server/forms/sqlite-store';
import type { FormsStore } from '../../src/server/forms/store';
import { receivePageFeedback } from '../../src/server/page-feedback';
import { newSurveyToken, receiveSurveyResponse } from '../../src/server/survey-submission';
import { postgresBinaries, postgresMissing, startTestPostgres, type TestPostgres } from '../support/postgres';

// The one form pipeline (src/server/form-post.ts) that the survey and page
// feedback share: each step that can stop a post, with a form of its own on
// SQLite, then the survey and page feedback on both stores (SQLite and a
// real PostgreSQL started for this file).
process.env.LOCAL_OFFER_FORM_SECRET ??= 'unit-test-secret-for-the-form-pipeline-0123456789';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'form-post-'));
// A built site with two pages, so page feedback can tell a page the site has from a made-up one.
const clientDir = path.join(dir, 'client');
fs.mkdirSync(path.join(clientDir, 'services/chatterbox'), { recursive: true });
fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html>');
fs.writeFileSync(path.join(clientDir, 'services/chatterbox/index.html'), '<!doctype html>');
process.env.LOCAL_OFFER_CLIENT_DIR = clientDir;

let sqlite: SqliteFormsStore;
let client = 0;
/** Each test posts from its own address, so no test uses up another's rate limit. */
const nextClient = () => `192.0.2.${++client}`;

beforeAll(() => {
  sqlite = new SqliteFormsStore(path.join(dir, 'forms.sqlite'));
});
afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  await sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const post = (body: string, type = 'application/x-www-form-urlencoded') =>
  new Request('http://localhost/form/', { method: 'POST', headers: { 'content-type': type }, body });
/** The same store, except that every write of an answer fails, as a full disk or a lost database would. */
const broken = (store: FormsStore): FormsStore =>
  Object.assign(Object.create(store) as FormsStore, {
    saveSurveyResponse: () => Promise.reject(new Error('disk I/O error')),
    savePageFeedback: () => Promise.reject(new Error('disk I/O error')),
  });

const survey: SurveyDefinition = {
  ...surveySchema.parse({
    title: 'Short breaks survey',
    summary: 'Tell us what you think about short breaks in Northbridge.',
    intro: 'A few questions about short breaks for your family.',
    opens: '2026-11-01',
    closes: '2026-12-31',
    minutesToComplete: 5,
    keepResponsesForMonths: 12,
    questions: [
      {
        id: 'used',
        type: 'single',
        question: 'Have you used short breaks?',
        shortName: 'used short breaks',
        options: ['Yes', 'No'],
        required: true,
        errorMessage: 'Select yes if you have used short breaks',
      },
      { id: 'why', type: 'text', question: 'What would make them better?', shortName: 'what would make them better' },
    ],
  }),
  id: 'short-breaks-2026',
};
const openDay = new Date('2026-11-23T12:00:00Z');
/** A token issued a minute ago, past the minimum fill time. */
const token = () => newSurveyToken(survey, Date.now() - 60_000);
const surveyBody = (fields: Record<string, string>) => new URLSearchParams({ 'form-token': token(), website: '', ...fields }).toString();

describe('the form pipeline, with a form of its own', () => {
  const saved: string[] = [];
  const form: FormPostDefinition<string, { typed: string }, { message: string }, { kept: string }> = {
    name: 'pipeline-test',
    bodyLimit: 100,
    postsPerWindow: 2,
    check: (fields) => {
      const typed = fields.get('words')?.[0] ?? '';
      return typed === ''
        ? { kind: 'form', status: 422, kept: { typed }, errors: [{ message: 'Enter some words' }] }
        : { kind: 'accepted', accepted: typed, kept: { typed } };
    },
    save: async (words) => {
      saved.push(words);
      return { kept: words };
    },
    redirectTo: ({ kept }) => `/thanks/?words=${kept}`,
    failureLog: 'The pipeline test form could not be saved (database error).',
  };

  it('saves what passes every step', async () => {
    expect(await handleFormPost(form, post('words=hello'), nextClient(), { store: sqlite })).toEqual({
      kind: 'saved',
      redirectTo: '/thanks/?words=hello',
      kept: 'hello',
    });
    expect(saved).toEqual(['hello']);
  });

  it('refuses a post over the body limit, or that is not a form, before checking or saving it', async () => {
    const before = saved.length;
    expect(await handleFormPost(form, post(`words=${'a'.repeat(200)}`), nextClient(), { store: sqlite })).toMatchObject({
      kind: 'refused',
      status: 413,
      reason: 'too-large',
    });
    expect(await handleFormPost(form, post('{"words":"hi"}', 'application/json'), nextClient(), { store: sqlite })).toMatchObject({
      kind: 'refused',
      status: 415,
    });
    expect(await handleFormPost(form, post('words=%E0%A4'), nextClient(), { store: sqlite })).toMatchObject({
      kind: 'refused',
      status: 400,
      reason: 'malformed',
    });
    expect(saved.length).toBe(before);
  });

  it('counts each client’s posts, and refuses the one over its allowance with how long to wait', async () => {
    const address = nextClient();
    expect((await handleFormPost(form, post('words=one'), address, { store: sqlite })).kind).toBe('saved');
    expect((await handleFormPost(form, post('words=two'), address, { store: sqlite })).kind).toBe('saved');
    expect(await handleFormPost(form, post('words=three'), address, { store: sqlite })).toEqual({
      kind: 'refused',
      status: 429,
      reason: 'rate-limited',
      retryAfterSeconds: 600,
    });
    expect(saved).not.toContain('three');
    expect((await handleFormPost(form, post('words=four'), nextClient(), { store: sqlite })).kind).toBe('saved');
  });

  it('shows the form again with its errors and what was typed, and saves nothing', async () => {
    const before = saved.length;
    expect(await handleFormPost(form, post('words='), nextClient(), { store: sqlite })).toEqual({
      kind: 'form',
      status: 422,
      typed: '',
      errors: [{ message: 'Enter some words' }],
    });
    expect(saved.length).toBe(before);
  });

  it('gives the unavailable answer, keeping what was typed and logging none of it, when the save fails', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failing = { ...form, save: () => Promise.reject(new Error('SQLITE_FULL: database or disk is full')) };
    expect(await handleFormPost(failing, post('words=private+words'), nextClient(), { store: sqlite })).toEqual({
      kind: 'unavailable',
      status: 503,
      typed: 'private words',
    });
    expect(log.mock.calls).toEqual([['The pipeline test form could not be saved (database error).']]);
  });
});

let postgres: TestPostgres | undefined;
const engines: { name: string; missing?: string; open: () => Promise<FormsStore> }[] = [
  { name: 'SQLite', open: async () => sqlite },
  {
    name: 'PostgreSQL',
    missing: postgresBinaries() ? undefined : postgresMissing,
    open: async () => {
      postgres = await startTestPostgres();
      return new PostgresFormsStore(await postgres.newDatabase('form_post'), { maxConnections: 4 });
    },
  },
];

for (const engine of engines) {
  if (engine.missing) console.warn(engine.missing);
  describe.skipIf(engine.missing)(`on ${engine.name}`, () => {
    let store: FormsStore;
    beforeAll(async () => {
      store = await engine.open();
    }, 60_000);
    afterAll(async () => {
      if (store !== sqlite) await store?.close();
      await postgres?.stop();
      postgres = undefined;
    }, 60_000);
    const responses = async () => (await store.listSurveyResponses(survey.id)).length;
    const feedbackRows = async () => (await store.pageFeedbackCounts()).reduce((sum, page) => sum + page.yes + page.no, 0);

    describe('the survey through the pipeline', () => {
      it('stores a complete response once, however often the same form is sent', async () => {
        const body = surveyBody({ used: 'Yes', why: 'More places in the holidays' });
        const first = await receiveSurveyResponse(survey, post(body), nextClient(), openDay, 'NB', { store });
        expect(first).toEqual({
          kind: 'saved',
          reference: expect.stringMatching(/^NB-/),
          redirectTo: expect.stringMatching(/^\/surveys\/short-breaks-2026\/confirmation\/\?ref=NB-/),
        });
        expect(first.kind === 'saved' && first.redirectTo).toBe(`/surveys/short-breaks-2026/confirmation/?ref=${first.kind === 'saved' && first.reference}`);
        const again = await receiveSurveyResponse(survey, post(body), nextClient(), openDay, 'NB', { store });
        expect(again).toEqual(first);
        expect(await responses()).toBe(1);
      });

      it('stores nothing when the hidden honeypot box is filled in', async () => {
        const before = await responses();
        const outcome = await receiveSurveyResponse(survey, post(surveyBody({ used: 'Yes', website: 'https://spam.example' })), nextClient(), openDay, 'NB', {
          store,
        });
        expect(outcome).toEqual({ kind: 'refused', status: 400, reason: 'honeypot' });
        expect(await responses()).toBe(before);
      });

      it('shows the form again with the error summary, the answers and the same token when a required answer is missing', async () => {
        const body = surveyBody({ why: 'Shorter waits' });
        const given = new URLSearchParams(body).get('form-token');
        const outcome = await receiveSurveyResponse(survey, post(body), nextClient(), openDay, 'NB', { store });
        expect(outcome).toEqual({
          kind: 'form',
          status: 422,
          token: given,
          values: { why: ['Shorter waits'] },
          errors: [{ questionId: 'used', href: '#used', message: 'Select yes if you have used short breaks' }],
        });
      });

      it('shows the form again, first line of the summary saying why, for a form sent too soon or not from our website', async () => {
        const tooSoon = new URLSearchParams({ 'form-token': newSurveyToken(survey), used: 'No' }).toString();
        const soon = await receiveSurveyResponse(survey, post(tooSoon), nextClient(), openDay, 'NB', { store });
        expect(soon).toMatchObject({ kind: 'form', status: 400, errors: [{ message: 'Check your answers and send them again' }] });
        const madeUp = await receiveSurveyResponse(survey, post('form-token=made-up&used=No'), nextClient(), openDay, 'NB', { store });
        expect(madeUp).toMatchObject({
          kind: 'form',
          status: 400,
          values: { used: ['No'] },
          errors: [{ message: expect.stringMatching(/could not check this form/) }],
        });
        expect(madeUp.kind === 'form' && madeUp.token).not.toBe('made-up');
      });

      it('refuses a closed survey before reading anything', async () => {
        const outcome = await receiveSurveyResponse(survey, post(surveyBody({ used: 'Yes' })), nextClient(), new Date('2027-02-01T12:00:00Z'), 'NB', { store });
        expect(outcome).toEqual({ kind: 'refused', status: 403, reason: 'closed' });
      });

      it('says the service is unavailable when the database cannot be written, keeping the answers and token', async () => {
        vi.spyOn(console, 'error').mockImplementation(() => {});
        const body = surveyBody({ used: 'No', why: 'Nothing near us' });
        const outcome = await receiveSurveyResponse(survey, post(body), nextClient(), openDay, 'NB', { store: broken(store) });
        expect(outcome).toEqual({
          kind: 'unavailable',
          status: 503,
          token: new URLSearchParams(body).get('form-token'),
          values: { used: ['No'], why: ['Nothing near us'] },
        });
        expect(JSON.stringify(vi.mocked(console.error).mock.calls)).not.toContain('Nothing near us');
      });
    });

    describe('page feedback through the pipeline', () => {
      const feedback = (fields: Record<string, string>) => post(new URLSearchParams({ website: '', ...fields }).toString());

      it('stores an answer about a page the site has, once for a repeat from the same client', async () => {
        const address = nextClient();
        const answer = { page: '/services/chatterbox/', useful: 'no', 'looking-for': 'Opening times' };
        expect(await receivePageFeedback(feedback(answer), address, { store })).toEqual({
          kind: 'saved',
          page: '/services/chatterbox/',
          redirectTo: '/feedback/thanks/?page=%2Fservices%2Fchatterbox%2F',
        });
        expect(await receivePageFeedback(feedback(answer), address, { store })).toEqual({
          kind: 'saved',
          page: '/services/chatterbox/',
          redirectTo: '/feedback/thanks/?page=%2Fservices%2Fchatterbox%2F',
        });
        expect(await feedbackRows()).toBe(1);
      });

      it('refuses feedback about a page the site does not have, or with fields of its own', async () => {
        const before = await feedbackRows();
        expect(await receivePageFeedback(feedback({ page: '/made-up/', useful: 'yes' }), nextClient(), { store })).toMatchObject({
          kind: 'refused',
          reason: 'bad-page',
        });
        expect(await receivePageFeedback(feedback({ page: '/', useful: 'yes', extra: 'x' }), nextClient(), { store })).toMatchObject({
          kind: 'refused',
          reason: 'bad-page',
        });
        expect(await receivePageFeedback(feedback({ page: '/', useful: 'yes', website: 'x' }), nextClient(), { store })).toMatchObject({
          kind: 'refused',
          reason: 'honeypot',
        });
        expect(await feedbackRows()).toBe(before);
      });

      it('shows the form again with the summary and what was typed when yes or no is missing', async () => {
        const outcome = await receivePageFeedback(feedback({ page: '/', 'looking-for': 'Short breaks' }), nextClient(), { store });
        expect(outcome).toEqual({
          kind: 'form',
          status: 422,
          values: { page: '/', useful: undefined, lookingFor: 'Short breaks' },
          errors: [{ href: '#useful', message: 'Select yes if this page was useful' }],
        });
      });

      it('says the service is unavailable when the database cannot be written', async () => {
        vi.spyOn(console, 'error').mockImplementation(() => {});
        const outcome = await receivePageFeedback(feedback({ page: '/', useful: 'yes' }), nextClient(), { store: broken(store) });
        expect(outcome).toEqual({ kind: 'unavailable', status: 503, values: { page: '/', useful: 'yes', lookingFor: '' } });
      });
    });
  });
}
