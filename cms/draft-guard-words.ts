/** What a navigator sees ("Not saved. …") when a save would change nothing; shared by the editor and the local backend's draft guard. */
export const nothingChangedMessage = 'Nothing has changed: this is the same as the published version, so there is no draft to save.';
