import fs from 'node:fs';
import path from 'node:path';
import { getSurvey } from '../directory/coproduction';

/**
 * Whether a path is a page this site has, so page feedback about made-up
 * addresses is refused and cannot fill the officer view. Built pages are
 * looked up in the build's client folder (beside dist/server/, where the
 * server runs from); pages drawn on request that carry the feedback form are
 * listed here. On the development server there is no build: every path passes.
 */
let clientDir: string | null | undefined;

function builtClientDir(): string | null {
  if (clientDir !== undefined) return clientDir;
  const candidates = [process.env.LOCAL_OFFER_CLIENT_DIR, process.argv[1] && path.join(path.dirname(process.argv[1]), '../client')];
  const found = candidates.find((dir): dir is string => Boolean(dir) && fs.existsSync(path.join(dir!, 'index.html')));
  clientDir = found ? path.resolve(found) : null;
  return clientDir;
}

const onDemandPages = /^\/(search|my-list)\/?$/;
const surveyPage = /^\/surveys\/([a-z0-9-]+)\/(confirmation\/)?$/;

/** `page` must already be a plain site path (isSitePath in page-feedback.ts). */
export async function isPageOnSite(page: string): Promise<boolean> {
  if (page.split('/').some((part) => part === '..' || part === '.')) return false;
  if (onDemandPages.test(page)) return true;
  const survey = surveyPage.exec(page);
  if (survey) return (await getSurvey(survey[1])) !== undefined;
  const dir = builtClientDir();
  if (!dir) return true;
  const file = path.join(dir, page);
  if (!file.startsWith(dir)) return false;
  const candidates = page.endsWith('/') ? [path.join(file, 'index.html')] : [path.join(file, 'index.html'), `${file}.html`];
  return candidates.some((f) => fs.existsSync(f) && path.basename(f) !== '404.html');
}
