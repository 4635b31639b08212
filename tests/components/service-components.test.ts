import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ServiceCard from '../../src/components/ServiceCard.astro';
import ServiceIndexEntry from '../../src/components/ServiceIndexEntry.astro';
import ServiceNotices from '../../src/components/ServiceNotices.astro';
import TierGroups from '../../src/components/TierGroups.astro';
import { longListExample, serviceExamples } from '../../src/components/examples/service-data';
import type { ServiceResult } from '../../src/lib/search/documents';
import { renderExample } from '../support/render-example';

let container: AstroContainer;
beforeAll(async () => {
  process.env.LOCAL_OFFER_TODAY = '2026-11-23';
  container = await AstroContainer.create();
});

describe('service notices', () => {
  it('say nothing for a current, open service', async () => {
    const html = await renderExample(container, { component: ServiceNotices }, { props: { service: serviceExamples.current } });
    expect(html).not.toContain('app-notice');
  });
  it('warn that information checked over 12 months ago may be out of date, with the date', async () => {
    const html = await renderExample(container, { component: ServiceNotices }, { props: { service: serviceExamples.outOfDate } });
    expect(html).toContain('This information may be out of date');
    expect(html).toContain('1 May 2024');
  });
  it('say a temporarily closed service is closed, and why', async () => {
    const html = await renderExample(container, { component: ServiceNotices }, { props: { service: serviceExamples.temporarilyClosed } });
    expect(html).toContain('This service is temporarily closed');
    expect(html).toContain('Closed until 5 January');
  });
});

describe('service card', () => {
  const result: ServiceResult = {
    kind: 'service',
    url: '/services/chatterbox/',
    name: 'Chatterbox <b>drop-in</b>',
    tier: 'universal',
    ages: 'Ages 0 to 5',
    free: true,
    summary: 'Advice for parents of children who are "late to talk".',
    route: 'self-referral',
    status: 'temporarily closed',
  };

  it('draws a search result (both paths use it) with name, tier, ages, cost, summary and how to get it, escaped', async () => {
    const html = await renderExample(container, { component: ServiceCard }, { props: { service: result, headingLevel: 2 } });
    expect(html).toMatch(/<h2 class="app-card__title"><a data-field="link" href="\/services\/chatterbox\/">Chatterbox &lt;b&gt;drop-in&lt;\/b&gt;<\/a><\/h2>/);
    for (const words of ['Support anyone can use', 'Ages 0 to 5', 'Free', '&quot;late to talk&quot;', 'You can contact them yourself', 'Temporarily closed'])
      expect(html).toContain(words);
  });

  it('has a "Save to my list" link that works without JavaScript, naming the service for screen readers, except for a closed service', async () => {
    const html = await renderExample(container, { component: ServiceCard }, { props: { service: result } });
    expect(html).toMatch(
      /<a class="app-save-link" data-field="save" href="\/my-list\/\?add=chatterbox">Save <span class="govuk-visually-hidden" data-field="save-name">Chatterbox &lt;b&gt;drop-in&lt;\/b&gt; <\/span>to my list<\/a>/,
    );
    expect(await renderExample(container, { component: ServiceCard }, { props: { service: { ...result, status: 'defunct' } } })).not.toContain('to my list');
  });

  it("drawn for a template, has every tier's tag hidden and every optional row, for search as you type to fill", async () => {
    const html = await renderExample(container, { component: ServiceCard }, { props: { service: { ...result, status: 'active' }, forTemplate: true } });
    expect(html.match(/data-tier="\w+" hidden/g)).toHaveLength(3);
    expect(html).toContain('data-row="status" hidden');
    expect(html).toContain('data-row="save"');
  });

  it('shows tier, ages, cost and how to get it', async () => {
    const html = await renderExample(container, { component: ServiceCard }, { props: { service: serviceExamples.paidSpecialist } });
    expect(html).toContain('Specialist support');
    expect(html).toContain('Ages 2 to 4');
    expect(html).toContain('There is a cost');
    expect(html).toContain('You need an Education, Health and Care plan');
    expect(html).toContain('href="/services/little-voices-language-group/"');
  });
});

describe('A to Z entry', () => {
  it('links the name and says, in one line, the type of support and ages', async () => {
    const html = await renderExample(container, { component: ServiceIndexEntry }, { props: { service: serviceExamples.paidSpecialist } });
    expect(html).toContain('href="/services/little-voices-language-group/"');
    expect(html).toMatch(/Specialist support, ages 2 to 4\s*</);
  });
  it('says when a service is temporarily closed, so nobody travels to it', async () => {
    const html = await renderExample(container, { component: ServiceIndexEntry }, { props: { service: serviceExamples.temporarilyClosed } });
    expect(html).toMatch(/ages \d+ to \d+, temporarily closed/);
  });
});

describe('tier groups', () => {
  it('lists universal first and says when a group is empty', async () => {
    const html = await renderExample(container, { component: TierGroups }, { props: { services: [serviceExamples.paidSpecialist, serviceExamples.current] } });
    const order = ['Support anyone can use', 'Extra help for identified needs', 'Specialist support'].map((h) => html.indexOf(h));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html).toContain('There are no services in this group');
  });
});

describe('a long list, page by page', () => {
  const render = (pageNumber: number) =>
    renderExample(container, { component: TierGroups }, { props: { services: longListExample, pageNumber, listHref: '/need/example/' } });

  it('shows the first 30 on page 1, with a link to the next page and no previous page', async () => {
    const html = await render(1);
    expect(html.match(/class="app-card"/g)).toHaveLength(30);
    expect(html).toContain('Page 1 of 2');
    expect(html).toContain('href="/need/example/page/2/" rel="next"');
    expect(html).not.toContain('rel="prev"');
    expect(html).not.toContain('continued');
  });

  it('carries on with the same group, says so, and links back, with jump links to where each group starts', async () => {
    const html = await render(2);
    expect(html.match(/class="app-card"/g)).toHaveLength(4);
    expect(html).toMatch(/Support anyone can use, continued <span class="app-secondary">\(32\)/);
    expect(html).toContain('Example service 31');
    expect(html).not.toContain('Example service 30<');
    expect(html).toContain('href="/need/example/" rel="prev"');
    expect(html).toContain('href="/need/example/#tier-universal"');
    expect(html).toContain('href="#tier-specialist"');
  });
});
