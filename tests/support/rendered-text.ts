import { Parser } from 'htmlparser2';

// Elements that run on inside a line of text; every other element starts and ends a run of words.
const inline = new Set('a abbr b bdi cite code data em i kbd label mark q s small span strong sub sup time u'.split(' '));
const neverShown = new Set(['script', 'style', 'template']);

/**
 * The words a person gets from some HTML, as one line: what is on screen and
 * what a screen reader says (visually hidden text is kept), without anything
 * `hidden`, scripts, styles or templates. Block elements separate words, so
 * "<li>Free</li><li>Ages 2 to 4</li>" reads "Free Ages 2 to 4".
 */
export function renderedText(html: string): string {
  const words: string[] = [];
  const skipping: boolean[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        skipping.push((skipping.at(-1) ?? false) || neverShown.has(name) || 'hidden' in attributes);
        if (!inline.has(name)) words.push(' ');
      },
      ontext(text) {
        if (!skipping.at(-1)) words.push(text);
      },
      onclosetag(name) {
        skipping.pop();
        if (!inline.has(name)) words.push(' ');
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return words.join('').replace(/\s+/g, ' ').trim();
}

/** The first phrase that is not in `text` after the ones before it (undefined when every phrase is there, in order). */
export function firstMissingInOrder(text: string, phrases: string[]): string | undefined {
  let from = 0;
  for (const phrase of phrases) {
    const words = phrase.replace(/\s+/g, ' ');
    const at = text.indexOf(words, from);
    if (at < 0) return phrase;
    from = at + words.length;
  }
  return undefined;
}
