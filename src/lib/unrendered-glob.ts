import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';

/** Astro hands loaders the content types (how to read and draw each kind of file); not in its public type. */
type WithEntryTypes = LoaderContext & { entryTypes?: Map<string, { getRenderFunction?: unknown }> };

/**
 * Astro's glob loader, without Astro drawing each Markdown file's HTML as it
 * loads it. The site never uses that HTML: pages draw `entry.body` with their
 * own Markdown rules (src/lib/markdown.ts: sanitised, jargon explained). At
 * 10,000 services it cost the build its rendering and then storing, writing
 * and bundling 10,000 pieces of HTML nobody reads. Everything else (the ids,
 * the schema check, the body, watching files in astro dev) is the glob loader's.
 */
export function unrenderedGlob(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: (context: WithEntryTypes) =>
      inner.load(
        context.entryTypes
          ? ({
              ...context,
              entryTypes: new Map([...context.entryTypes].map(([extension, type]) => [extension, { ...type, getRenderFunction: undefined }])),
            } as WithEntryTypes)
          : context,
      ),
  };
}
