import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { privatePageHeaders } from '../../server/http';
import { safeCell } from '../../server/survey-csv';
import { staffStore } from '../../server/staff/current-store';
import { auditActions } from '../../server/staff/store';

export const prerender = false;

/** The whole audit log as CSV, for information governance. Officers only; the export itself is audited first. */
export const GET: APIRoute = async ({ locals }) => {
  const store = staffStore();
  await store.audit({ actor: locals.staff!.email, action: 'audit-exported', detail: '' });
  const rows = (await store.auditEntries()).map((e) => [e.at, e.actor, auditActions[e.action] ?? e.action, e.detail]);
  const csv =
    '\uFEFF' +
    stringify(
      [['When (UTC)', 'Who', 'What', 'Details'], ...rows].map((row) => row.map(safeCell)),
      { record_delimiter: 'windows' },
    );
  const headers = new Headers({
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`,
  });
  privatePageHeaders(headers);
  return new Response(csv, { headers });
};
