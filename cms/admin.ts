/**
 * The editor at /admin/: Decap CMS with our previews, widgets and checks.
 * Only the admin page (cms/AdminPage.astro) loads this (about 4 MB of JavaScript, 1 MB compressed);
 * no public page ever does, and a test checks that.
 */
import CMS from './decap-app';
import { fromJS, isKeyed } from 'immutable';
import type { ComponentType } from 'react';
import siteCss from '../src/styles/site.css?inline';
import detailsCss from '../src/styles/app-details.css?inline';
import coproductionCss from '../src/styles/coproduction.css?inline';
import planCss from '../src/styles/plan.css?inline';
import searchCss from '../src/styles/search.css?inline';
import { collections } from './collections';
import { fileFormats } from './build-config-names';
import { formatFor, markdownWithFrontmatter, yamlFile } from './formats';
import { nothingChangedMessage } from './draft-guard-words';
import { checkEntry, inSchemaOrder, problemsAsSentence, withoutBlanks } from './entry-checks';
import { documentLink, imageWithDescription } from './editor-components';
import { plainEnglish } from './locale';
import { ReviewDateControl, ReviewDatePreview } from './widgets/ReviewDateControl';
import { UkDateControl, UkDatePreview } from './widgets/UkDateControl';
import { ServicePreview } from './previews/ServicePreview';
import { InformationPagePreview } from './previews/InformationPagePreview';
import { OrganisationPreview } from './previews/OrganisationPreview';
import { GenericPreview } from './previews/GenericPreview';
import { EventPreview } from './previews/EventPreview';
import { NewsPostPreview } from './previews/NewsPostPreview';
import { NewsletterIssuePreview } from './previews/NewsletterIssuePreview';
import { GlossaryTermPreview } from './previews/GlossaryTermPreview';
import { YouSaidWeDidPreview } from './previews/YouSaidWeDidPreview';
import { PlanPriorityPreview } from './previews/PlanPriorityPreview';
import { SynonymsPreview } from './previews/SynonymsPreview';

// Decap's typings describe its own props loosely; ours are stricter.
type AnyComponent = ComponentType<any>;
const cms = CMS as unknown as {
  registerPreviewStyle: (style: string, options?: { raw: boolean }) => void;
  registerPreviewTemplate: (name: string, component: AnyComponent) => void;
  registerWidget: (name: string, control: AnyComponent, preview?: AnyComponent) => void;
  registerEditorComponent: (component: unknown) => void;
  registerLocale: (locale: string, phrases: unknown) => void;
  registerCustomFormat: (name: string, extension: string, format: { fromFile: (text: string) => unknown; toFile: (data: any) => string }) => void;
  registerEventListener: (listener: { name: string; handler: (event: { entry: any }) => unknown }) => void;
  init: (options: { config: Record<string, unknown> }) => void;
};

cms.registerLocale('en', plainEnglish);
cms.registerCustomFormat(fileFormats.md, 'md', markdownWithFrontmatter);
cms.registerCustomFormat(fileFormats.yaml, 'yaml', yamlFile);

// Previews are drawn with the site's own stylesheets: the main one, and those of the pages previewed.
for (const css of [siteCss, detailsCss, coproductionCss, planCss, searchCss]) cms.registerPreviewStyle(css, { raw: true });

const pageTemplates: Record<string, AnyComponent> = {
  services: ServicePreview,
  pages: InformationPagePreview,
  organisations: OrganisationPreview,
  events: EventPreview,
  news: NewsPostPreview,
  newsletters: NewsletterIssuePreview,
  glossary: GlossaryTermPreview,
  youSaidWeDid: YouSaidWeDidPreview,
  plan: PlanPriorityPreview,
  synonyms: SynonymsPreview,
};
for (const collection of collections) cms.registerPreviewTemplate(collection.name, pageTemplates[collection.name] ?? GenericPreview);

cms.registerWidget('review-date', ReviewDateControl, ReviewDatePreview);
cms.registerWidget('uk-date', UkDateControl, UkDatePreview);
cms.registerEditorComponent(imageWithDescription);
cms.registerEditorComponent(documentLink);

/** An error whose words Decap shows as they are ("Not saved. …"); without toString its notice would begin "Error: ". */
const notSaved = (message: string) => Object.assign(new Error(message), { toString: () => message });

// Every save is checked against the site's schema first, so the CMS can never
// commit a file that would stop the site building. Blank optional fields are
// dropped rather than written as "".
cms.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const registration = collections.find((c) => c.name === entry.get('collection'));
    const blanksLeftOut = withoutBlanks(entry.get('data').toJS());
    if (!registration) return fromJS(blanksLeftOut);
    const data = inSchemaOrder(registration.schema, blanksLeftOut);
    const problems = checkEntry(registration, data);
    if (problems.length > 0) throw notSaved(problemsAsSentence(problems));
    // A new draft identical to the published file would be an empty branch, which breaks the
    // Workflow board (see cms/draft-guard.ts and docs/editor.md); say so instead.
    const published = !entry.get('newRecord') && !entry.get('status');
    if (published && formatFor(registration).toFile(data) === entry.get('raw')) throw notSaved(nothingChangedMessage);
    // Ordered maps, so the file is written in schema order (a plain immutable Map of more than 8 keys forgets its order).
    return fromJS(data, (_key, value) => (isKeyed(value) ? value.toOrderedMap() : value.toList()));
  },
});

// Decap 3.x loads an entry only when its editor first opens: if the address then changes to
// another entry or to "new" (typed, a bookmark, a link from the review page), the old entry's
// form stays on screen and saving it writes the old entry under the new address. Opening the
// new address afresh avoids that. Decap's own move from "new" to the saved entry's address is
// left alone. Checked after the event, so Decap's "unsaved changes" question comes first.
const editorInAddress = () => /^#\/collections\/([^/?]+)\/(entries\/[^?]+|new)/.exec(window.location.hash);
let openEditor = editorInAddress();
window.addEventListener('hashchange', () => {
  setTimeout(() => {
    const next = editorInAddress();
    const savedNewEntry = openEditor?.[2] === 'new' && next?.[1] === openEditor[1] && next[2].startsWith('entries/');
    if (openEditor && next && next[0] !== openEditor[0] && !savedNewEntry) window.location.reload();
    openEditor = next;
  });
});

// After a refused save, move to the first field marked in red (GOV.UK error pattern: the page
// goes to the first error), so a keyboard or screen reader user lands where to start. Decap
// marks the fields but leaves focus on the Save button.
document.addEventListener(
  'click',
  (event) => {
    const button = (event.target as Element | null)?.closest?.('button');
    if (!button || button.textContent?.trim() !== 'Save') return;
    setTimeout(() => {
      const firstError = document.querySelector('ul[class*="ControlErrorsList"] li');
      const control = firstError?.closest('[class*="ControlContainer"]') ?? firstError?.parentElement?.parentElement?.parentElement;
      const forId = control?.querySelector('label[for]')?.getAttribute('for');
      const input = (forId && document.getElementById(forId)) || control?.querySelector<HTMLElement>('input, textarea, select, [contenteditable="true"]');
      if (!input) return;
      input.scrollIntoView({ block: 'center' });
      input.focus();
    }, 100);
  },
  true,
);

// Decap's preview frame has no name, so screen readers announce it as "frame".
new MutationObserver(() => {
  for (const frame of document.querySelectorAll('iframe:not([title])')) frame.setAttribute('title', 'Preview: how it will look on the website');
}).observe(document.body, { childList: true, subtree: true });

// A council points the editor at its own GitLab at build time; nothing here is secret (PKCE).
const env = import.meta.env;
const backend = {
  ...(env.PUBLIC_CMS_GITLAB_URL && { base_url: env.PUBLIC_CMS_GITLAB_URL, api_root: `${env.PUBLIC_CMS_GITLAB_URL}/api/v4` }),
  ...(env.PUBLIC_CMS_GITLAB_REPO && { repo: env.PUBLIC_CMS_GITLAB_REPO }),
  ...(env.PUBLIC_CMS_GITLAB_APP_ID && { app_id: env.PUBLIC_CMS_GITLAB_APP_ID }),
};
// On this computer (npm run cms), "View live" opens the local site rather than the public one.
const onThisComputer = ['localhost', '127.0.0.1'].includes(window.location.hostname);
cms.init({
  config: {
    ...(Object.keys(backend).length > 0 && { backend }),
    ...(onThisComputer && { site_url: window.location.origin, display_url: window.location.origin }),
  },
});
