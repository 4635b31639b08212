import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { startBuiltSite, type RunningSite } from '../support/server';
import { builtHtml, builtPagePaths } from '../support/sitemap';

// Every page must be valid HTML, not only pass axe: browsers repair broken
// markup in different ways, and assistive technology reads the repaired tree.
// html-validate's "standard" preset is the HTML standard's rules only (no style rules).
const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

async function problems(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  const found = report.results.flatMap((r) => r.messages.map((m) => `line ${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
  // Nothing but white space may follow </body></html> (a <script> there is a parse error the
  // browser repairs by moving it into the body); neither html-validate nor parse5 reports it.
  if (!/<\/body>\s*<\/html>\s*$/i.test(html)) found.push('the page must end with </body></html>, with nothing after it');
  return found;
}

describe('every built page is valid HTML', () => {
  const pages = builtPagePaths();
  it('finds the built pages', () => expect(pages.length).toBeGreaterThan(60));

  it.for(pages)('%s', async (path) => {
    expect(await problems(builtHtml(path), path)).toEqual([]);
  });
});

describe('pages drawn on request are valid HTML', () => {
  let site: RunningSite;
  beforeAll(async () => {
    site = await startBuiltSite();
  });
  afterAll(() => site?.stop());

  it.for([
    '/search/',
    '/search/?q=speach+therapy',
    '/search/?q=zzzzqqq',
    '/my-list/',
    '/my-list/?services=chatterbox-speech-and-language-drop-in,brightsteps-day-nurseries',
    '/surveys/parent-carer-survey-2026/',
  ])('%s', async (path) => {
    const response = await fetch(site.origin + path);
    expect(response.status).toBe(200);
    expect(await problems(await response.text(), path)).toEqual([]);
  });
});
