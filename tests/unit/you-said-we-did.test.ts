import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { youSaidWeDidSchema } from '../../src/schemas/you-said-we-did';
import { youSaidWeDidStatuses, youSaidWeDidThemes } from '../../src/data/you-said-we-did';
import { findPersonalDetails } from '../../src/lib/personal-details';
import { annualReport, filterEntries, filterPath, groupByMonth, monthKey, reportYears, type YouSaidWeDidEntry } from '../../src/lib/you-said-we-did';
import { readYamlFolder } from './read-yaml';

const files = readYamlFolder('content/you-said-we-did');
const entries: YouSaidWeDidEntry[] = files.map((f) => {
  const parsed = youSaidWeDidSchema.safeParse(f.data);
  if (!parsed.success) throw new Error(`${f.file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return { ...parsed.data, slug: f.slug };
});

const valid = {
  date: '2026-05-06',
  theme: 'health',
  source: 'navigators',
  title: 'Speech advice without a referral',
  youSaid: 'Parents of toddlers said they were told to wait for a referral.',
  weDid: 'Drop-ins now run every week at every family hub.',
  status: 'done',
};

describe('the Northbridge "you said, we did" demo log', () => {
  it('covers every month from December 2025 to November 2026 with several entries each', () => {
    const months = new Map<string, number>();
    for (const e of entries) months.set(monthKey(e.date), (months.get(monthKey(e.date)) ?? 0) + 1);
    const expected = ['2025-12', ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)];
    for (const month of expected) expect(months.get(month) ?? 0, month).toBeGreaterThanOrEqual(3);
  });

  it('uses every theme and every status, with recent work more often still in progress', () => {
    for (const theme of youSaidWeDidThemes)
      expect(
        entries.some((e) => e.theme === theme),
        theme,
      ).toBe(true);
    for (const status of youSaidWeDidStatuses)
      expect(
        entries.some((e) => e.status === status),
        status,
      ).toBe(true);
    const unfinishedShare = (list: YouSaidWeDidEntry[]) => list.filter((e) => e.status !== 'done').length / list.length;
    const older = entries.filter((e) => e.date < new Date('2026-06-01'));
    const newer = entries.filter((e) => e.date >= new Date('2026-06-01'));
    expect(unfinishedShare(newer)).toBeGreaterThan(unfinishedShare(older));
  });

  it('says when unfinished work is expected', () => {
    for (const e of entries.filter((x) => x.status !== 'done')) expect(e.expected, e.slug).toBeTruthy();
  });

  it('names each file after the month it was published', () => {
    for (const e of entries) expect(e.slug.startsWith(monthKey(e.date)), e.slug).toBe(true);
  });

  it('links only to pages that exist', () => {
    const services = new Set(fs.readdirSync('content/services').map((f) => `/services/${f.replace(/\.md$/, '')}/`));
    const pages = new Set(fs.readdirSync('content/pages').map((f) => `/information/${f.replace(/\.md$/, '')}/`));
    const site = new Set(['/age/', '/services/', '/information/', '/surveys/']);
    for (const e of entries)
      for (const link of e.changed) expect(services.has(link.href) || pages.has(link.href) || site.has(link.href), `${e.slug} → ${link.href}`).toBe(true);
  });
});

describe('publishing personal details', () => {
  const issues = (data: object) => {
    const result = youSaidWeDidSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('stops an entry that contains an email address, naming the field', () => {
    expect(issues({ ...valid, youSaid: 'A parent (jo.bloggs@example.org) said the page was confusing.' })).toEqual([
      'youSaid: contains what looks like an email address: remove personal details before publishing',
    ]);
  });

  it('stops an entry that contains a phone number written in any common way', () => {
    for (const phone of ['01632 960123', '(01632) 960-123', '07700 900123', '+44 7700 900123', '+44 (0)1632 960123', '0163296012'])
      expect(issues({ ...valid, weDid: `We called the parent back on ${phone} to explain.` }), phone).toEqual([
        'weDid: contains what looks like a phone number: remove personal details before publishing',
      ]);
  });

  it('lets through numbers that are not phone numbers', () => {
    for (const text of [
      'Waits fell from 11 weeks to 3.',
      '24 of 41 schools, 2025 to 2026.',
      'Items under £150, for 16 to 25 year olds.',
      'In 2026-27 we will add 30 places.',
    ])
      expect(findPersonalDetails(text), text).toEqual([]);
  });

  it('finds none in the published demo entries', () => {
    for (const e of entries) expect(findPersonalDetails(`${e.title} ${e.youSaid} ${e.weDid} ${e.expected ?? ''}`), e.slug).toEqual([]);
  });

  it('refuses fields the log does not have, so a typo in the CMS is not silently lost', () => {
    expect(issues({ ...valid, wedid: 'typo' }).join()).toMatch(/wedid/);
  });
});

describe('grouping, filtering and the yearly report', () => {
  it('groups entries by month, newest month first', () => {
    const groups = groupByMonth(entries);
    expect(groups[0].label).toBe('November 2026');
    expect(groups.at(-1)!.label).toBe('December 2025');
    expect(groups.map((g) => g.key)).toEqual([...groups.map((g) => g.key)].sort().reverse());
  });

  it('filters by theme and status together', () => {
    const health = filterEntries(entries, { theme: 'health', status: 'done' });
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((e) => e.theme === 'health' && e.status === 'done')).toBe(true);
    expect(filterEntries(entries, {})).toHaveLength(entries.length);
  });

  it('gives each filter combination its own static address', () => {
    expect(filterPath({})).toBe('/you-said-we-did/');
    expect(filterPath({ theme: 'transport' })).toBe('/you-said-we-did/theme/transport/');
    expect(filterPath({ status: 'planned' })).toBe('/you-said-we-did/status/planned/');
    expect(filterPath({ theme: 'transport', status: 'planned' })).toBe('/you-said-we-did/theme/transport/planned/');
  });

  it('makes one report a year whose counts add up', () => {
    expect(reportYears(entries)).toEqual([2026, 2025]);
    const report = annualReport(entries, 2026);
    const total = report.entries.length;
    expect(total).toBe(entries.filter((e) => e.date.getUTCFullYear() === 2026).length);
    expect(report.byTheme.reduce((n, t) => n + t.entries.length, 0)).toBe(total);
    expect(Object.values(report.statuses).reduce((a, b) => a + b, 0)).toBe(total);
    expect(Object.values(report.sources).reduce((a, b) => a + b, 0)).toBe(total);
    expect(report.firstMonth).toBe('January 2026');
    expect(report.lastMonth).toBe('November 2026');
  });
});
