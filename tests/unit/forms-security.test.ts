import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseUrlEncoded, readFormBody } from '../../src/server/form-body';
import { checkFormToken, issueFormToken } from '../../src/server/form-token';
import { safeCell, surveyResponsesCsv } from '../../src/server/survey-csv';
import type { SurveyDefinition } from '../../src/schemas/survey';

const post = (body: BodyInit, contentType = 'application/x-www-form-urlencoded', headers: Record<string, string> = {}) =>
  new Request('http://localhost/surveys/x/', { method: 'POST', body, headers: { 'content-type': contentType, ...headers }, duplex: 'half' } as RequestInit);

describe('reading a posted form', () => {
  it('reads repeated fields in order, with + as a space', async () => {
    const result = await readFormBody(post('a=1&b=two+words&a=3'), 1000);
    expect(result.ok && [...result.fields]).toEqual([
      ['a', ['1', '3']],
      ['b', ['two words']],
    ]);
  });

  it('refuses a body over the limit without reading the rest', async () => {
    let pulled = 0;
    const endless = new ReadableStream({
      pull: (c) => {
        pulled++;
        c.enqueue(new TextEncoder().encode('a='.padEnd(1024, 'x')));
      },
    });
    expect(await readFormBody(post(endless), 8 * 1024)).toEqual({ ok: false, problem: 'too-large' });
    expect(pulled).toBeLessThan(20);
  });

  it('refuses a declared length over the limit before reading anything', async () => {
    expect(await readFormBody(post('a=1', undefined, { 'content-length': '999999' }), 1000)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('refuses anything that is not an ordinary form post (JSON, file uploads, other character sets)', async () => {
    expect(await readFormBody(post('{"a":1}', 'application/json'), 1000)).toEqual({ ok: false, problem: 'not-a-form' });
    expect(await readFormBody(post('--x\r\n', 'multipart/form-data; boundary=x'), 1000)).toEqual({ ok: false, problem: 'not-a-form' });
    expect(await readFormBody(post('a=1', 'application/x-www-form-urlencoded; charset=iso-8859-1'), 1000)).toEqual({ ok: false, problem: 'not-a-form' });
  });

  it('refuses broken percent-encoding and bytes that are not UTF-8, rather than storing “�”', async () => {
    expect(parseUrlEncoded('a=%E0%A4%A')).toBeUndefined();
    expect(parseUrlEncoded('a=%C3%28')).toBeUndefined();
    expect(parseUrlEncoded('a=%ED%A0%80')).toBeUndefined(); // a lone surrogate
    expect(await readFormBody(post(new Uint8Array([0x61, 0x3d, 0xff, 0xfe])), 1000)).toEqual({ ok: false, problem: 'malformed' });
  });

  it('refuses thousands of fields', () => {
    expect(parseUrlEncoded(Array.from({ length: 400 }, (_, i) => `f${i}=1`).join('&'))).toBeUndefined();
  });
});

describe('form tokens', () => {
  const key = crypto.randomBytes(32);
  const limits = { minAgeMs: 10_000, maxAgeMs: 86_400_000 };
  const now = 1_795_000_000_000;

  it('accept a token issued for this form long enough ago', () => {
    const token = issueFormToken(key, 'survey:a', now - 60_000);
    expect(checkFormToken(key, 'survey:a', token, now, limits)).toMatchObject({ ok: true });
  });

  it('say the form was sent too quickly when it took less than the minimum time', () => {
    expect(checkFormToken(key, 'survey:a', issueFormToken(key, 'survey:a', now - 2_000), now, limits)).toEqual({ ok: false, reason: 'too-fast' });
  });

  it('expire after a day', () => {
    expect(checkFormToken(key, 'survey:a', issueFormToken(key, 'survey:a', now - 90_000_000), now, limits)).toEqual({ ok: false, reason: 'expired' });
  });

  it('cannot be moved to another survey, altered or made up', () => {
    const token = issueFormToken(key, 'survey:a', now - 60_000);
    expect(checkFormToken(key, 'survey:b', token, now, limits)).toEqual({ ok: false, reason: 'invalid' });
    const older = token.replace(/\.(\d+)\./, (_, t) => `.${Number(t) - 1000}.`);
    expect(checkFormToken(key, 'survey:a', older, now, limits)).toEqual({ ok: false, reason: 'invalid' });
    expect(checkFormToken(crypto.randomBytes(32), 'survey:a', token, now, limits)).toEqual({ ok: false, reason: 'invalid' });
    expect(checkFormToken(key, 'survey:a', '<script>', now, limits)).toEqual({ ok: false, reason: 'invalid' });
    expect(checkFormToken(key, 'survey:a', undefined, now, limits)).toEqual({ ok: false, reason: 'missing' });
  });
});

// The rate limit counts in the forms store, shared by every server: tested on both engines in forms-store.test.ts.

describe('the CSV export', () => {
  const survey = {
    id: 's',
    questions: [
      { id: 'who', type: 'single', shortName: 'who is answering' },
      { id: 'ages', type: 'multiple', shortName: 'ages' },
      { id: 'said', type: 'text', shortName: 'what you said' },
    ],
  } as unknown as SurveyDefinition;

  it('stops typed answers running as spreadsheet formulas', () => {
    for (const formula of ['=HYPERLINK("http://evil.example")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(safeCell(formula).startsWith("'"), formula).toBe(true);
    expect(safeCell('Fine answer')).toBe('Fine answer');
    const csv = surveyResponsesCsv(survey, [{ reference: 'NB-AAAA-AAAA', submittedAt: '2026-11-23T10:15:00.000Z', answers: { said: '=cmd|"/c calc"!A0' } }]);
    expect(csv).toContain(`"'=cmd|""/c calc""!A0"`);
  });

  it('opens in Excel as UTF-8 with one row per response and one column per question', () => {
    const csv = surveyResponsesCsv(survey, [
      {
        reference: 'NB-AAAA-AAAA',
        submittedAt: '2026-11-23T10:15:00.000Z',
        answers: { who: 'A parent', ages: ['0 to 4', '5 to 10'], said: 'Line one\nline two, with “quotes” 🙂' },
      },
    ]);
    expect(csv.startsWith('\uFEFFReference,Sent (UTC),who is answering,ages,what you said\r\n')).toBe(true);
    expect(csv).toContain('NB-AAAA-AAAA,2026-11-23 10:15,A parent,"0 to 4; 5 to 10","Line one\nline two, with “quotes” 🙂"');
  });
});
