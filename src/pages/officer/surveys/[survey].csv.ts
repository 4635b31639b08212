import type { APIRoute } from 'astro';
import { getSurvey } from '../../../directory/coproduction';
import { formsStore } from '../../../server/forms/current';
import { surveyResponsesCsv } from '../../../server/survey-csv';
import { privatePageHeaders } from '../../../server/http';

export const prerender = false;

/** Every response to one survey as a CSV file that is safe to open in Excel. Officers only (src/server/staff/route-access.ts); each export is audited. */
export const GET: APIRoute = async ({ params, locals }) => {
  const survey = await getSurvey(params.survey ?? '');
  if (!survey) return new Response('There is no survey with that name.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const store = formsStore();
  const responses = await store.listSurveyResponses(survey.id);
  await store.staff.audit({ actor: locals.staff!.email, action: 'answers-exported', detail: `${survey.id}: ${responses.length} responses` });
  const csv = surveyResponsesCsv(survey, responses);
  const headers = new Headers({
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${survey.id}-responses-${new Date().toISOString().slice(0, 10)}.csv"`,
  });
  privatePageHeaders(headers);
  return new Response(csv, { headers });
};
