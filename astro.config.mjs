// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { openDataCheck } from './src/integrations/open-data-check.ts';
import { searchIndexDuringPages } from './src/integrations/search-index-during-pages.ts';
import { siteAddress } from './src/lib/site-address.ts';
import { areaMedia } from './src/integrations/area-media.ts';
import { localOfferCms } from './cms/astro-integration';
import { publicDirectives, publicScriptSources, publicStyleSources } from './src/security/policy.ts';
import { openFiltersScriptHash } from './src/components/search/open-filters-script.ts';

// The public address comes from content/settings/site.yaml (siteUrl); SITE_URL overrides it.
const site = siteAddress();

// Static pages everywhere; the Node adapter only serves the few on-demand
// routes (forms, no-JS search, open data queries) that need a server.
export default defineConfig({
  site,
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  trailingSlash: 'ignore',
  build: { format: 'directory', concurrency: 4 },
  integrations: [sitemap({ filter: (page) => !page.includes('/admin') }), openDataCheck(), searchIndexDuringPages(), localOfferCms(), areaMedia()],
  // A Content Security Policy on every page, with hashes of Astro's own inline
  // scripts and styles (see src/security/policy.ts and the README).
  security: {
    // Behind a reverse proxy that ends HTTPS, build with LOCAL_OFFER_BEHIND_PROXY=1 so Astro trusts the
    // proxy's X-Forwarded-Proto/Host/For for this site's own domain: without it every form post looks
    // cross-site (http vs https) and is refused, and all visitors share one rate limit.
    allowedDomains: process.env.LOCAL_OFFER_BEHIND_PROXY ? [{ hostname: new URL(site).hostname, protocol: 'https' }] : [],
    csp: {
      directives: [...publicDirectives],
      scriptDirective: { resources: publicScriptSources, hashes: [openFiltersScriptHash] },
      styleDirective: { resources: publicStyleSources },
    },
  },
  // Shiki colours code with inline styles, which the CSP forbids; the site shows no code.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
