import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * The axe rules every accessibility check in the suite uses: WCAG 2.0, 2.1
 * and 2.2 at A and AA, plus axe's best practices. No rules are switched off:
 * an exception would need a reason and a link next to it.
 */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe's violations on the page as it is now, one line each (rule, impact,
 * help, the first three elements). Legacy mode runs axe in the page itself
 * instead of opening a blank page to gather each result, which made a check
 * two to three times slower; the rules are the same, and the only thing
 * legacy mode skips is cross-origin frames, which no page of ours has (the
 * video watch pages' players are the hosts' pages, not ours to fix).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}) – ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}
