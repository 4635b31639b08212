/**
 * Another council adopts the site: `npm run new-area` writes a starter content
 * set, tests/fixtures/other-area lays a different council, site address,
 * forum, GitLab, services and a survey over it, and the whole thing is built
 * once (its own copy of the project, its own dist/; tests/support/area-build.ts). Nothing of the demo area may
 * reach that build: not in pages, feeds, open data, the manifest, the service
 * worker, the headers, the sitemap, the search index or the CMS config.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { otherAreaBuild, starterAreaBuild } from '../support/area-build';
import { filesContaining } from '../support/find-word';
import { deadLinks } from '../support/dead-links';
import { startBuiltSite, type RunningSite } from '../support/server';
import { launchBrowser } from '../support/browser';
import { axeTags } from '../support/axe';

const demoWord = 'northbridge';
let work: string;
let area: ReturnType<typeof otherAreaBuild>;
let site: RunningSite;
let browser: Browser;

beforeAll(async () => {
  area = otherAreaBuild();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'other-area-data-'));
  [site, browser] = await Promise.all([startBuiltSite({ LOCAL_OFFER_DATA_DIR: work }, path.join(area.project, 'dist')), launchBrowser()]);
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await site?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('a second area built from its own content', () => {
  it('says its own name and never the demo area’s, anywhere in the built output', () => {
    expect(fs.readFileSync(path.join(area.client, 'index.html'), 'utf8')).toContain('Riverford Local Offer');
    expect(filesContaining(path.join(area.project, 'dist'), demoWord)).toEqual([]);
  });

  it('points the feeds, open data, sitemap and editor at its own address and GitLab', () => {
    const read = (file: string) => fs.readFileSync(path.join(area.client, file), 'utf8');
    expect(read('sitemap-0.xml')).toContain('<loc>https://send.riverford.example/</loc>');
    expect(read('news/atom.xml')).toContain('https://send.riverford.example/');
    expect(read('openreferral/taxonomies.json')).toContain('"uri":"https://send.riverford.example/tier/"');
    expect(read('admin/config.yml')).toMatch(/base_url: https:\/\/code\.riverford\.example[\s\S]*site_url: https:\/\/send\.riverford\.example/);
    expect(JSON.parse(read('manifest.webmanifest')).name).toBe('Riverford Local Offer');
  });

  it("links only to pages it has (the starter EHC journey and the schools pages point at starter pages, not the demo's services)", () => {
    expect([...deadLinks(area.client)].map(([target, from]) => `${target} (from ${from.slice(0, 3).join(', ')})`)).toEqual([]);
    expect(fs.readFileSync(path.join(area.client, 'ehc-journey/index.html'), 'utf8')).toContain('href="/information/ehc-needs-assessment/"');
    expect(fs.readFileSync(path.join(area.client, 'schools/millbrook-infant-school/index.html'), 'utf8')).toContain(
      'href="/information/ordinarily-available-provision/"',
    );
  });

  it('is valid HTML on every built page (drafts, empty lists and all)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    const pages = fs.readdirSync(area.client, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
    expect(pages.length).toBeGreaterThan(30);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(fs.readFileSync(path.join(area.client, page), 'utf8'), page);
      for (const r of report.results) for (const m of r.messages) problems.push(`${page} line ${m.line}: ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it("says the council's own wording where its settings give one", async () => {
    expect(fs.readFileSync(path.join(area.client, 'you-said-we-did/index.html'), 'utf8')).toContain(
      'What families in Riverford told Riverford Borough Council, and what changed because of it.',
    );
    // Interface text too, on pages built ahead and drawn on request, with the footer's links where the council put them.
    const footer =
      'Talk to us: email <a href="mailto:send.localoffer@example.org">send.localoffer@example.org</a> or phone <a href="tel:01632960700">01632 960700</a> (Monday to Thursday, 8:30am to 5pm, Friday 8:30am to 4:30pm).';
    for (const html of [
      fs.readFileSync(path.join(area.client, 'index.html'), 'utf8'),
      await (await fetch(`${site.origin}/surveys/family-voice-survey/`)).text(),
    ]) {
      expect(html).toContain('<a href="/glossary/">Words explained</a>');
      expect(html).not.toContain('Jargon buster');
      expect(html).toContain(footer);
    }
  });

  it('names its own forum where families are told how to give views', async () => {
    const html = await (await fetch(`${site.origin}/surveys/`)).text();
    expect(html).toContain('<a href="/services/riverford-family-voice/">Riverford Family Voice</a>');
  });

  it('answers on-demand pages and headers without the demo area’s name', async () => {
    for (const route of [
      '/search/?q=speech',
      '/admin/review/',
      '/officer/',
      '/officer/sign-in/',
      '/my-list/',
      '/api/openreferral/services',
      '/api/openreferral/services?per_page=1',
      '/surveys/family-voice-survey/',
      '/healthz',
    ]) {
      const response = await fetch(site.origin + route, { redirect: 'manual' });
      const headers = [...response.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
      expect(`${headers}\n${await response.text()}`, route).not.toMatch(new RegExp(demoWord, 'i'));
    }
  });

  it('shows its unfinished statutory pages as drafts that say what is missing', async () => {
    const html = await (await fetch(`${site.origin}/information/complaints-mediation-and-tribunal/`)).text();
    expect(html).toContain('This page is not finished.');
    expect(html).toContain('Riverford Borough Council still has to add:');
  });

  it('lists everything left to write in the review queue', async () => {
    const html = await (await fetch(`${site.origin}/admin/review/`)).text();
    const section = html.slice(html.indexOf('id="to-write-heading"'));
    for (const item of [
      'Accessibility statement for this website',
      'Privacy notice for this website',
      'Complaints, mediation and tribunal',
      'Jargon buster',
      'Events',
      'You said, we did',
    ])
      expect(section, item).toContain(`>${item}</a>`);
    // The fixture's settings are complete, and it has services.
    expect(section).not.toContain('>Site settings</a>');
    expect(section).not.toContain('>Services</a>');
  });

  it('has no axe violations on its home, draft, empty-list and review pages', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const problems: string[] = [];
    // A few pages of each new kind (drafts, empty lists, the queue): the whole-site sweep covers the rest on the demo.
    const paths = [
      '/',
      '/information/privacy-notice/',
      '/you-said-we-did/',
      '/dashboard/',
      '/admin/review/',
      '/ehc-journey/',
      '/schools/',
      '/schools/millbrook-infant-school/',
    ];
    for (const p of paths) {
      await page.goto(site.origin + p);
      const results = await new AxeBuilder({ page })
        .withTags(axeTags)
        .options({ resultTypes: ['violations'] })
        .analyze();
      for (const v of results.violations)
        problems.push(
          `${p}: ${v.id} – ${v.help} – ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
        );
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});

describe('a starter area straight from npm run new-area, with nothing added', () => {
  let starter: ReturnType<typeof starterAreaBuild>;
  let starterSite: RunningSite;
  let starterData: string;
  beforeAll(async () => {
    starter = starterAreaBuild();
    starterData = fs.mkdtempSync(path.join(os.tmpdir(), 'starter-area-data-'));
    starterSite = await startBuiltSite({ LOCAL_OFFER_DATA_DIR: starterData }, path.join(starter.project, 'dist'));
  }, 240_000);
  afterAll(async () => {
    await starterSite?.stop();
    if (starterData) fs.rmSync(starterData, { recursive: true, force: true });
  });

  it('builds with no services, organisations, schools or surveys, names no demo area, and links only to its own pages', () => {
    expect(fs.readFileSync(path.join(starter.client, 'index.html'), 'utf8')).toContain('Your area Local Offer');
    expect(fs.existsSync(path.join(starter.client, 'pagefind/pagefind.js'))).toBe(true);
    expect(filesContaining(path.join(starter.project, 'dist'), demoWord)).toEqual([]);
    expect([...deadLinks(starter.client)].map(([target, from]) => `${target} (from ${from.slice(0, 3).join(', ')})`)).toEqual([]);
  });

  it('searches without JavaScript and says nothing was found, rather than failing', async () => {
    const response = await fetch(`${starterSite.origin}/search/?q=speech`);
    expect(response.status).toBe(200);
    // The "nothing found" box is drawn without its hidden attribute.
    expect(await response.text()).toMatch(/id="search-no-results">/);
  });

  it('lists in the review queue the settings still at their starter values and every empty collection', async () => {
    const html = await (await fetch(`${starterSite.origin}/admin/review/`)).text();
    const section = html.slice(html.indexOf('id="to-write-heading"'));
    for (const item of ['Site settings', 'Services', 'Organisations', 'Schools, nurseries and colleges', 'Privacy notice for this website'])
      expect(section, item).toContain(`>${item}</a>`);
    for (const setting of [
      'The council&#39;s name',
      'The Local Offer team&#39;s phone number',
      '(Site address)',
      '(Parent carer forum)',
      '(Where the editor saves)',
    ])
      expect(section, setting).toContain(setting);
  });

  it('is valid HTML on every built page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    const problems: string[] = [];
    for (const page of fs.readdirSync(starter.client, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))) {
      const report = await validator.validateString(fs.readFileSync(path.join(starter.client, page), 'utf8'), page);
      for (const r of report.results) for (const m of r.messages) problems.push(`${page} line ${m.line}: ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('has no axe violations on its empty lists and search', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const p of ['/', '/services/', '/schools/', '/surveys/', '/search/?q=speech', '/events/', '/admin/review/']) {
      await page.goto(starterSite.origin + p);
      const results = await new AxeBuilder({ page })
        .withTags(axeTags)
        .options({ resultTypes: ['violations'] })
        .analyze();
      for (const v of results.violations)
        problems.push(
          `${p}: ${v.id} – ${v.help} – ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
        );
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
