import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryTermSchema } from '../../src/schemas/glossary-term';
import { eventSchema } from '../../src/schemas/event';
import { newsPostSchema } from '../../src/schemas/news-post';
import { newsletterIssueSchema } from '../../src/schemas/newsletter-issue';
import { siteSettingsSchema } from '../../src/schemas/site-settings';
import { explainedNames, glossarySynonymGroups, isAcronym } from '../../src/lib/glossary';
import { splitEvents } from '../../src/lib/events';
import { londonTimeOfDay } from '../../src/lib/london-time';
import { gatherIssue } from '../../src/lib/newsletter';
import { readMarkdownFolder } from './read-content';
import { load } from 'js-yaml';

// The demo area must show every part of the jargon buster, events and news
// working: enough terms to be useful, events either side of the build date,
// and newsletter issues with something in them.
const parseAll = <T>(
  folder: string,
  schema: { safeParse: (d: unknown) => { success: boolean; data?: T; error?: { issues: { path: PropertyKey[]; message: string }[] } } },
) =>
  readMarkdownFolder(folder).map((f) => {
    const parsed = schema.safeParse(f.data);
    if (!parsed.success) throw new Error(`${f.file}: ${parsed.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return { ...(parsed.data as T), slug: f.slug, body: f.body, file: f.file };
  });

const glossary = parseAll('content/glossary', glossaryTermSchema);
const events = parseAll('content/events', eventSchema);
const news = parseAll('content/news', newsPostSchema);
const issues = parseAll('content/newsletters', newsletterIssueSchema);
const buildDay = new Date('2026-11-23T12:00:00Z');

describe('the jargon buster content', () => {
  it('explains at least 40 terms', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(40);
  });

  it('explains every acronym and term the shared domain notes say a glossary must', () => {
    const known = new Set(glossary.flatMap((g) => [g.term, ...g.alsoKnownAs].map((w) => w.toLowerCase())));
    const mustExplain = [
      'SEND',
      'SEN',
      'EHCP',
      'EHC needs assessment',
      'SENCo',
      'SENDIASS',
      'IASS',
      'LA',
      'CAMHS',
      'MHST',
      'SALT',
      'SLT',
      'OT',
      'EBSA',
      'ASD',
      'ASC',
      'ADHD',
      'SpLD',
      'SEMH',
      'PfA',
      'EOTAS',
      'AP',
      'OAP',
      'DLA',
      'PIP',
      'PCF',
      'EHA',
      'annual review',
      'personal budget',
      'tribunal',
      'mediation',
      'graduated approach',
    ];
    expect(mustExplain.filter((w) => !known.has(w.toLowerCase()))).toEqual([]);
  });

  it('gives each acronym and name to one term only, so a page never explains it two ways', () => {
    const owners = new Map<string, string[]>();
    for (const g of glossary) for (const name of explainedNames(g)) owners.set(name.toLowerCase(), [...(owners.get(name.toLowerCase()) ?? []), g.slug]);
    expect([...owners].filter(([, slugs]) => new Set(slugs).size > 1)).toEqual([]);
  });

  it('links only to pages that exist', () => {
    const exists = (href: string) => {
      const [, kind, slug] = href.match(/^\/([a-z-]+)\/([a-z0-9-]+)\/$/) ?? [];
      const folder = { information: 'pages', services: 'services', events: 'events', news: 'news' }[kind];
      return href.startsWith('https://') || (folder !== undefined && fs.existsSync(`content/${folder}/${slug}.md`));
    };
    const broken = glossary.flatMap((g) => g.related.filter((r) => !exists(r.href)).map((r) => `${g.file}: ${r.href}`));
    expect(broken).toEqual([]);
  });

  it('feeds search one synonym group per term, with acronyms and everyday words', () => {
    const groups = glossarySynonymGroups(glossary);
    expect(groups).toHaveLength(glossary.length);
    expect(groups.find((g) => g.canonical === 'Emotionally based school avoidance')!.words).toEqual(expect.arrayContaining(['EBSA', 'school refusal']));
    expect(groups.every((g) => g.words.length > 0)).toBe(true);
    expect(glossary.some((g) => g.alsoKnownAs.some(isAcronym))).toBe(true);
  });
});

describe('the events content', () => {
  it('has Local Offer days, co-production, coffee mornings and training, some past and some upcoming', () => {
    for (const kind of ['local-offer-day', 'co-production', 'coffee-morning', 'training'])
      expect(
        events.some((e) => e.kind === kind),
        kind,
      ).toBe(true);
    const { upcoming, past } = splitEvents(events, buildDay);
    expect(upcoming.length).toBeGreaterThanOrEqual(5);
    expect(past.length).toBeGreaterThanOrEqual(3);
  });

  it('includes an online event, one you must book and one you can just turn up to, and one in British Summer Time', () => {
    expect(events.some((e) => e.online && !e.venue)).toBe(true);
    expect(events.some((e) => e.booking.required)).toBe(true);
    expect(events.some((e) => !e.booking.required)).toBe(true);
    expect(events.some((e) => londonTimeOfDay(e.start) !== e.start.toISOString().slice(11, 16))).toBe(true);
  });

  it('names organisers that exist', () => {
    for (const e of events) expect(fs.existsSync(`content/organisations/${e.organiser}.md`), `${e.file} → ${e.organiser}`).toBe(true);
  });
});

describe('the news and newsletter content', () => {
  it('has news posts and issues that each gather at least one post and one event', () => {
    expect(news.length).toBeGreaterThanOrEqual(5);
    expect(issues.length).toBeGreaterThanOrEqual(2);
    for (const issue of issues) {
      const contents = gatherIssue(issue, issues, { news, events, youSaidWeDid: [] });
      expect(contents.news.length, issue.file).toBeGreaterThan(0);
      expect(contents.events.length, issue.file).toBeGreaterThan(0);
    }
  });

  it('has a newsletter sign-up link in the site settings', () => {
    const settings = siteSettingsSchema.parse(load(fs.readFileSync('content/settings/site.yaml', 'utf8')));
    expect(settings.newsletterSignUpUrl).toMatch(/^https:\/\/.+\.example\//);
  });

  it('uses only fictional contact details: Ofcom drama phone numbers, example.org emails and .example websites', () => {
    const files = [...events, ...news, ...glossary, ...issues].map((f) => ({ file: f.file, text: fs.readFileSync(f.file, 'utf8') }));
    for (const { file, text } of files) {
      for (const phone of text.match(/\b0\d{3,4} ?\d{3} ?\d{3,4}\b/g) ?? [])
        expect(phone.replace(/\s/g, ''), `${file} phone ${phone}`).toMatch(/^01632960\d{3}$/);
      for (const email of text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []) expect(email, file).toMatch(/@example\.org$/);
      for (const site of text.match(/https?:\/\/[^\s)"']+/g) ?? []) expect(new URL(site).hostname, file).toMatch(/\.example$/);
    }
  });
});
