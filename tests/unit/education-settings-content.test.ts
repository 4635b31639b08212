import { describe, expect, it } from 'vitest';
import { settingSchema, type EducationSetting } from '../../src/schemas/education-setting';
import { settingStages } from '../../src/data/education-settings';
import { settingStagesFor } from '../../src/lib/education-settings';
import { readMarkdownFolder } from './read-content';

// The Northbridge education estate must let a parent try every filter and
// every kind of page the Local Offer must publish (Schedule 2 paragraphs 1 and 2).
const files = readMarkdownFolder('content/schools');
const serviceSlugs = new Set(readMarkdownFolder('content/services').map((f) => f.slug));
const settings: (EducationSetting & { slug: string })[] = files.map((f) => {
  const parsed = settingSchema.safeParse(f.data);
  if (!parsed.success) throw new Error(`${f.file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { ...parsed.data, slug: f.slug };
});
const count = (test: (s: EducationSetting) => boolean) => settings.filter(test).length;

describe('Northbridge schools, nurseries and colleges', () => {
  it('has at least 30 settings with unique ids and URNs', () => {
    expect(settings.length).toBeGreaterThanOrEqual(30);
    expect(new Set(settings.map((s) => s.id)).size).toBe(settings.length);
    const urns = settings.flatMap((s) => (s.urn ? [s.urn] : []));
    expect(new Set(urns).size).toBe(urns.length);
  });

  it('has every kind the issue lists', () => {
    expect(count((s) => s.phase === 'early-years')).toBeGreaterThanOrEqual(3);
    expect(count((s) => s.kind === 'mainstream' && s.phase === 'primary')).toBeGreaterThanOrEqual(5);
    expect(count((s) => s.kind === 'mainstream' && s.phase === 'secondary')).toBeGreaterThanOrEqual(3);
    expect(count((s) => s.phase === 'all-through' && s.kind === 'mainstream')).toBeGreaterThanOrEqual(1);
    expect(count((s) => s.kind === 'special-school')).toBeGreaterThanOrEqual(2);
    expect(count((s) => s.inclusionBase !== undefined)).toBeGreaterThanOrEqual(3);
    expect(count((s) => s.establishmentType === 'Pupil referral unit')).toBe(1);
    expect(count((s) => s.kind === 'further-education')).toBeGreaterThanOrEqual(1);
    expect(count((s) => s.kind === 'specialist-post-16')).toBeGreaterThanOrEqual(1);
    expect(count((s) => s.outsideArea !== undefined && s.kind === 'independent-specialist')).toBeGreaterThanOrEqual(2);
  });

  it('fills every stage filter', () => {
    for (const stage of settingStages)
      expect(
        count((s) => settingStagesFor(s).includes(stage)),
        stage,
      ).toBeGreaterThan(0);
  });

  it('gives every setting a SENCo contact, a SEN information report and answers, and links only to services that exist', () => {
    for (const s of settings) {
      expect(s.senco, s.slug).toBeDefined();
      expect(s.senInformationReport, s.slug).toBeDefined();
      expect(Object.values(s.answers ?? {}).filter(Boolean).length, s.slug).toBeGreaterThanOrEqual(8);
      for (const service of s.services) expect(serviceSlugs.has(service), `${s.slug} → ${service}`).toBe(true);
    }
  });

  it('uses only fictional contact details and job titles, never names', () => {
    for (const f of files) {
      const text = JSON.stringify(f.data);
      for (const phone of text.match(/\b0\d{3,4} ?\d{3} ?\d{3,4}\b/g) ?? []) expect(phone.replace(/\s/g, ''), `${f.file} ${phone}`).toMatch(/^01632960\d{3}$/);
      for (const email of text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []) expect(email, f.file).toMatch(/@example\.org$/);
      // A title such as "Mrs" followed by a capitalised word is how a head's or SENCo's name slips in.
      expect(text, f.file).not.toMatch(/\b(Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][a-z]+/);
    }
  });
});

describe('the setting schema', () => {
  const valid = settingSchema.parse(files.find((f) => f.slug === 'oakfield-school')!.data);
  it('refuses an inclusion base on a special school', () => {
    const r = settingSchema.safeParse({ ...valid, inclusionBase: { type: 'sen-unit', needs: ['autism'] } });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.message)).toContain('only a mainstream setting can have an inclusion base');
  });
  it('refuses a special school that offers places through admissions', () => {
    const r = settingSchema.safeParse({ ...valid, placeRoute: 'school-admissions' });
    expect(r.error!.issues[0].path).toEqual(['placeRoute']);
  });
  it('lets an imported setting leave the SENCo and answers empty only while a review note names them', () => {
    const { senco: _s, answers: _a, ...rest } = valid;
    expect(settingSchema.safeParse(rest).error!.issues.map((i) => i.path[0])).toEqual(['senco', 'answers']);
    const noted = {
      ...rest,
      reviewNotes: [
        { field: 'senco', note: 'Not in GIAS: ask the school.' },
        { field: 'answers', note: 'Not in GIAS: ask the school.' },
      ],
    };
    expect(settingSchema.safeParse(noted).success).toBe(true);
  });
});
