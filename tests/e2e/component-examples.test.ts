import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { axeViolationsOfDocument } from '../support/axe';
import { siteCss } from '../support/component-css';
import { TabPool } from '../support/tab-pool';
import { componentExamples, componentFile, examplesToday, type ComponentExample, type ComponentExamples } from '../../src/components/examples';
import { escapeHtml } from '../../src/lib/escape-html';
import { renderExample } from '../support/render-example';

// Every example of every component (src/components/examples/) on a page of
// its own, 320 px wide, with the site's CSS: no axe violations and no
// sideways scrolling. The render test (tests/components/component-examples.test.ts)
// checks the same examples' words, and that every component has examples.

let css: string;
let browser: Browser;
let container: AstroContainer;
let contexts: BrowserContext[] = [];
let tabs: TabPool;
beforeAll(async () => {
  process.env.LOCAL_OFFER_TODAY = examplesToday;
  [css, browser, container] = await Promise.all([siteCss(), launchBrowser(), AstroContainer.create()]);
  // Two tabs at once, as the page sweep does: the machines have two cores.
  contexts = await Promise.all([1, 2].map(() => browser.newContext({ viewport: { width: 320, height: 640 } })));
  const pages = await Promise.all(contexts.map((c) => c.newPage()));
  // An example must not need the network: posters, players and fonts are not fetched.
  await Promise.all(pages.map((page) => page.route('**/*', (route) => route.abort())));
  tabs = new TabPool(pages);
});
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
});

/** The example where PageLayout would put it: in <main> under an <h1>, in the header, after <main> or in <head>. */
function examplePage(family: ComponentExamples, title: string, html: string): { head: string; body: string } {
  const placed = family.wrap ? family.wrap(html) : html;
  const at = (place: ComponentExamples['place']) => (family.place === place ? placed : '');
  const header = at('header') && `<header class="app-header"><div class="app-width-container app-header__inner">${at('header')}</div></header>`;
  const main = family.place ? '' : placed;
  return {
    head: `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${css}</style>${at('head')}`,
    body: `${header}<div class="app-width-container"><main id="main-content" class="app-main" tabindex="-1">${family.headingOne ? '' : `<h1>${escapeHtml(title)}</h1>`}${main}</main>${at('after-main')}</div>`,
  };
}

const cases = componentExamples.flatMap((family) =>
  Object.entries(family.examples)
    .filter(([, example]) => !example.fails)
    .map(([state, example]) => ({ name: `${componentFile(family.component)}: ${state}`, family, example })),
);

const render = (family: ComponentExamples, example: ComponentExample) => renderExample(container, family, example);

describe('component examples at 320 px', () => {
  it('has the CSS of the site and its components, scoped styles for the markup the examples render', async () => {
    expect(css).toContain('.app-card {');
    const reviewTable = componentExamples.find((family) => componentFile(family.component) === 'ReviewTable.astro')!;
    const html = await render(reviewTable, Object.values(reviewTable.examples)[0]);
    const scope = html.match(/data-astro-cid-\w+/)?.[0];
    expect(css).toContain(`.app-review-table[${scope}]`);
  });

  it.concurrent.for(cases)('$name: no axe violations, no sideways scrolling', async ({ name, family, example }, { expect }) => {
    const html = await render(family, example);
    await tabs.use(async (page: Page) => {
      expect(await axeViolationsOfDocument(page, examplePage(family, name, html))).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'pixels of sideways scrolling at 320 px wide').toBe(0);
    });
  });
});
