import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteFormsStore } from '../../src/server/forms/sqlite-store';
import { saveSurveyResponse } from '../../src/server/survey-responses';
import { RateLimiter } from '../../src/server/rate-limit';
import { countZeroResultSearch } from '../../src/server/zero-results';
import { recordFailedSignIn } from '../../src/server/staff/sign-in-limits';
import { suppressCounts } from '../../src/lib/small-numbers';
import { summariseSurvey } from '../../src/server/survey-results';
import type { SurveyDefinition } from '../../src/schemas/survey';

process.env.LOCAL_OFFER_FORM_SECRET ??= 'unit-test-secret-for-the-forms-store-0123456789';

// What only the SQLite store has to show (its file on disk); what both stores do is in forms-store.test.ts.
const opened: SqliteFormsStore[] = [];
function openTemp(): SqliteFormsStore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forms-db-'));
  const store = new SqliteFormsStore(path.join(dir, 'forms.sqlite'));
  opened.push(store);
  return store;
}
afterEach(async () => {
  for (const s of opened.splice(0)) {
    await s.close();
    fs.rmSync(path.dirname(s.database.file), { recursive: true, force: true });
  }
});

const response = (formToken: string) => ({ survey: 's', formToken, answers: { who: 'A parent' }, keepForMonths: 24 });

describe('the SQLite forms database', () => {
  it('is in WAL mode with full sync, so an acknowledged answer survives a crash', () => {
    const { database } = openTemp();
    expect((database.db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe('wal');
    expect((database.db.prepare('PRAGMA synchronous').get() as { synchronous: number }).synchronous).toBe(2);
  });

  it('is readable only by the server’s own user', () => {
    const { database } = openTemp();
    expect(fs.statSync(database.file).mode & 0o077).toBe(0);
  });

  it('leaves a crash-safe file another process can read and check', async () => {
    const store = openTemp();
    await saveSurveyResponse(store, response('t'));
    const other = new DatabaseSync(store.database.file, { readOnly: true });
    expect((other.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check).toBe('ok');
    expect((other.prepare('SELECT count(*) AS n FROM survey_response').get() as { n: number }).n).toBe(1);
    other.close();
  });

  it('keeps no address in the rate limit, the sign-in limits or the zero-result counts, only keyed hashes', async () => {
    const store = openTemp();
    await new RateLimiter('survey', 3, 60_000).take(store, '198.51.100.7');
    await countZeroResultSearch(store, 'langwidge', '198.51.100.7\u0000Firefox');
    await recordFailedSignIn(store.staff, 'once@example.org', '198.51.100.7');
    const everything = ['rate_limit', 'zero_result_client', 'zero_result_search', 'sign_in_failure', 'period_salt'].map((t) =>
      store.database.db.prepare(`SELECT * FROM ${t}`).all(),
    );
    expect(everything.every((rows) => rows.length > 0)).toBe(true);
    expect(JSON.stringify(everything)).not.toMatch(/198\.51\.100\.7|Firefox|once@example/);
  });
});

describe('hiding small numbers in results', () => {
  it('shows counts of 1 to 4 as hidden, and shows 0', () => {
    expect(suppressCounts([12, 3, 0, 9, 6], 30, false).map((c) => c.count)).toEqual([12, undefined, 0, 9, 6]);
  });

  it('hides a second count in a choose-one question so the first cannot be worked out from the total', () => {
    expect(suppressCounts([20, 3, 7, 9], 39, true).map((c) => c.count)).toEqual([20, undefined, undefined, 9]);
  });

  it('hides everything when fewer than 5 people answered', () => {
    expect(suppressCounts([2, 1], 3, true).every((c) => c.count === undefined && c.percent === undefined)).toBe(true);
  });

  it('gives whole-number percentages of the people who answered', () => {
    expect(suppressCounts([10, 20, 0], 30, true).map((c) => c.percent)).toEqual([33, 67, 0]);
  });

  it('summarises a survey question by question, with average scores and typed answers newest first', () => {
    const survey = {
      id: 's',
      questions: [
        {
          id: 'who',
          type: 'single',
          question: 'Who?',
          shortName: 'who',
          options: ['Parent', 'Young person', 'Someone else'],
          points: 5,
          maxLength: 1000,
          required: false,
        },
        {
          id: 'ease',
          type: 'rating',
          question: 'How easy?',
          shortName: 'ease',
          lowLabel: 'Hard',
          highLabel: 'Easy',
          points: 5,
          maxLength: 1000,
          required: false,
        },
        { id: 'said', type: 'text', question: 'Anything else?', shortName: 'else', points: 5, maxLength: 1000, required: false },
      ],
    } as unknown as SurveyDefinition;
    const responses = Array.from({ length: 12 }, (_, i) => ({
      reference: `NB-0000-000${i}`,
      submittedAt: `2026-11-${String(10 + i).padStart(2, '0')}T10:00:00.000Z`,
      answers: { who: i < 7 ? 'Parent' : i < 10 ? 'Young person' : 'Someone else', ease: (i % 5) + 1, ...(i % 4 === 0 ? { said: `comment ${i}` } : {}) },
    }));
    const [who, ease, said] = summariseSurvey(survey, responses);
    expect(who.rows.map((r) => [r.label, r.shown.count])).toEqual([
      ['Parent', 7],
      ['Young person', undefined],
      ['Someone else', undefined],
    ]);
    expect(ease.average).toBe(2.8);
    expect(ease.rows[0].label).toBe('1 – Hard');
    expect(said.texts.map((t) => t.text)).toEqual(['comment 8', 'comment 4', 'comment 0']);
  });
});
