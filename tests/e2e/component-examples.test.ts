import fs from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { axeTags } from '../support/axe';
import ServiceCard from '../../src/components/ServiceCard.astro';
import ServiceNotices from '../../src/components/ServiceNotices.astro';
import TierGroups from '../../src/components/TierGroups.astro';
import { longListExample, serviceExamples } from '../../src/components/examples';

// Every example state of each component gets an axe check with the site's
// styles, so a new state (added in examples.ts) cannot skip accessibility.

const css = fs.readFileSync('src/styles/site.css', 'utf8');
let browser: Browser;
let container: AstroContainer;
beforeAll(async () => {
  browser = await launchBrowser();
  container = await AstroContainer.create();
});
afterAll(() => browser?.close());

async function violations(fragment: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await page.setContent(`<!doctype html><html lang="en-GB"><head><title>Example</title><style>${css}</style></head><body><main><h1>Example</h1>${fragment}</main></body></html>`);
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  await context.close();
  return results.violations.map((v) => `${v.id}: ${v.help}`);
}

describe('component examples pass axe', () => {
  for (const [name, service] of Object.entries(serviceExamples)) {
    it(`service card and notices: ${name}`, async () => {
      const card = await container.renderToString(ServiceCard, { props: { service, headingLevel: 2 } });
      const notices = await container.renderToString(ServiceNotices, { props: { service } });
      expect(await violations(`${notices}<ul class="app-cards">${card}</ul>`)).toEqual([]);
    });
  }
  it('page 2 of a long list: a continued group, jump links to page 1, previous page link', async () => {
    const html = await container.renderToString(TierGroups, { props: { services: longListExample, pageNumber: 2, listHref: '/need/example/' } });
    expect(await violations(html)).toEqual([]);
  });
  it('tier groups with an empty group', async () => {
    const html = await container.renderToString(TierGroups, { props: { services: Object.values(serviceExamples) } });
    expect(await violations(html)).toEqual([]);
  });
});
