/**
 * Our words for the Decap messages and buttons navigators meet most often
 * (GOV.UK style: say what happened and what to do), merged over Decap's
 * English by cms/locale.ts. Kept apart from it so tests can read them
 * without loading Decap.
 */
export const localeChanges = {
  ui: {
    toast: {
      onFailToPersist: 'Not saved. %{details}',
      missingRequiredField: 'Not saved: fill in the fields marked in red first.',
      entrySaved: 'Saved as a draft',
      entryPublished: 'Published: it will be on the website after the next build',
      onFailToPublishEntry: 'Not published. %{details}',
    },
  },
  workflow: {
    workflow: {
      workflowHeading: 'Drafts and review',
      newPost: 'Create new',
      loading: 'Loading drafts',
      dateFormat: 'D MMMM',
    },
  },
};
