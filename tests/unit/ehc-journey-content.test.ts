import fs from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ehcJourneySchema } from '../../src/schemas/ehc-journey';
import { stepIds } from '../../src/lib/ehc-timeline/steps';
import { parseSavedDates } from '../../src/ehc-timeline/saved-dates';
import { withLetter } from '../../src/ehc-timeline/letters';

const raw = load(fs.readFileSync('content/ehc-journey/guide.yaml', 'utf8')) as Record<string, unknown>;

/** Whether a site path is a page the build makes from content or a route file. */
function pageExists(href: string): boolean {
  const [, section, slug] = href.split('/');
  if (section === 'services') return fs.existsSync(`content/services/${slug}.md`);
  if (section === 'information') return fs.existsSync(`content/pages/${slug}.md`);
  return fs.existsSync(`src/pages/${section}`) || fs.existsSync(`src/pages/${section}.astro`);
}

describe('the EHC journey words (content/ehc-journey/guide.yaml)', () => {
  it('are valid and have wording for every step', () => {
    const parsed = ehcJourneySchema.safeParse(raw);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    expect(new Set((raw.steps as { id: string }[]).map((s) => s.id))).toEqual(new Set(stepIds));
  });

  it('fail with a clear message when a step is missing or doubled', () => {
    const steps = raw.steps as { id: string }[];
    const missing = ehcJourneySchema.safeParse({ ...raw, steps: steps.slice(1) });
    expect(missing.error?.issues.map((i) => i.message)).toContain('add the wording for step "decide-whether-to-assess": the page needs every step');
    const doubled = ehcJourneySchema.safeParse({ ...raw, steps: [...steps, steps[0]] });
    expect(doubled.error?.issues.map((i) => i.message)).toContain('step "decide-whether-to-assess" is here twice: keep one');
  });

  it('link only to pages that exist on the site', () => {
    const links = (raw.steps as { help?: { href: string }[] }[]).flatMap((s) => s.help ?? []).map((l) => l.href);
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((href) => !pageExists(href))).toEqual([]);
  });

  it('leave the numbers to the code: no time limits written into the words that could drift from the law', () => {
    const steps = raw.steps as { whatHappens: string; ifLate: string; title: string }[];
    const text = steps.map((s) => `${s.title} ${s.whatHappens} ${s.ifLate}`).join(' ');
    expect(text).not.toMatch(/\b(6|16|20) weeks\b/);
  });
});

describe('dates kept on the phone', () => {
  it('read back what was saved, and drop only what is damaged', () => {
    const saved = {
      journey: 'assessment' as const,
      assessment: { journey: 'assessment' as const, requestReceived: '2026-01-05', decisionToAssess: { date: '2026-02-10', outcome: 'assess' as const } },
    };
    expect(parseSavedDates(JSON.stringify(saved))).toEqual(saved);
    expect(parseSavedDates(JSON.stringify({ ...saved, assessment: { ...saved.assessment, draftPlan: '2026-02-30', finalPlan: 'soon' } }))).toEqual(saved);
    expect(parseSavedDates('{not json')).toBeUndefined();
    expect(parseSavedDates(JSON.stringify({ assessment: { requestReceived: '2026-13-01' } }))).toBeUndefined();
  });

  it('record a letter and take it away again', () => {
    const start = { journey: 'assessment' as const, requestReceived: '2026-01-05' };
    const withDraft = withLetter(start, 'assessment-and-draft', '2026-04-20', 'draft');
    expect(withDraft).toEqual({ ...start, draftPlan: '2026-04-20' });
    expect(withLetter(withDraft, 'assessment-and-draft', '2026-04-22', 'no-plan')).toEqual({ ...start, noPlan: '2026-04-22' });
    expect(withLetter(withDraft, 'assessment-and-draft', undefined)).toEqual(start);
  });
});
