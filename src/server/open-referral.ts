import type { ApiAnswer } from '../lib/oruk/query';

/**
 * Open Referral UK asks every response to allow use from any website (CORS),
 * so a neighbouring council's page can call the API from the browser.
 */
export const openDataHeaders = {
  'Content-Type': 'application/json; charset=utf-8',
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Content-Type',
  // Content only changes when the site is rebuilt; five minutes keeps load down without serving old data for long.
  'Cache-Control': 'public, max-age=300',
};

export function jsonResponse(answer: ApiAnswer): Response {
  return new Response(JSON.stringify(answer.body), { status: answer.status, headers: openDataHeaders });
}

/** Answers a browser's CORS preflight check. */
export function preflightResponse(): Response {
  return new Response(null, { status: 204, headers: openDataHeaders });
}
