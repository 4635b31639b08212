import type { APIRoute } from 'astro';
import { receiveZeroResultReport } from '../../../server/zero-result-report';
import { clientAddressOf } from '../../../server/http';

// Search as you type reports a search that found nothing here (see src/server/zero-result-report.ts).
export const prerender = false;

export const POST: APIRoute = async (context) =>
  new Response(null, { status: await receiveZeroResultReport(context.request, clientAddressOf(context)), headers: { 'Cache-Control': 'no-store' } });
