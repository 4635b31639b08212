/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Browser tests against the production build (`npm run build` first).
// The site and Chromium are started once for the whole run (tests/support/global-setup.ts)
// and shared; files run one at a time, as there are two cores.
export default getViteConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts', 'tests/search-quality/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Component styles as compiled CSS text, for drawing component examples with the site's CSS
    // (tests/support/component-css.ts); vitest leaves CSS empty unless told.
    css: { include: [/\.astro\?astro&type=style/] },
  },
});
