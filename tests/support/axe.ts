/**
 * The axe rules every accessibility check in the suite uses: WCAG 2.0, 2.1
 * and 2.2 at A and AA, plus axe's best practices. No rules are switched off:
 * an exception would need a reason and a link next to it.
 */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
