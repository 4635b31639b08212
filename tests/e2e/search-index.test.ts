import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';

// `npm run build` is `astro build && pagefind`: one step, so the index can
// never be missing or older than the pages. These checks fail if it is.
const pagefindDir = 'dist/client/pagefind';
const openServices = () =>
  fs
    .readdirSync('content/services')
    .filter((f) => f.endsWith('.md'))
    .filter((f) => /^status: (active|temporarily closed)$/m.test(fs.readFileSync(path.join('content/services', f), 'utf8'))).length;

/** Pagefind's stored data for one page (fragments are gzipped JSON after a short signature). */
function fragmentFor(url: string): { filters: Record<string, string[]>; meta: Record<string, string>; content: string } {
  for (const file of fs.readdirSync(path.join(pagefindDir, 'fragment'))) {
    const text = zlib.gunzipSync(fs.readFileSync(path.join(pagefindDir, 'fragment', file))).toString('utf8');
    const json = JSON.parse(text.slice(text.indexOf('{')));
    if (json.url === url) return json;
  }
  throw new Error(`${url} is not in the search index`);
}

describe('the search index built with the site', () => {
  it('exists and holds every service families can use (closed ones are left out)', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(pagefindDir, 'pagefind-entry.json'), 'utf8'));
    const pages = Object.values(entry.languages as Record<string, { page_count: number }>)[0].page_count;
    expect(pages).toBe(openServices());
    expect(fs.existsSync(path.join(pagefindDir, 'pagefind.js'))).toBe(true);
  });

  it('knows each service’s tier, need, age band, cost, topic and how to get it, for the filters', () => {
    const { filters, meta } = fragmentFor('/services/chatterbox-speech-and-language-drop-in/');
    expect(filters).toEqual({
      tier: ['universal'],
      need: ['communication-interaction'],
      age: ['early-years', 'primary'],
      cost: ['free'],
      topic: expect.arrayContaining(['health']),
      access: ['self-referral'],
    });
    expect(meta).toMatchObject({
      title: 'Chatterbox speech and language drop-in',
      tier: 'universal',
      ages: 'Ages 0 to 5',
      cost: 'free',
      route: 'self-referral',
    });
    expect(meta.summary).toMatch(/drop-in/);
  });

  it('indexes a service’s keywords and leaves out the site header and footer, contact details and opening times', () => {
    const { content } = fragmentFor('/services/back-to-school-together-ebsa-support/');
    expect(content).toContain('school refusal');
    expect(content).not.toContain('Skip to main content');
    expect(content).not.toContain('Cannot find what you need');
    expect(content).not.toContain('backtoschool@example.org');
    expect(content).not.toContain('Parent advice line by phone');
  });

  it('ships the vocabulary browsers correct typos with, and the information pages search lists', () => {
    const vocabulary = JSON.parse(fs.readFileSync('dist/client/search-vocabulary.json', 'utf8'));
    expect(vocabulary.words).toContain('autism');
    expect(vocabulary.groups.map((g: { canonical: string }) => g.canonical)).toContain('short breaks');
    const guides = JSON.parse(fs.readFileSync('dist/client/search-guides.json', 'utf8'));
    expect(guides.map((g: { url: string }) => g.url)).toContain('/information/short-breaks/');
  });
});
