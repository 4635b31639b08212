import { describe, expect, it } from 'vitest';
import { checkContent } from '../support/content-check';

// Reg 56: published comments must not identify anyone. A pasted email or
// phone number must stop the build, naming the file and the field.
describe('a "you said, we did" entry with contact details in it', () => {
  it('fails the build naming the file, the field and what to remove', () => {
    const { failed, output } = checkContent('tests/fixtures/broken-you-said-we-did');
    expect(failed).toBe(true);
    expect(output).toContain('tests/fixtures/broken-you-said-we-did/you-said-we-did/2026-03-pasted-with-signature.yaml');
    expect(output).toMatch(/youSaid: contains what looks like an email address: remove personal details before publishing/);
    expect(output).toMatch(/youSaid: contains what looks like a phone number/);
  }, 60_000);
});
