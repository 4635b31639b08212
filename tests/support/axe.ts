import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * The axe rules every accessibility check in the suite uses: WCAG 2.0, 2.1
 * and 2.2 at A and AA, plus axe's best practices. No rules are switched off:
 * an exception would need a reason and a link next to it.
 */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** One line per violation: rule, impact, help, the first three elements. */
function describe(violations: Violation[]): string[] {
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}) – ${v.help} – ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

/**
 * axe's violations on the page as it is now, one line each (rule, impact,
 * help, the first three elements). Legacy mode runs axe in the page itself
 * instead of opening a blank page to gather each result, which made a check
 * two to three times slower; the rules are the same, and the only thing
 * legacy mode skips is cross-origin frames, which no page of ours has (the
 * video watch pages' players are the hosts' pages, not ours to fix).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // runOnly goes in the one options object: AxeBuilder's options() replaces what withTags() set,
  // which ran axe's default rules instead (without WCAG 2.2's target-size).
  const results = await new AxeBuilder({ page })
    .options({ runOnly: { type: 'tag', values: axeTags }, resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  return describe(results.violations);
}

// The axe-core that @axe-core/playwright itself loads, so both checks run the same version.
const axeSource: string = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core').source;

/**
 * axe's violations for many small documents in turn on one tab (component
 * examples): axe-core goes into the tab once, and each document's <head> and
 * <body> replace the last ones in place. AxeBuilder injects axe-core twice
 * for every check, which was most of the time an example took. Same rules as
 * axeViolations, and as in its legacy mode no frames are checked (the only
 * frames in examples are YouTube's and Vimeo's players). Scripts in the
 * documents do not run.
 */
export async function axeViolationsOfDocument(page: Page, document: { head: string; body: string }): Promise<string[]> {
  type WithAxe = Window & { axe?: { configure(o: object): void; run(c: unknown, o: object): Promise<{ violations: Violation[] }> } };
  if (!(await page.evaluate(() => Boolean((window as WithAxe).axe)))) {
    await page.setContent('<!doctype html><html lang="en-GB"><head><title>Component example</title></head><body></body></html>');
    await page.evaluate(axeSource);
    await page.evaluate(() => (window as WithAxe).axe!.configure({ allowedOrigins: ['<same_origin>'] }));
  }
  const violations = await page.evaluate(
    async ({ head, body, tags }) => {
      window.document.head.innerHTML = head;
      window.document.body.innerHTML = body;
      return (await (window as WithAxe).axe!.run(window.document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false }))
        .violations;
    },
    { ...document, tags: axeTags },
  );
  return describe(violations);
}

/**
 * Puts axe-core into every page a context opens, before the page's own scripts, for the sweep of
 * every built page: AxeBuilder injects it twice on every check, which was most of the sweep's time.
 * Then axeViolationsOfPage runs the same rules as axeViolations (and, as its legacy mode, no frames).
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

/** axe's violations on a page of a context given preloadAxe. */
export async function axeViolationsOfPage(page: Page): Promise<string[]> {
  type WithAxe = Window & { axe?: { run(c: unknown, o: object): Promise<{ violations: Violation[] }> } };
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as WithAxe).axe;
    if (!axe) throw new Error('axe-core is not on this page: open it in a context given preloadAxe()');
    return (await axe.run(window.document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false })).violations;
  }, axeTags);
  return describe(violations);
}
