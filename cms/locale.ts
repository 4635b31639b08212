import { en } from 'decap-cms-locales';
import { localeChanges } from './locale-changes';

/**
 * Decap's English, with the messages navigators meet most often rewritten in
 * plain words (GOV.UK style: say what happened and what to do).
 */
type Phrases = { [key: string]: string | Phrases };

function merge(base: Phrases, changes: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    out[key] = typeof value === 'string' ? value : merge((base[key] as Phrases) ?? {}, value);
  }
  return out;
}

export const plainEnglish = merge(en as unknown as Phrases, localeChanges);
