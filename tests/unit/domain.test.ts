import { describe, expect, it } from 'vitest';
import { ageBandsFor, describeAgeRange, servesAgeBand } from '../../src/lib/age-bands';
import { daysOverdue, formatDate, isOutOfDate } from '../../src/lib/review';
import { describeDays, describeTime, telHref } from '../../src/lib/schedule';
import { groupByTier } from '../../src/lib/tiers';
import { renderMarkdown } from '../../src/lib/markdown';

describe('age bands', () => {
  it('puts a 5 to 11 service in primary only, not early years', () => {
    expect(ageBandsFor({ min: 5, max: 11 })).toEqual(['primary', 'secondary']);
    expect(servesAgeBand({ min: 5, max: 11 }, 'early-years')).toBe(false);
  });
  it('puts a 0 to 25 service in every band', () => {
    expect(ageBandsFor({ min: 0, max: 25 })).toHaveLength(5);
  });
  it('counts 25-year-olds as young adults', () => {
    expect(servesAgeBand({ min: 25, max: 25 }, 'young-adults')).toBe(true);
  });
  it('describes ages the way a parent reads them', () => {
    expect(describeAgeRange({ min: 0, max: 5 })).toBe('Ages 0 to 5');
    expect(describeAgeRange({ min: 16, max: 16 })).toBe('Age 16');
  });
});

describe('review dates', () => {
  const checked = new Date('2025-11-01');
  it('is up to date for 12 months, then out of date', () => {
    expect(isOutOfDate(checked, new Date('2026-10-31'))).toBe(false);
    expect(isOutOfDate(checked, new Date('2026-11-02'))).toBe(true);
    expect(daysOverdue(checked, new Date('2026-11-11'))).toBe(10);
  });
  it('is out of date sooner when a set review date has passed', () => {
    expect(isOutOfDate(checked, new Date('2026-03-02'), new Date('2026-03-01'))).toBe(true);
  });
  it('writes dates in GOV.UK style', () => {
    expect(formatDate(new Date('2026-09-14'))).toBe('14 September 2026');
  });
});

describe('opening times', () => {
  it('joins days the way people say them', () => {
    expect(describeDays(['monday', 'tuesday', 'wednesday', 'thursday', 'friday'])).toBe('Monday to Friday');
    expect(describeDays(['thursday', 'tuesday'])).toBe('Tuesday and Thursday');
    expect(describeDays(['monday', 'wednesday', 'friday'])).toBe('Monday, Wednesday and Friday');
  });
  it('writes times in GOV.UK style', () => {
    expect(describeTime('09:30')).toBe('9:30am');
    expect(describeTime('13:00')).toBe('1pm');
    expect(describeTime('12:00')).toBe('midday');
  });
  it('makes tap-to-call links without spaces', () => {
    expect(telHref('01632 960123')).toBe('tel:01632960123');
  });
});

describe('graduated approach', () => {
  it('orders groups universal, targeted, specialist, and services A to Z within each', () => {
    const groups = groupByTier([
      { name: 'Zebra club', tier: 'specialist' as const },
      { name: 'Bumps', tier: 'universal' as const },
      { name: 'Acorns', tier: 'universal' as const },
    ]);
    expect(groups.map((g) => g.tier)).toEqual(['universal', 'targeted', 'specialist']);
    expect(groups[0].services.map((s) => s.name)).toEqual(['Acorns', 'Bumps']);
    expect(groups[1].services).toEqual([]);
  });
});

describe('Markdown from editors', () => {
  it('drops scripts and event handlers but keeps ordinary formatting', () => {
    const html = renderMarkdown('Hello **there**\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[Link](javascript:alert(3))');
    expect(html).toContain('<strong>there</strong>');
    expect(html).not.toMatch(/<script|onerror|javascript:|<img/i);
  });
  it('keeps the page title as the only top-level heading', () => {
    expect(renderMarkdown('# Big heading')).toBe('<h2>Big heading</h2>\n');
  });
});
