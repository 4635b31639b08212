import { describe, expect, it } from 'vitest';
import { checkContent } from '../support/content-check';

// A school, nursery or college file with a navigator's slips must stop the
// build with messages they can act on: the file, the field, and what to do.
describe('a malformed school, nursery or college file', () => {
  it('fails the build naming the file and each bad field in plain words', () => {
    const { failed, output } = checkContent('tests/fixtures/broken-setting');
    expect(failed).toBe(true);
    expect(output).toContain('tests/fixtures/broken-setting/schools/typo-kind-senco-no-contact.md');
    expect(output).toMatch(/kind: must be one of: mainstream, special-school/);
    expect(output).toMatch(/ageRange\.max: the youngest age must not be more than the oldest age/);
    expect(output).toMatch(/senco: give a phone number or an email for the SENCo/);
  }, 60_000);
});
