import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFormsServer, testFormSecret, type FormsServer } from '../support/forms-server';
import { addStaffAccount, signIn } from '../support/staff-accounts';
import { demoSurveyPath, mintSurveyToken, validSurveyBody } from '../support/survey-posts';
import { countFeedback, countResponses, readForms } from '../support/forms-database';

// Bad posts of every kind get a clear page saying what happened (never a
// 500 and never a blank page), and nothing is stored. The server runs with
// the real minimum fill time (10 s); valid tokens are signed a minute ago.
let server: FormsServer;
beforeAll(async () => {
  server = await startFormsServer({ env: { LOCAL_OFFER_RATE_LIMIT: '50' } });
});
afterAll(async () => {
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

const send = (body: BodyInit, headers: Record<string, string> = {}, path = demoSurveyPath) =>
  fetch(server.origin + path, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.origin, ...headers },
  });
const withAnswer = (name: string, value: string) =>
  `${validSurveyBody(mintSurveyToken(testFormSecret))}&${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
const replaced = (name: string, value: string) => {
  const body = new URLSearchParams(validSurveyBody(mintSurveyToken(testFormSecret)));
  body.set(name, value);
  return body.toString();
};

async function expectRefusedAndNothingStored(response: Response, status: number, says: RegExp) {
  const html = await response.text();
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/text\/html/);
  expect(html).toMatch(says);
  expect(html).not.toMatch(/<script/i);
  expect(countResponses(server.databaseFile)).toBe(0);
}

describe('posts the survey refuses', () => {
  it('an empty post: the form comes back listing what to answer', async () => {
    await expectRefusedAndNothingStored(await send(''), 400, /There is a problem[\s\S]*Select which of these best describes you/);
  });

  it('a post missing a required answer: the form comes back pointing at it', async () => {
    const body = new URLSearchParams(validSurveyBody(mintSurveyToken(testFormSecret)));
    body.delete('needs-met');
    await expectRefusedAndNothingStored(await send(body.toString()), 422, /href="#needs-met">Select how well the support your child gets meets their needs/);
  });

  it('a post too big to be a real answer (over 64 kB)', async () => {
    await expectRefusedAndNothingStored(await send(withAnswer('worked-well', 'x'.repeat(70_000))), 413, /too long for us to accept/);
  });

  it('an answer longer than the question allows: the form comes back with the length rule', async () => {
    await expectRefusedAndNothingStored(
      await send(withAnswer('biggest-difference', 'a'.repeat(1501)).replace(/biggest-difference=[^&]*&/, '')),
      422,
      /must be 1,500 characters or fewer/,
    );
  });

  it('the wrong type of answer: words where a rating belongs, several where one belongs, a list in a text box', async () => {
    await expectRefusedAndNothingStored(
      await send(replaced('ease-of-finding', 'very easy')),
      422,
      /Select a number from 1 to 5 for how easy it is to find information/,
    );
    await expectRefusedAndNothingStored(
      await send(withAnswer('ehc-plan', 'Yes').replace('ehc-plan=No', 'ehc-plan=Yes')),
      422,
      /Select only one answer for EHC plan/,
    );
    await expectRefusedAndNothingStored(await send(withAnswer('worked-well', 'second box')), 422, /Send one answer about what has worked well/);
  });

  it('a field that is not part of the survey', async () => {
    await expectRefusedAndNothingStored(await send(withAnswer('child-name', 'Sam')), 422, /information that is not part of this survey/);
  });

  it('script in a typed answer, in a choice and in a field name, never echoed back as markup', async () => {
    const attack = '<script>alert("x")</script>';
    let response = await send(replaced('worked-well', attack));
    const html = await response.clone().text();
    await expectRefusedAndNothingStored(response, 422, /must not include code such as HTML tags/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'); // kept for the person to edit, escaped
    response = await send(replaced('answering-as', attack));
    await expectRefusedAndNothingStored(response, 422, /Select an answer from the list/);
    response = await send(withAnswer(attack, 'x'));
    const page = await response.clone().text();
    await expectRefusedAndNothingStored(response, 422, /not part of this survey/);
    expect(page).not.toContain('alert(');
  });

  it('malformed encoding and bytes that are not UTF-8', async () => {
    await expectRefusedAndNothingStored(await send('answering-as=%E0%A4%A&needs-met=2'), 400, /could not be read/);
    await expectRefusedAndNothingStored(await send(new Uint8Array([0x61, 0x3d, 0xc3, 0x28])), 400, /could not be read/);
    await expectRefusedAndNothingStored(await send(`${validSurveyBody(mintSurveyToken(testFormSecret))}&worked-well=%ED%A0%80`), 400, /could not be read/);
  });

  it('Unicode tricks: a look-alike letter in an option, hidden control characters in text', async () => {
    await expectRefusedAndNothingStored(await send(replaced('ehc-plan', 'Y\u0435s')), 422, /Select an answer from the list for EHC plan/);
    await expectRefusedAndNothingStored(await send(replaced('worked-well', 'fine\u0000\u0007')), 422, /hidden characters/);
  });

  it('something that is not a form at all (JSON)', async () => {
    await expectRefusedAndNothingStored(await send('{"answering-as":"x"}', { 'content-type': 'application/json' }), 415, /was not a form from our website/);
  });

  it('a form with a missing, forged or too-new token: the answers come back to send again', async () => {
    const body = new URLSearchParams(validSurveyBody('forged.1700000000000.token'));
    await expectRefusedAndNothingStored(await send(body.toString()), 400, /could not check this form came from our website/);
    const tooNew = await send(validSurveyBody(mintSurveyToken(testFormSecret, Date.now())));
    const html = await tooNew.clone().text();
    await expectRefusedAndNothingStored(tooNew, 400, /Check your answers and send them again/);
    expect(html).toContain('The speech and language drop-in at the family hub was friendly');
  });

  it('the hidden honeypot box filled in, as bots do', async () => {
    await expectRefusedAndNothingStored(await send(replaced('website', 'http://spam.example')), 400, /A box that should be left empty was filled in/);
  });

  it('a post from another website (Astro’s origin check)', async () => {
    const response = await send(validSurveyBody(mintSurveyToken(testFormSecret)), { origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(countResponses(server.databaseFile)).toBe(0);
  });

  it('an answer to a survey that has closed', async () => {
    const response = await send(validSurveyBody(mintSurveyToken(testFormSecret)), {}, '/surveys/parent-carer-survey-2025/');
    const html = await response.text();
    expect(response.status).toBe(403);
    expect(html).toMatch(/This survey closed on 12 December 2025/);
    expect(html).not.toMatch(/<form[^>]+parent-carer-survey-2025/);
    expect(countResponses(server.databaseFile)).toBe(0);
  });
});

describe('posts the survey accepts', () => {
  it('stores answers in other languages and emoji exactly, shown escaped in the officer view', async () => {
    const text = 'Dziękuję 🙏 – بہت شکریہ – <3 the drop-in & the forum';
    const response = await send(replaced('worked-well', text));
    expect(response.status).toBe(303);
    const stored = readForms(server.databaseFile, (db) => db.prepare('SELECT answers FROM survey_response').all() as { answers: string }[]);
    expect(stored.map((r) => JSON.parse(r.answers)['worked-well'])).toEqual([text]);
    await addStaffAccount(server.dataDir, 'officer@example.org', 'officer');
    const { cookie } = await signIn(server.origin, 'officer@example.org');
    const results = await (await fetch(`${server.origin}/officer/surveys/parent-carer-survey-2026/`, { headers: { cookie: cookie! } })).text();
    expect(results).toContain('Dziękuję 🙏 – بہت شکریہ – &lt;3 the drop-in &amp; the forum');
  });

  it('never writes what people typed to the server log', () => {
    expect(server.output()).not.toMatch(/Dziękuję|speech and language drop-in|script/);
  });
});

describe('page feedback posts', () => {
  const feedback = (body: string, headers: Record<string, string> = {}) => send(body, headers, '/feedback/');

  it('refuses a page that is not on this site, markup in the comment, unknown fields and oversized posts', async () => {
    const before = countFeedback(server.databaseFile);
    for (const [body, status] of [
      ['page=https://evil.example/&useful=yes', 400],
      ['page=//evil.example/&useful=yes', 400],
      ['page=/services/&useful=yes&extra=1', 400],
      [`page=/services/&useful=no&looking-for=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, 422],
      [`page=/services/&useful=no&looking-for=${'x'.repeat(9000)}`, 413],
      ['page=/services/&useful=maybe', 422],
    ] as const) {
      const response = await feedback(body);
      expect(response.status, body.slice(0, 60)).toBe(status);
      expect(await response.text()).not.toMatch(/<script|<img/i);
    }
    expect(countFeedback(server.databaseFile)).toBe(before);
  });

  it('counts a double click once', async () => {
    const before = countFeedback(server.databaseFile);
    for (let i = 0; i < 3; i++) expect((await feedback('page=/need/&useful=yes')).status).toBe(303);
    expect(countFeedback(server.databaseFile)).toBe(before + 1);
  });
});

describe('the rate limit', () => {
  it('refuses a client that keeps posting, with a Retry-After, and stores nothing more', async () => {
    const before = countResponses(server.databaseFile);
    let last: Response | undefined;
    for (let i = 0; i < 60 && last?.status !== 429; i++) last = await send(validSurveyBody(mintSurveyToken(testFormSecret)));
    expect(last!.status).toBe(429);
    expect(countResponses(server.databaseFile)).toBeLessThanOrEqual(before + 50);
    const after = countResponses(server.databaseFile);
    expect((await send(validSurveyBody(mintSurveyToken(testFormSecret)))).status).toBe(429);
    expect(countResponses(server.databaseFile)).toBe(after);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await last!.text()).toMatch(/Wait 10 minutes and try again/);
  });
});
