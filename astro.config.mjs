// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { openDataCheck } from './src/integrations/open-data-check.ts';
import { localOfferCms } from './cms/astro-integration';

// Static pages everywhere; the Node adapter only serves the few on-demand
// routes (forms, no-JS search, open data queries) that need a server.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://localoffer.northbridge.example',
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [sitemap({ filter: (page) => !page.includes('/admin') }), openDataCheck(), localOfferCms()],
  devToolbar: { enabled: false },
  telemetry: false,
});
