import { en } from 'decap-cms-locales';

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

export const plainEnglish = merge(en as unknown as Phrases, {
  ui: {
    toast: {
      onFailToPersist: 'Not saved. %{details}',
      missingRequiredField: 'Not saved: fill in the fields marked in red first.',
      entrySaved: 'Saved as a draft',
      entryPublished: 'Published: it will be on the website after the next build',
      onFailToPublishEntry: 'Not published. %{details}',
    },
  },
});
