/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Browser tests against the production build (`npm run build` first).
// One file at a time: each starts the site and Chromium, and there are two cores.
export default getViteConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts', 'tests/search-quality/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
