import type { AstroIntegration } from 'astro';

/**
 * Adds the editor page (/admin/, cms/AdminPage.astro) to the site. Builds
 * that only need the public pages, such as the end-to-end test that builds a
 * sandbox's content, set LOCAL_OFFER_SKIP_ADMIN=1 to skip bundling Decap's
 * 6 MB of JavaScript.
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
    },
  };
}
