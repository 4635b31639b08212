import { describe, expect, it } from 'vitest';
import { checkContent } from '../support/content-check';

// A navigator's typo must stop the build with a message they can act on:
// which file, which field, and what is wrong, in plain words.
describe('a malformed service file', () => {
  it('fails the build naming the file and each bad field in plain words', () => {
    const { failed, output } = checkContent('tests/fixtures/broken-service');
    expect(failed).toBe(true);
    expect(output).toContain('tests/fixtures/broken-service/services/missing-summary-bad-tier.md');
    expect(output).toMatch(/summary: Summary is missing/);
    expect(output).toMatch(/tier: must be one of: universal, targeted, specialist/);
    expect(output).toMatch(/ageRange\.max: the youngest age must not be more than the oldest age/);
  }, 60_000);
});
