/**
 * Small-number suppression for survey results. A council area is small enough
 * that "3 families in the south with a child aged 19 to 25" could identify
 * someone, so any count from 1 to 4 is shown as "fewer than 5" (0 is shown:
 * it identifies nobody). When only one answer in a choose-one question is
 * hidden, the next smallest is hidden too; otherwise the hidden one could be
 * worked out by taking the others away from the total.
 */
export const suppressionThreshold = 5;

export interface ShownCount {
  /** The count, or undefined when it is hidden. */
  count: number | undefined;
  /** Whole-number percentage of `base`, or undefined when hidden. */
  percent: number | undefined;
}

export const isSmall = (n: number) => n > 0 && n < suppressionThreshold;

/**
 * @param counts one count per answer
 * @param base what percentages are of (people who answered the question)
 * @param exclusive true when each person gives one answer, so the counts add up to `base`
 */
export function suppressCounts(counts: number[], base: number, exclusive: boolean): ShownCount[] {
  const hidden = counts.map((n) => isSmall(n) || isSmall(base));
  if (exclusive && hidden.filter(Boolean).length === 1) {
    const next = counts
      .map((n, i) => ({ n, i }))
      .filter(({ n, i }) => !hidden[i] && n > 0)
      .sort((a, b) => a.n - b.n)[0];
    if (next) hidden[next.i] = true;
  }
  return counts.map((n, i) => (hidden[i] ? { count: undefined, percent: undefined } : { count: n, percent: base > 0 ? Math.round((n / base) * 100) : 0 }));
}

/** "12" or "fewer than 5", for tables. */
export function describeCount(count: number | undefined): string {
  return count === undefined ? 'fewer than 5' : String(count);
}
