import { describe, expect, it } from 'vitest';
import { isReadyToPublish, serviceSchema, type Service } from '../../src/schemas/service';
import { organisationSchema } from '../../src/schemas/organisation';
import { tiers } from '../../src/data/tiers';
import { needAreas } from '../../src/data/needs';
import { ageBands } from '../../src/data/age-bands';
import { topics } from '../../src/data/topics';
import { adulthoodOutcomes } from '../../src/data/adulthood';
import { servesAgeBand } from '../../src/lib/age-bands';
import { isOutOfDate } from '../../src/lib/review';
import { readMarkdownFolder } from './read-content';

// The Northbridge demo area must let a parent, navigator or tester try every
// route through the site, so these tests check coverage, not just validity.
const serviceFiles = readMarkdownFolder('content/services');
const organisationFiles = readMarkdownFolder('content/organisations');
const services: (Service & { slug: string })[] = serviceFiles.map((f) => {
  const parsed = serviceSchema.safeParse(f.data);
  if (!parsed.success) throw new Error(`${f.file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (!isReadyToPublish(parsed.data)) throw new Error(`${f.file}: demo services must be complete, not waiting for a navigator`);
  return { ...parsed.data, slug: f.slug };
});
const buildDay = new Date('2026-11-23');

describe('Northbridge demo content', () => {
  it('has at least 60 services and 10 organisations, all valid', () => {
    expect(services.length).toBeGreaterThanOrEqual(60);
    for (const f of organisationFiles) expect(organisationSchema.safeParse(f.data).success, f.file).toBe(true);
    expect(organisationFiles.length).toBeGreaterThanOrEqual(10);
  });

  it('gives every service a unique id and an organisation that exists', () => {
    const orgSlugs = new Set(organisationFiles.map((o) => o.slug));
    expect(new Set(services.map((s) => s.id)).size).toBe(services.length);
    for (const s of services) expect(orgSlugs.has(s.organisation), `${s.slug} → ${s.organisation}`).toBe(true);
  });

  it('covers every tier for every area of need', () => {
    for (const tier of tiers)
      for (const need of needAreas)
        expect(
          services.some((s) => s.tier === tier && s.needs.includes(need)),
          `${tier} × ${need}`,
        ).toBe(true);
  });

  it('covers every age band, Schedule 2 topic and Preparing for Adulthood outcome', () => {
    for (const band of ageBands)
      expect(
        services.some((s) => servesAgeBand(s.ageRange, band)),
        band,
      ).toBe(true);
    for (const topic of topics)
      expect(
        services.some((s) => s.topics.includes(topic)),
        topic,
      ).toBe(true);
    for (const outcome of adulthoodOutcomes)
      expect(
        services.some((s) => s.adulthoodOutcomes.includes(outcome)),
        outcome,
      ).toBe(true);
  });

  it('includes some services that are closed and some that are past their review date', () => {
    expect(services.filter((s) => s.status !== 'active').length).toBeGreaterThanOrEqual(2);
    expect(services.filter((s) => isOutOfDate(s.lastReviewed, buildDay, s.nextReviewDue)).length).toBeGreaterThanOrEqual(3);
  });

  it('uses only fictional contact details: Ofcom drama phone numbers and example.org emails', () => {
    const all = [...serviceFiles, ...organisationFiles].map((f) => ({ file: f.file, text: JSON.stringify(f.data) + f.body }));
    for (const { file, text } of all) {
      for (const phone of text.match(/\b0\d{3,4} ?\d{3} ?\d{3,4}\b/g) ?? [])
        expect(phone.replace(/\s/g, ''), `${file} phone ${phone}`).toMatch(/^01632960\d{3}$/);
      for (const email of text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []) expect(email, `${file}`).toMatch(/@example\.org$/);
    }
  });
});
