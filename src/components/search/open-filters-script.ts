import { createHash } from 'node:crypto';

/**
 * Opens the filters beside the results on wide screens before the first paint,
 * so nothing moves. It must run inline, right after the filters, so the
 * Content Security Policy allows exactly this text by its hash (astro.config.mjs).
 */
export const openFiltersScript = "if (matchMedia('(min-width: 48em)').matches) document.getElementById('search-filters').open = true;";

export const openFiltersScriptHash: `sha256-${string}` = `sha256-${createHash('sha256').update(openFiltersScript).digest('base64')}`;
