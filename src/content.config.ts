import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { unrenderedGlob } from './lib/unrendered-glob';
import { serviceSchema } from './schemas/service';
import { organisationSchema } from './schemas/organisation';
import { informationPageSchema } from './schemas/information-page';
import { siteSettingsSchema } from './schemas/site-settings';
import { planPrioritySchema } from './schemas/plan-priority';
import { synonymListSchema } from './schemas/synonyms';
import { glossaryTermSchema } from './schemas/glossary-term';
import { eventSchema } from './schemas/event';
import { newsPostSchema } from './schemas/news-post';
import { newsletterIssueSchema } from './schemas/newsletter-issue';
import { youSaidWeDidSchema } from './schemas/you-said-we-did';
import { surveySchema } from './schemas/survey';
import { settingSchema } from './schemas/education-setting';
import { ehcJourneySchema } from './schemas/ehc-journey';
import { contentDir } from './lib/content-dir';
import { checkVideoFiles } from './lib/video-files';

// Wires each content folder to its schema (Markdown through unrenderedGlob: pages draw the body themselves); nothing else belongs here (but the build's check of video files,
// which reads the disk and so cannot be in the schemas the editor runs in the browser).
export const collections = {
  services: defineCollection({ loader: unrenderedGlob({ pattern: '*.md', base: contentDir('services') }), schema: serviceSchema.superRefine(checkVideoFiles) }),
  organisations: defineCollection({ loader: unrenderedGlob({ pattern: '*.md', base: contentDir('organisations') }), schema: organisationSchema }),
  pages: defineCollection({
    loader: unrenderedGlob({ pattern: '*.md', base: contentDir('pages') }),
    schema: informationPageSchema.superRefine(checkVideoFiles),
  }),
  settings: defineCollection({ loader: glob({ pattern: '*.yaml', base: contentDir('settings') }), schema: siteSettingsSchema }),
  plan: defineCollection({ loader: glob({ pattern: '*.yaml', base: contentDir('plan') }), schema: planPrioritySchema }),
  synonyms: defineCollection({ loader: glob({ pattern: 'synonyms.yaml', base: contentDir('search') }), schema: synonymListSchema }),
  glossary: defineCollection({ loader: unrenderedGlob({ pattern: '*.md', base: contentDir('glossary') }), schema: glossaryTermSchema }),
  events: defineCollection({ loader: unrenderedGlob({ pattern: '*.md', base: contentDir('events') }), schema: eventSchema }),
  news: defineCollection({ loader: unrenderedGlob({ pattern: '*.md', base: contentDir('news') }), schema: newsPostSchema }),
  newsletters: defineCollection({ loader: unrenderedGlob({ pattern: '*.md', base: contentDir('newsletters') }), schema: newsletterIssueSchema }),
  youSaidWeDid: defineCollection({ loader: glob({ pattern: '*.yaml', base: contentDir('you-said-we-did') }), schema: youSaidWeDidSchema }),
  // Schools, nurseries and colleges ("education settings"). Not content/settings/: that folder already holds the site settings (site.yaml).
  schools: defineCollection({ loader: unrenderedGlob({ pattern: '*.md', base: contentDir('schools') }), schema: settingSchema }),
  surveys: defineCollection({ loader: glob({ pattern: '*.yaml', base: contentDir('surveys') }), schema: surveySchema }),
  ehcJourney: defineCollection({ loader: glob({ pattern: 'guide.yaml', base: contentDir('ehc-journey') }), schema: ehcJourneySchema }),
};
