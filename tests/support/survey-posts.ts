import { issueFormToken } from '../../src/server/form-token.ts';
import crypto from 'node:crypto';

/**
 * Valid survey posts for load tests and benchmarks. Tokens are signed with
 * the test secret the server was started with, and dated a minute ago, so
 * they pass the minimum fill time honestly rather than by switching it off.
 */
export const demoSurveyPath = '/surveys/parent-carer-survey-2026/';

function formTokenKey(secret: string): Buffer {
  // Same derivation as src/server/config.ts purposeKey('form-token').
  const root = Buffer.from(secret, 'utf8');
  return crypto.createHmac('sha256', root).update('local-offer:form-token').digest();
}

export function mintSurveyToken(secret: string, issuedAt = Date.now() - 60_000): string {
  return issueFormToken(formTokenKey(secret), 'survey:parent-carer-survey-2026', issuedAt);
}

/** A realistic complete response, urlencoded as a browser sends it. */
export function validSurveyBody(token: string, variant = 0): string {
  const body = new URLSearchParams();
  body.append('form-token', token);
  body.append('website', '');
  body.append('answering-as', 'A parent or carer of a child or young person with SEND');
  body.append('child-ages', ['0 to 4 years', '5 to 10 years', '11 to 15 years'][variant % 3]);
  body.append('ehc-plan', ['Yes', 'No', 'Not sure'][variant % 3]);
  body.append('ease-of-finding', String((variant % 5) + 1));
  body.append('needs-met', String(((variant + 2) % 5) + 1));
  body.append('listened-to', 'Sometimes');
  body.append('worked-well', 'The speech and language drop-in at the family hub was friendly and we did not need a referral.');
  body.append('biggest-difference', 'Being told how long the wait is, and what we can do while we wait.');
  return body.toString();
}
