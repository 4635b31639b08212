import { getCollection } from 'astro:content';
import type { GlossaryLink } from '../schemas/glossary-term';
import { sortGlossary, type GlossaryEntry } from '../lib/glossary';
import { createJargonExplainer, type JargonExplainer } from '../lib/explain-jargon';

export interface GlossaryItem extends GlossaryEntry {
  related: GlossaryLink[];
  /** Markdown with more detail, shown under the meaning on the A to Z page. */
  body: string;
}

let cache: Promise<GlossaryItem[]> | undefined;

/** Every jargon buster entry, A to Z. */
export function getGlossary(): Promise<GlossaryItem[]> {
  cache ??= (async () => sortGlossary((await getCollection('glossary')).map((e) => ({ ...e.data, slug: e.id, body: e.body ?? '' }))))();
  return cache;
}

/** A fresh explainer for one page: each page explains each term once, where it is first used. */
export async function jargonExplainerForPage(): Promise<JargonExplainer> {
  return createJargonExplainer(await getGlossary());
}
