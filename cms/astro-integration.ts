import fs from 'node:fs';
import type { AstroIntegration } from 'astro';
import { runnerImport } from 'vite';

/**
 * Adds the editor page (/admin/, cms/AdminPage.astro) to the site. Builds
 * that only need the public pages, such as the end-to-end test that builds a
 * sandbox's content, set LOCAL_OFFER_SKIP_ADMIN=1 to skip bundling Decap's
 * 6 MB of JavaScript.
 *
 * The built site's admin/config.yml is made again from the settings of the
 * content being built (its site address and GitLab), so another area's
 * build never carries the demo's; public/admin/config.yml is the committed
 * copy for the demo content and `npm run cms`.
 */
export function localOfferCms(): AstroIntegration {
  return {
    name: 'local-offer-cms',
    hooks: {
      'astro:config:setup': ({ injectRoute, updateConfig }) => {
        if (process.env.LOCAL_OFFER_SKIP_ADMIN === '1') return;
        injectRoute({ pattern: '/admin', entrypoint: new URL('./AdminPage.astro', import.meta.url), prerender: true });
        updateConfig({
          vite: {
            build: {
              rollupOptions: {
                // Decap's dependencies trip these two; they are not ours to fix.
                onwarn(warning: { code?: string; id?: string; message?: string; loc?: { file?: string } }, warn: (warning: unknown) => void) {
                  const inDependency = [warning.id, warning.loc?.file, warning.message].some((s) => s?.includes('node_modules'));
                  if (inDependency && ['EVAL', 'MODULE_LEVEL_DIRECTIVE'].includes(warning.code ?? '')) return;
                  warn(warning);
                },
              },
            },
          },
        });
      },
      'astro:build:done': async ({ dir }) => {
        const { module } = await runnerImport<typeof import('./build-config.ts')>('./cms/build-config.ts', { configFile: false, logLevel: 'error' });
        fs.writeFileSync(new URL('admin/config.yml', dir), module.buildConfigYaml());
      },
    },
  };
}
