import { describe, expect, it } from 'vitest';
import { barRows, stackedSegments, wrapWords } from '../../src/lib/chart-layout';

describe('chart labels', () => {
  it('wrap between words so they fit a 320 px phone', () => {
    expect(wrapWords('Hearing, sight, movement and physical health: 20 services', 30)).toEqual([
      'Hearing, sight, movement and',
      'physical health: 20 services',
    ]);
  });
  it('keep a long single word whole rather than cutting it', () => {
    expect(wrapWords('Supercalifragilisticexpialidocious', 10)).toEqual(['Supercalifragilisticexpialidocious']);
  });
});

describe('a stacked status bar', () => {
  it('places segments side by side and leaves out empty ones', () => {
    expect(
      stackedSegments([
        { key: 'complete', percent: 17 },
        { key: 'on-target', percent: 51 },
        { key: 'delayed', percent: 0 },
        { key: 'not-started', percent: 32 },
      ]),
    ).toEqual([
      { key: 'complete', x: 0, width: 17 },
      { key: 'on-target', x: 17, width: 51 },
      { key: 'not-started', x: 68, width: 32 },
    ]);
  });
});

describe('a bar chart', () => {
  it('makes the biggest value fill the width and shows 0 as no bar', () => {
    const { rows } = barRows([
      { label: 'Universal', value: 24 },
      { label: 'Targeted', value: 12 },
      { label: 'Specialist', value: 0 },
    ]);
    expect(rows.map((r) => r.width)).toEqual([100, 50, 0]);
  });
  it('scales to a total when asked, so two shares read as parts of a whole', () => {
    const { rows } = barRows([{ label: 'Up to date', value: 3 }], { max: 4 });
    expect(rows[0].width).toBe(75);
  });
  it('stacks rows without overlap, making room for wrapped labels', () => {
    const { rows, height } = barRows([
      { label: 'A label long enough to need two lines here', value: 1 },
      { label: 'Short', value: 2 },
    ]);
    expect(rows[0].lines).toHaveLength(2);
    expect(rows[1].lineY[0]).toBeGreaterThan(rows[0].barY + 16);
    expect(height).toBeGreaterThan(rows[1].barY + 16);
  });
});
