// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { publicDirectives, publicScriptSources, publicStyleSources } from './src/security/policy.ts';

// Static pages everywhere; the Node adapter only serves the few on-demand
// routes (forms, no-JS search, open data queries) that need a server.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://localoffer.northbridge.example',
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [sitemap({ filter: (page) => !page.includes('/admin') })],
  // A Content Security Policy on every page, with hashes of Astro's own inline
  // scripts and styles (see src/security/policy.ts and the README).
  security: {
    csp: {
      directives: publicDirectives,
      scriptDirective: { resources: publicScriptSources },
      styleDirective: { resources: publicStyleSources },
    },
  },
  // Shiki colours code with inline styles, which the CSP forbids; the site shows no code.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  telemetry: false,
});
