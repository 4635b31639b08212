import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { editorSession, previewFrame } from '../support/decap';

// Every page-like preview in the editor says what the site's page says (issue 19, item 6).
// The previews are React copies of the Astro pages (cms/previews/), so each copy is
// compared here, section by section, with the page the production build drew from the
// same content. A collection with a page-like preview that is missing here fails the
// last test.

const editor = editorSession('cms-previews');

/** The visible words of every element matching `selector`, with white space as a reader sees it. */
const wordsOf = async (where: Page | Frame, selector: string) => (await where.locator(selector).allInnerTexts()).join('\n').replace(/\s+/g, ' ').trim();

/** Opens an entry afresh and waits for its preview to show `ready`. */
async function preview(collection: string, slug: string, ready: string): Promise<Frame> {
  await editor.page.goto('about:blank');
  await editor.page.goto(`${editor.site.origin}/admin/#/collections/${collection}/entries/${slug}`);
  const frame = await previewFrame(editor.page);
  await frame.locator(ready).first().waitFor();
  return frame;
}

/** Compares each pair of [preview selector, page selector] (one string when both are the same). */
async function expectSameWords(frame: Frame, path: string, selectors: (string | [string, string])[]) {
  const built = await editor.browser.newPage();
  try {
    await built.goto(`${editor.site.origin}${path}`);
    for (const pair of selectors) {
      const [inPreview, onPage] = typeof pair === 'string' ? [pair, pair] : pair;
      const expected = await wordsOf(built, onPage);
      expect(expected, `${path} ${onPage} is on the page`).not.toBe('');
      expect(await wordsOf(frame, inPreview), `${inPreview} (preview) = ${onPage} (${path})`).toBe(expected);
    }
    expect(await frame.locator('[data-cms-checks]').count(), 'a published entry is ready to publish').toBe(0);
  } finally {
    await built.close();
  }
}

const checked = new Set<string>();

describe('each preview says what its page says', () => {
  it('an event', async () => {
    const frame = await preview('events', 'local-offer-day-spring-2027', 'h1');
    await expectSameWords(frame, '/events/local-offer-day-spring-2027/', [
      'h1',
      '.govuk-tag',
      '.app-lead',
      '.app-summary-list',
      '.app-calendar-link',
      'section[aria-labelledby="event-accessibility"]',
      'section[aria-labelledby="about-event"]',
      '.app-words-explained',
    ]);
    checked.add('events');
  });

  it('a news post', async () => {
    const frame = await preview('news', '2026-11-19-jargon-buster', 'h1');
    await expectSameWords(frame, '/news/2026-11-19-jargon-buster/', ['article', '.app-words-explained']);
    checked.add('news');
  });

  it('a newsletter issue, with the news, events and responses it gathers', async () => {
    const frame = await preview('newsletters', '2026-11', 'h1');
    await frame.locator('#contact-us').waitFor();
    await expectSameWords(frame, '/newsletter/2026-11/', [
      '.app-newsletter-masthead',
      'h1',
      'main > .app-secondary',
      'main > .app-prose',
      'nav[aria-labelledby="in-this-issue"]',
      'section[aria-labelledby="news"]',
      'section[aria-labelledby="whats-on"]',
      'section[aria-labelledby="you-said-we-did"]',
      '.app-newsletter-contact',
      '.app-words-explained',
    ]);
    checked.add('newsletters');
  });

  it('a jargon buster term, as the A to Z shows it', async () => {
    const frame = await preview('glossary', 'ehcp', '.app-glossary-entry h3');
    await expectSameWords(frame, '/glossary/', [
      ['.app-glossary-entry', '[id="ehcp"]'],
      ['h1', 'h1'],
    ]);
    checked.add('glossary');
  });

  it('a "you said, we did" response, under its month', async () => {
    const slug = '2026-11-travel-passes';
    const frame = await preview('youSaidWeDid', slug, 'article h3');
    await expectSameWords(frame, '/you-said-we-did/', [
      [`article`, `article[id="${slug}"]`],
      ['.app-ysd-month h2', `section:has(article[id="${slug}"]) h2`],
    ]);
    checked.add('youSaidWeDid');
  });

  it('a priority of the improvement plan, with its actions and their latest updates', async () => {
    const frame = await preview('plan', '2-clear-information-and-advice', '.app-plan-action');
    await expectSameWords(frame, '/improvement-plan/', [
      ['.app-plan-priority h2', '#priority-2'],
      ['.app-plan-priority > p:nth-of-type(1)', 'section[aria-labelledby="priority-2"] > p:nth-of-type(1)'],
      ['.app-plan-priority > p:nth-of-type(2)', 'section[aria-labelledby="priority-2"] > p:nth-of-type(2)'],
      ['ol.app-plan-actions', 'section[aria-labelledby="priority-2"] ol.app-plan-actions'],
    ]);
    checked.add('plan');
  });

  it('the search words, as the search page answers each of them', async () => {
    const frame = await preview('synonyms', 'synonyms', '[data-search-word]');
    for (const word of ["won't go to school", 'school refusal', 'respite']) {
      const row = frame.locator(`tr[data-search-word="${word}"] td:nth-child(2)`);
      const built = await editor.browser.newPage();
      await built.goto(`${editor.site.origin}/search/?q=${encodeURIComponent(word)}`);
      const expected = await wordsOf(built, '#search-correction');
      await built.close();
      expect(expected, `the search page corrects "${word}"`).toMatch(/^Showing results for /);
      expect((await row.innerText()).replace(/\s+/g, ' ').trim(), word).toBe(expected);
    }
    checked.add('synonyms');
  });

  it('an organisation', async () => {
    const frame = await preview('organisations', 'northbridge-carers-centre', 'h1');
    await expectSameWords(frame, '/organisations/northbridge-carers-centre/', ['h1', '.app-lead', 'main ul:has(a[href^="tel:"], a[href^="mailto:"])']);
    checked.add('organisations');
  });

  it('an information page', async () => {
    const frame = await preview('pages', 'short-breaks', 'h1');
    await expectSameWords(frame, '/information/short-breaks/', [
      'h1',
      '.app-lead',
      'main > .app-prose',
      '.app-words-explained',
      'p.app-secondary:has-text("Last checked on")',
    ]);
    checked.add('pages');
  });

  it('the plain preview of the other kinds (a school) shows words, not the codes in the file', async () => {
    const frame = await preview('schools', 'elmtree-school', 'h1');
    const list = await wordsOf(frame, '.app-summary-list');
    expect(list).toContain('Special school');
    expect(list).toContain('Autism');
    expect(list).not.toMatch(/special-school|speech-language-communication|moderate-learning-difficulty|ehc-plan\b/);
  });

  it('covers every page-like preview registered in the editor', () => {
    // The registrations in cms/admin.ts, read as text: importing it would start Decap.
    const admin = fs.readFileSync('cms/admin.ts', 'utf8');
    const templates = /const pageTemplates[^{]*\{([^}]*)\}/.exec(admin)?.[1] ?? '';
    const registered = [...templates.matchAll(/^\s*(\w+):/gm)].map((m) => m[1]);
    expect(registered.length).toBeGreaterThan(5);
    // Services are compared in tests/e2e/cms.test.ts ("the preview").
    const elsewhere = ['services'];
    expect(registered.filter((name) => !checked.has(name) && !elsewhere.includes(name))).toEqual([]);
  });
});
