import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { FormsDatabase } from '../../src/server/database';
import { deleteSurveyResponse, listSurveyResponses, referencePattern, responseExists, saveSurveyResponse } from '../../src/server/survey-responses';
import { pageFeedbackComments, pageFeedbackCounts, savePageFeedback } from '../../src/server/page-feedback-store';
import { suppressCounts } from '../../src/lib/small-numbers';
import { summariseSurvey } from '../../src/server/survey-results';
import type { SurveyDefinition } from '../../src/schemas/survey';

const opened: FormsDatabase[] = [];
function openTemp(): FormsDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forms-db-'));
  const database = new FormsDatabase(path.join(dir, 'forms.sqlite'));
  opened.push(database);
  return database;
}
afterEach(async () => {
  for (const d of opened.splice(0)) {
    await d.close();
    fs.rmSync(path.dirname(d.file), { recursive: true, force: true });
  }
});

const response = (formToken: string) => ({ survey: 's', formToken, answers: { who: 'A parent' }, keepForMonths: 24 });

describe('the forms database', () => {
  it('is in WAL mode with full sync, so an acknowledged answer survives a crash', () => {
    const database = openTemp();
    expect((database.db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe('wal');
    expect((database.db.prepare('PRAGMA synchronous').get() as { synchronous: number }).synchronous).toBe(2);
  });

  it('is readable only by the server’s own user', () => {
    const database = openTemp();
    expect(fs.statSync(database.file).mode & 0o077).toBe(0);
  });

  it('stores a response once per form token and gives a double submit the same reference', async () => {
    const database = openTemp();
    const first = await saveSurveyResponse(database, response('token-a'));
    const again = await saveSurveyResponse(database, response('token-a'));
    expect(first.reference).toMatch(referencePattern);
    expect(again).toEqual({ reference: first.reference, alreadySaved: true });
    expect(listSurveyResponses(database, 's')).toHaveLength(1);
    expect(responseExists(database, 's', first.reference)).toBe(true);
  });

  it('writes hundreds of posts arriving together, each exactly once, with unique references', async () => {
    const database = openTemp();
    const tokens = Array.from({ length: 300 }, (_, i) => `token-${i % 250}`); // 50 double submits among them
    const saved = await Promise.all(tokens.map((t) => saveSurveyResponse(database, response(t))));
    const stored = listSurveyResponses(database, 's');
    expect(stored).toHaveLength(250);
    expect(new Set(stored.map((r) => r.reference)).size).toBe(250);
    expect(new Set(saved.map((s) => s.reference)).size).toBe(250);
  });

  it('leaves a crash-safe file another process can read and check', async () => {
    const database = openTemp();
    await saveSurveyResponse(database, response('t'));
    const other = new DatabaseSync(database.file, { readOnly: true });
    expect((other.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check).toBe('ok');
    expect((other.prepare('SELECT count(*) AS n FROM survey_response').get() as { n: number }).n).toBe(1);
    other.close();
  });

  it('deletes answers when their retention period has passed, and only those', async () => {
    const database = openTemp();
    const now = new Date('2026-11-23T12:00:00Z');
    await saveSurveyResponse(database, { ...response('old'), keepForMonths: 1 }, new Date('2026-09-01T12:00:00Z'));
    await saveSurveyResponse(database, { ...response('new'), keepForMonths: 1 }, new Date('2026-11-01T12:00:00Z'));
    await savePageFeedback(database, { page: '/', useful: true, repeatKey: 'k1', keepForMonths: 1 }, new Date('2026-09-01T12:00:00Z'));
    expect(await database.deleteExpired(now)).toBe(2);
    expect(listSurveyResponses(database, 's')).toHaveLength(1);
  });

  it('deletes one response when someone quotes their reference', async () => {
    const database = openTemp();
    const { reference } = await saveSurveyResponse(database, response('t'));
    expect(await deleteSurveyResponse(database, reference)).toBe(true);
    expect(await deleteSurveyResponse(database, reference)).toBe(false);
    expect(listSurveyResponses(database, 's')).toHaveLength(0);
  });

  it('counts page feedback per page, least useful first, and counts a repeat once', async () => {
    const database = openTemp();
    await savePageFeedback(database, { page: '/a/', useful: true, repeatKey: 'a1', keepForMonths: 12 });
    await savePageFeedback(database, { page: '/b/', useful: false, lookingFor: 'swimming', repeatKey: 'b1', keepForMonths: 12 });
    expect(await savePageFeedback(database, { page: '/b/', useful: false, lookingFor: 'swimming', repeatKey: 'b1', keepForMonths: 12 })).toEqual({ alreadySaved: true });
    expect(pageFeedbackCounts(database)).toEqual([
      { page: '/b/', yes: 0, no: 1, comments: 1 },
      { page: '/a/', yes: 1, no: 0, comments: 0 },
    ]);
    expect(pageFeedbackComments(database).map((c) => c.lookingFor)).toEqual(['swimming']);
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
        { id: 'who', type: 'single', question: 'Who?', shortName: 'who', options: ['Parent', 'Young person', 'Someone else'], points: 5, maxLength: 1000, required: false },
        { id: 'ease', type: 'rating', question: 'How easy?', shortName: 'ease', lowLabel: 'Hard', highLabel: 'Easy', points: 5, maxLength: 1000, required: false },
        { id: 'said', type: 'text', question: 'Anything else?', shortName: 'else', points: 5, maxLength: 1000, required: false },
      ],
    } as unknown as SurveyDefinition;
    const responses = Array.from({ length: 12 }, (_, i) => ({
      reference: `NB-0000-000${i}`,
      submittedAt: `2026-11-${String(10 + i).padStart(2, '0')}T10:00:00.000Z`,
      answers: { who: i < 7 ? 'Parent' : i < 10 ? 'Young person' : 'Someone else', ease: (i % 5) + 1, ...(i % 4 === 0 ? { said: `comment ${i}` } : {}) },
    }));
    const [who, ease, said] = summariseSurvey(survey, responses);
    expect(who.rows.map((r) => [r.label, r.shown.count])).toEqual([['Parent', 7], ['Young person', undefined], ['Someone else', undefined]]);
    expect(ease.average).toBe(2.8);
    expect(ease.rows[0].label).toBe('1 – Hard');
    expect(said.texts.map((t) => t.text)).toEqual(['comment 8', 'comment 4', 'comment 0']);
  });
});
