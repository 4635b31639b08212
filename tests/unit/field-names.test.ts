import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { fieldNames } from '../../src/schemas/review-notes';
import { serviceFields, serviceSchema } from '../../src/schemas/service';
import { mustBeOneOf } from '../../src/schemas/shared';
import { tiers } from '../../src/data/tiers';

// Lists that used to be kept by hand beside the schemas now come from them.
describe('the fields a review note can name', () => {
  it('are the shape’s, in file order, less the ones left out, with the body after the field it follows', () => {
    const shape = z.strictObject({ id: z.string(), name: z.string(), summary: z.string(), video: z.string(), keywords: z.string() }).shape;
    expect(fieldNames(shape)).toEqual(['id', 'name', 'summary', 'video', 'keywords']);
    expect(fieldNames(shape, { except: ['video'], body: { name: 'description', after: 'summary' } })).toEqual([
      'id',
      'name',
      'summary',
      'description',
      'keywords',
    ]);
    expect(serviceFields.slice(0, 8)).toEqual(['id', 'name', 'status', 'statusNote', 'organisation', 'summary', 'description', 'tier']);
    expect(serviceFields).not.toContain('video');
  });
});

describe('messages for a value outside a vocabulary', () => {
  it('list the vocabulary as it is now', () => {
    expect(mustBeOneOf(tiers)).toBe('must be one of: universal, targeted, specialist');
    const tier = serviceSchema.safeParse({ tier: 'bespoke' });
    expect(tier.success || tier.error.issues.find((i) => i.path[0] === 'tier')?.message).toBe(mustBeOneOf(tiers));
  });
});
