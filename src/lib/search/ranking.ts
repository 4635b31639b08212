/**
 * Results scoring below this share of the best result are dropped on both
 * search paths. They match only through common words, or through a word in
 * a list on the page (every venue's "Wheelchair access"), and bury the
 * services a parent is looking for.
 */
export const RELATIVE_CUT_OFF = 0.3;
