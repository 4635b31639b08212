import type { APIRoute } from 'astro';
import { rootMetadata } from '../../lib/oruk/open-data';

/** Static Open Referral UK: `/` (which version and profile this is). The README lists every file. */
export const GET: APIRoute = () => Response.json(rootMetadata());
