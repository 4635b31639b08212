import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// A navigator's typo must stop the build with a message they can act on:
// which file, which field, and what is wrong, in plain words.
describe('a malformed service file', () => {
  it('fails the build naming the file and each bad field in plain words', () => {
    let output = '';
    let failed = false;
    try {
      execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], {
        env: { ...process.env, LOCAL_OFFER_CONTENT: 'tests/fixtures/broken-service' },
        stdio: 'pipe',
        encoding: 'utf8',
      });
    } catch (error) {
      failed = true;
      const e = error as { stdout: string; stderr: string };
      output = `${e.stdout}\n${e.stderr}`;
    }
    expect(failed).toBe(true);
    expect(output).toContain('tests/fixtures/broken-service/services/missing-summary-bad-tier.md');
    expect(output).toMatch(/summary: Summary is missing/);
    expect(output).toMatch(/tier: must be one of: universal, targeted, specialist/);
    expect(output).toMatch(/ageRange\.max: the youngest age must not be more than the oldest age/);
  }, 60_000);
});
