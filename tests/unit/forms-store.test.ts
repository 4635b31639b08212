import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySqliteToPostgres } from '../../src/server/forms/copy-to-postgres';
import { PostgresFormsStore } from '../../src/server/forms/postgres-store';
import { periodKey } from '../../src/server/forms/period-keys';
import { referencePattern } from '../../src/server/forms/references';
import { deleteExpired } from '../../src/server/forms/retention';
import { SqliteFormsStore } from '../../src/server/forms/sqlite-store';
import type { FormsStore } from '../../src/server/forms/store';
import { savePageFeedback } from '../../src/server/page-feedback-store';
import { RateLimiter } from '../../src/server/rate-limit';
import { recordFailedSignIn, signInAllowed } from '../../src/server/staff/sign-in-limits';
import { hashToken } from '../../src/server/staff/tokens';
import { runOfficerCommand } from '../../src/server/staff/accounts';
import { deleteSurveyResponse, saveSurveyResponse } from '../../src/server/survey-responses';
import { countZeroResultSearch, frequentZeroResultSearches } from '../../src/server/zero-results';
import { postgresBinaries, postgresMissing, startTestPostgres, type TestPostgres } from '../support/postgres';

// The same tests for both forms stores: the embedded SQLite file and a real
// PostgreSQL started for this file. Each test gets an empty store, and a
// second store on the same database (`other`), standing in for a second
// server: whatever one server writes, the other must see and respect.
process.env.LOCAL_OFFER_FORM_SECRET ??= 'unit-test-secret-for-the-forms-store-0123456789';

interface Engine {
  name: string;
  missing?: string;
  setUp?: () => Promise<void>;
  tearDown?: () => Promise<void>;
  /** A new empty database: its store, and a way to open another store on it. */
  open: () => Promise<{ store: FormsStore; another: () => FormsStore }>;
}

const opened: FormsStore[] = [];
const sqliteDirs: string[] = [];
let postgres: TestPostgres | undefined;
let databases = 0;

const engines: Engine[] = [
  {
    name: 'SQLite',
    open: async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forms-store-'));
      sqliteDirs.push(dir);
      const file = path.join(dir, 'forms.sqlite');
      return { store: new SqliteFormsStore(file), another: () => new SqliteFormsStore(file) };
    },
    tearDown: async () => {
      for (const dir of sqliteDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    },
  },
  {
    name: 'PostgreSQL',
    missing: postgresBinaries() ? undefined : postgresMissing,
    setUp: async () => {
      postgres = await startTestPostgres();
    },
    open: async () => {
      const url = await postgres!.newDatabase(`forms_${++databases}`);
      return { store: new PostgresFormsStore(url, { maxConnections: 4 }), another: () => new PostgresFormsStore(url, { maxConnections: 4 }) };
    },
    tearDown: async () => postgres?.stop(),
  },
];

async function openStores(engine: Engine) {
  const { store, another } = await engine.open();
  const other = another();
  opened.push(store, other);
  return { store, other };
}

const response = (formToken: string) => ({ survey: 's', formToken, answers: { who: 'A parent', ages: ['0 to 4', '5 to 10'], ease: 4 }, keepForMonths: 24 });
const day = (d: string) => new Date(`${d}T12:00:00Z`);

for (const engine of engines) {
  if (engine.missing) console.warn(engine.missing);
  describe.skipIf(engine.missing)(`the forms store on ${engine.name}`, () => {
    beforeAll(async () => engine.setUp?.(), 60_000);
    afterAll(async () => {
      for (const s of opened.splice(0)) await s.close();
      await engine.tearDown?.();
    }, 60_000);

    describe('survey responses', () => {
      it('are stored once per form token, and a repeat through the other server gets the same reference', async () => {
        const { store, other } = await openStores(engine);
        const first = await saveSurveyResponse(store, response('token-a'));
        const again = await saveSurveyResponse(other, response('token-a'));
        expect(first.reference).toMatch(referencePattern);
        expect(first.alreadySaved).toBe(false);
        expect(again).toEqual({ reference: first.reference, alreadySaved: true });
        expect(await other.listSurveyResponses('s')).toEqual([{ reference: first.reference, submittedAt: expect.any(String), answers: response('t').answers }]);
        expect(await other.surveyResponseExists('s', first.reference)).toBe(true);
        expect(await other.surveyResponseExists('other-survey', first.reference)).toBe(false);
      });

      it('hundreds arriving at both servers at once are each stored exactly once, with unique references', async () => {
        const { store, other } = await openStores(engine);
        // 250 forms, 50 of them sent twice, the copies going to the other server at the same moment.
        const tokens = Array.from({ length: 300 }, (_, i) => `token-${i % 250}`);
        const saved = await Promise.all(tokens.map((t, i) => saveSurveyResponse(i % 2 ? other : store, response(t))));
        const stored = await store.listSurveyResponses('s');
        expect(stored).toHaveLength(250);
        expect(new Set(stored.map((r) => r.reference)).size).toBe(250);
        expect(saved.filter((s) => s.alreadySaved)).toHaveLength(50);
        const byToken = new Map<string, string>();
        for (const [i, s] of saved.entries()) {
          const earlier = byToken.get(tokens[i]);
          if (earlier) expect(s.reference).toBe(earlier);
          else byToken.set(tokens[i], s.reference);
        }
        expect((await other.countSurveyResponses()).get('s')).toBe(250);
      });

      it('tries the next reference when one is taken', async () => {
        const { store } = await openStores(engine);
        const first = await store.saveSurveyResponse({ survey: 's', formToken: 'a', submittedAt: '2026-11-23T10:00:00.000Z', deleteAfter: '2028-11-23T10:00:00.000Z', answers: {} }, ['NB-AAAA-AAAA']);
        const second = await store.saveSurveyResponse(
          { survey: 's', formToken: 'b', submittedAt: '2026-11-23T10:00:00.000Z', deleteAfter: '2028-11-23T10:00:00.000Z', answers: {} },
          ['NB-AAAA-AAAA', 'NB-BBBB-BBBB'],
        );
        expect([first.reference, second.reference]).toEqual(['NB-AAAA-AAAA', 'NB-BBBB-BBBB']);
        await expect(
          store.saveSurveyResponse({ survey: 's', formToken: 'c', submittedAt: '2026-11-23T10:00:00.000Z', deleteAfter: '2028-11-23T10:00:00.000Z', answers: {} }, ['NB-AAAA-AAAA']),
        ).rejects.toThrow(/unused reference/);
      });

      it('are deleted when someone quotes their reference, with the deletion in the audit log', async () => {
        const { store, other } = await openStores(engine);
        const { reference } = await saveSurveyResponse(store, response('t'));
        expect(await deleteSurveyResponse(other, reference, 'officer@example.org')).toBe(true);
        expect(await deleteSurveyResponse(store, reference, 'officer@example.org')).toBe(false);
        expect(await store.listSurveyResponses('s')).toHaveLength(0);
        expect(await store.staff.auditEntries()).toEqual([{ at: expect.any(String), actor: 'officer@example.org', action: 'response-deleted', detail: `Reference ${reference}` }]);
      });

      it('are deleted when their retention period has passed, and only those', async () => {
        const { store } = await openStores(engine);
        await saveSurveyResponse(store, { ...response('old'), keepForMonths: 1 }, new Date('2026-09-01T12:00:00Z'));
        await saveSurveyResponse(store, { ...response('new'), keepForMonths: 1 }, new Date('2026-11-01T12:00:00Z'));
        await savePageFeedback(store, { page: '/', useful: true, repeatKey: 'k1', keepForMonths: 1 }, new Date('2026-09-01T12:00:00Z'));
        expect(await deleteExpired(store, new Date('2026-11-23T12:00:00Z'))).toBe(2);
        expect(await store.listSurveyResponses('s')).toHaveLength(1);
        const [run] = await store.staff.auditEntries(1);
        expect(run).toMatchObject({ actor: 'server', action: 'expiry-run', detail: '1 survey responses, 1 page feedback answers, 0 searches that found nothing and 0 audit entries past their keep-until date' });
      });
    });

    describe('page feedback', () => {
      it('is counted per page, least useful first, with a repeat from either server counted once', async () => {
        const { store, other } = await openStores(engine);
        await savePageFeedback(store, { page: '/a/', useful: true, repeatKey: 'a1', keepForMonths: 12 });
        await savePageFeedback(store, { page: '/b/', useful: false, lookingFor: 'swimming', repeatKey: 'b1', keepForMonths: 12 });
        expect(await savePageFeedback(other, { page: '/b/', useful: false, lookingFor: 'swimming', repeatKey: 'b1', keepForMonths: 12 })).toEqual({ alreadySaved: true });
        await savePageFeedback(other, { page: '/B/', useful: true, repeatKey: 'B1', keepForMonths: 12 });
        expect(await other.pageFeedbackCounts()).toEqual([
          { page: '/b/', yes: 0, no: 1, comments: 1 },
          { page: '/B/', yes: 1, no: 0, comments: 0 },
          { page: '/a/', yes: 1, no: 0, comments: 0 },
        ]);
        expect(await other.pageFeedbackComments(10)).toEqual([{ page: '/b/', useful: false, lookingFor: 'swimming', submittedAt: expect.any(String) }]);
      });
    });

    describe('searches that found nothing', () => {
      it('show once 3 different clients made them within 7 days, and never who they were', async () => {
        const { store, other } = await openStores(engine);
        await countZeroResultSearch(store, 'langwidge', 'client a', day('2026-12-01'));
        await countZeroResultSearch(other, 'langwidge', 'client b', day('2026-12-01'));
        expect(await frequentZeroResultSearches(store, day('2026-12-01'))).toEqual([]);
        await countZeroResultSearch(other, 'langwidge', 'client c', day('2026-12-02'));
        expect(await frequentZeroResultSearches(store, day('2026-12-02'))).toEqual([{ words: 'langwidge', clients: 3, lastDay: '2026-12-02' }]);
        // Seven days later the first day's searches no longer count.
        expect(await frequentZeroResultSearches(store, day('2026-12-08'))).toEqual([]);
      });

      it('count the same client once a day on whichever server, and again the next day', async () => {
        const { store, other } = await openStores(engine);
        const counted: boolean[] = [];
        for (let i = 0; i < 4; i++) counted.push(await countZeroResultSearch(i % 2 ? other : store, 'flobbergust', 'one client', day('2026-12-01')));
        counted.push(await countZeroResultSearch(other, 'flobbergust', 'other client', day('2026-12-01')));
        counted.push(await countZeroResultSearch(store, 'flobbergust', 'one client', day('2026-12-02')));
        expect(counted).toEqual([true, false, false, false, true, true]);
        expect(await frequentZeroResultSearches(store, day('2026-12-02'))).toEqual([{ words: 'flobbergust', clients: 3, lastDay: '2026-12-02' }]);
      });

      it('are deleted 90 days after the day they were made', async () => {
        const { store } = await openStores(engine);
        await countZeroResultSearch(store, 'langwidge', 'a', day('2026-09-01'));
        await countZeroResultSearch(store, 'langwidge', 'b', day('2026-11-29'));
        await countZeroResultSearch(store, 'langwidge', 'c', day('2026-11-29'));
        expect(await deleteExpired(store, day('2026-11-30'))).toBe(1);
        expect(await store.frequentZeroResultSearches({ since: '2026-01-01', minimumClients: 1, limit: 10 })).toEqual([{ words: 'langwidge', clients: 2, lastDay: '2026-11-29' }]);
      });
    });

    describe('rate limits and hashing keys', () => {
      it('count a client’s posts on both servers together, per form, and start again in the next window', async () => {
        const { store, other } = await openStores(engine);
        const survey = new RateLimiter('survey', 3, 60_000);
        const feedback = new RateLimiter('feedback', 3, 60_000);
        const at = 1_795_000_020_000;
        // Four posts at once, two to each server: three get through, whichever arrive first.
        const taken = await Promise.all([store, other, store, other].map((s) => survey.take(s, '192.0.2.1', at)));
        expect(taken.filter(Boolean)).toHaveLength(3);
        expect(await survey.take(other, '192.0.2.2', at)).toBe(true);
        expect(await feedback.take(other, '192.0.2.1', at)).toBe(true);
        expect(await survey.take(store, '192.0.2.1', at + 60_000)).toBe(true);
      });

      it('give both servers the same key for a period, a new one for the next, and delete the old salt', async () => {
        const { store, other } = await openStores(engine);
        const at = 1_795_000_020_000;
        const [a, b] = await Promise.all([periodKey(store, 'test', 60_000, at), periodKey(other, 'test', 60_000, at)]);
        expect(a.key.export().equals(b.key.export())).toBe(true);
        const next = await periodKey(other, 'test', 60_000, at + 60_000);
        expect(next.key.export().equals(a.key.export())).toBe(false);
        // The old period's salt is gone: nobody can make its key again, so its hashes can never be checked.
        expect(await store.periodSalt('test', a.period, 'fresh', a.endsAt, at + 60_000)).toBe('fresh');
      });
    });

    describe('staff sign-in state', () => {
      it('sessions started on one server hold on the other, and ending one ends it everywhere', async () => {
        const { store, other } = await openStores(engine);
        const session = { email: 'Officer@example.org', role: 'officer', accountId: null, method: 'single-sign-on', createdAt: 1000, lastSeenAt: 1000 } as const;
        await store.staff.createSession('hash-1', session);
        expect(await other.staff.findSession('hash-1')).toEqual(session);
        await other.staff.touchSession('hash-1', 5000);
        expect(await store.staff.findSession('hash-1')).toEqual({ ...session, lastSeenAt: 5000 });
        await store.staff.createSession('hash-2', session);
        expect(await other.staff.endSessionsFor('officer@EXAMPLE.org', 'test')).toBe(2);
        expect(await store.staff.findSession('hash-1')).toBeUndefined();
        await store.staff.createSession('hash-3', session);
        await other.staff.endSession('hash-3');
        expect(await store.staff.findSession('hash-3')).toBeUndefined();
      });

      it('uses a set-up link once, even when both servers receive it at the same moment, and only before it expires', async () => {
        const { store, other } = await openStores(engine);
        expect(await store.staff.addAccount('once@example.org', 'officer', { tokenHash: hashToken('t1'), expiresAt: Date.now() + 60_000 }, 'test')).toBe(true);
        await store.staff.addAccount('late@example.org', 'forum', { tokenHash: hashToken('t2'), expiresAt: Date.now() - 1 }, 'test');
        expect(await other.staff.accountForSetupLink(hashToken('t1'), Date.now())).toMatchObject({ email: 'once@example.org', passwordHash: null });
        const both = await Promise.all([store, other].map((s) => s.staff.completeSetup(hashToken('t1'), 'scrypt$x', 'SECRET', Date.now())));
        expect(both.filter(Boolean)).toEqual([expect.objectContaining({ email: 'once@example.org', passwordHash: 'scrypt$x', totpSecret: 'SECRET', totpLastStep: 0 })]);
        expect(await store.staff.completeSetup(hashToken('t2'), 'scrypt$z', null, Date.now())).toBeUndefined();
        expect(await other.staff.addAccount('ONCE@example.org', 'forum', { tokenHash: hashToken('t3'), expiresAt: Date.now() + 60_000 }, 'test')).toBe(false);
        expect((await store.staff.listAccounts()).map((a) => a.email)).toEqual(['late@example.org', 'once@example.org']);
      });

      it('accepts each authenticator code step once, across servers', async () => {
        const { store, other } = await openStores(engine);
        await store.staff.addAccount('totp@example.org', 'officer', { tokenHash: hashToken('t'), expiresAt: Date.now() + 60_000 }, 'test');
        const account = (await other.staff.findAccount('TOTP@example.org'))!;
        expect(await store.staff.useTotpStep(account.id, 100)).toBe(true);
        expect(await other.staff.useTotpStep(account.id, 100)).toBe(false);
        expect(await other.staff.useTotpStep(account.id, 99)).toBe(false);
        expect(await other.staff.useTotpStep(account.id, 101)).toBe(true);
      });

      it('changes roles and removes accounts, ending their sessions, each in the audit log', async () => {
        const { store, other } = await openStores(engine);
        await store.staff.addAccount('role@example.org', 'forum', { tokenHash: hashToken('r'), expiresAt: Date.now() + 60_000 }, 'admin');
        const account = (await store.staff.findAccount('role@example.org'))!;
        await store.staff.createSession('s', { email: 'role@example.org', role: 'forum', accountId: account.id, method: 'password', createdAt: 1, lastSeenAt: 1 });
        expect(await other.staff.changeRole('role@example.org', 'officer', 'admin')).toBe(true);
        expect(await store.staff.findSession('s')).toBeUndefined();
        expect(await other.staff.changeRole('nobody@example.org', 'officer', 'admin')).toBe(false);
        expect(await other.staff.replaceSetupLink('role@example.org', { tokenHash: hashToken('r2'), expiresAt: Date.now() + 60_000 }, 'admin')).toBe(true);
        expect(await store.staff.accountForSetupLink(hashToken('r'), Date.now())).toBeUndefined();
        expect(await store.staff.accountForSetupLink(hashToken('r2'), Date.now())).toMatchObject({ role: 'officer' });
        expect(await store.staff.removeAccount('role@example.org', 'admin')).toBe(true);
        expect(await other.staff.removeAccount('role@example.org', 'admin')).toBe(false);
        expect((await other.staff.auditEntries()).map((e) => `${e.actor} ${e.action} ${e.detail}`)).toEqual([
          'admin account-removed role@example.org',
          'admin set-up-link-issued role@example.org',
          'admin role-changed role@example.org is now officer',
          'admin account-added role@example.org as forum',
        ]);
      });

      it('takes a single sign-on login once, on whichever server the person comes back to', async () => {
        const { store, other } = await openStores(engine);
        await store.staff.saveLogin('s1', { nonce: 'n', codeVerifier: 'v', expiresAt: Date.now() + 60_000 });
        await store.staff.saveLogin('s2', { nonce: 'n', codeVerifier: 'v', expiresAt: Date.now() - 1 });
        expect(await other.staff.takeLogin('s1', Date.now())).toEqual({ nonce: 'n', codeVerifier: 'v', expiresAt: expect.any(Number) });
        expect(await store.staff.takeLogin('s1', Date.now())).toBeUndefined();
        expect(await other.staff.takeLogin('s2', Date.now())).toBeUndefined();
      });

      it('limits failed sign-ins across servers, keeping only keyed hashes', async () => {
        const { store, other } = await openStores(engine);
        for (let i = 0; i < 5; i++) await recordFailedSignIn(i % 2 ? other.staff : store.staff, 'once@example.org', '192.0.2.1');
        expect(await signInAllowed(store.staff, 'once@example.org', '192.0.2.1')).toBe(false);
        expect(await signInAllowed(other.staff, 'once@example.org', '198.51.100.2')).toBe(true);
        expect(await signInAllowed(other.staff, 'other@example.org', '192.0.2.1')).toBe(true);
      });

      it('keeps the audit log append-only, newest first', async () => {
        const { store, other } = await openStores(engine);
        await store.staff.audit({ actor: 'a@example.org', action: 'signed-in', detail: 'password' });
        await other.staff.audit({ actor: 'b@example.org', action: 'signed-out', detail: '' });
        expect((await store.staff.auditEntries()).map((e) => e.actor)).toEqual(['b@example.org', 'a@example.org']);
        expect((await store.staff.auditEntries(1)).map((e) => e.actor)).toEqual(['b@example.org']);
        // Nothing can change or remove an entry before its two years are up, whatever the code asks.
        const tamper = store instanceof SqliteFormsStore ? (sql: string) => store.database.statements([{ sql }]) : (sql: string) => (store as PostgresFormsStore).connection.query(sql);
        await expect(tamper("UPDATE audit_log SET actor = 'someone else'")).rejects.toThrow(/append-only/);
        await expect(tamper('DELETE FROM audit_log')).rejects.toThrow(/kept for two years/);
      });

      it.skipIf(engine.name !== 'PostgreSQL')('takes a copy of a SQLite store when a council moves to two servers, and carries on from it', async () => {
        const { store } = await openStores(engine);
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forms-copy-'));
        sqliteDirs.push(dir);
        const sqlite = new SqliteFormsStore(path.join(dir, 'forms.sqlite'));
        opened.push(sqlite);
        const saved = await saveSurveyResponse(sqlite, response('copied-token'));
        await savePageFeedback(sqlite, { page: '/b/', useful: false, lookingFor: 'swimming', repeatKey: 'b1', keepForMonths: 12 });
        await sqlite.staff.addAccount('copied@example.org', 'officer', { tokenHash: hashToken('c'), expiresAt: Date.now() + 60_000 }, 'admin');
        await countZeroResultSearch(sqlite, 'langwidge', 'a');
        const copied = await copySqliteToPostgres(sqlite.database.file, store as PostgresFormsStore);
        expect(Object.fromEntries(copied)).toMatchObject({ survey_response: 1, page_feedback: 1, staff_account: 1, staff_setup_link: 1, audit_log: 1, zero_result_search: 1 });
        expect(await store.listSurveyResponses('s')).toEqual(await sqlite.listSurveyResponses('s'));
        expect(await store.pageFeedbackComments(10)).toEqual(await sqlite.pageFeedbackComments(10));
        expect(await store.staff.auditEntries()).toEqual(await sqlite.staff.auditEntries());
        expect(await store.staff.accountForSetupLink(hashToken('c'), Date.now())).toMatchObject({ email: 'copied@example.org' });
        // The copied form token still stores once, and new rows carry on after the copied ids.
        expect(await saveSurveyResponse(store, response('copied-token'))).toEqual({ reference: saved.reference, alreadySaved: true });
        await saveSurveyResponse(store, response('new-token'));
        await store.staff.addAccount('new@example.org', 'forum', { tokenHash: hashToken('n'), expiresAt: Date.now() + 60_000 }, 'admin');
        expect((await store.listSurveyResponses('s')).map((r) => r.reference)[0]).toBe(saved.reference);
        // Only into an empty database: a second copy changes nothing.
        await expect(copySqliteToPostgres(sqlite.database.file, store as PostgresFormsStore)).rejects.toThrow(/already has rows in survey_response/);
      });

      it('runs the officer command line', async () => {
        const { store } = await openStores(engine);
        const lines: string[] = [];
        expect(await runOfficerCommand(store.staff, ['add', 'cli@example.org', '--role', 'boss'], 'https://site.example', (l) => lines.push(l))).toBe(2);
        expect(await runOfficerCommand(store.staff, ['add', 'cli@example.org', '--role', 'forum'], 'https://site.example', (l) => lines.push(l))).toBe(0);
        expect(lines.at(-1)).toMatch(/^Added cli@example\.org as forum\.[\s\S]*https:\/\/site\.example\/officer\/set-up\/\?token=[A-Za-z0-9_-]{43}$/);
        expect(await runOfficerCommand(store.staff, ['list'], 'https://site.example', (l) => lines.push(l))).toBe(0);
        expect(lines).toContain('cli@example.org\tforum\twaiting for set-up');
      });
    });
  });
}
