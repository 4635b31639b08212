import { siteSettingsSchema } from '../../schemas/site-settings';

/**
 * Site settings for the examples of components that show the Local Offer
 * team's details (the pages pass them from content/settings/site.yaml).
 * Parsed by the real schema; a different phone from the demo site's, so an
 * example cannot pass by reading the real settings.
 */
export const exampleSiteSettings = siteSettingsSchema.parse({
  councilName: 'Northbridge Council',
  areaName: 'Northbridge',
  phone: '01632 960555',
  email: 'send.team@example.org',
  phoneHours: 'Monday to Thursday, 9am to 5pm, and Friday, 9am to 4:30pm',
  councilWebsite: 'https://www.northbridge.example',
  newsletterSignUpUrl: 'https://www.northbridge.example/newsletter-sign-up',
});
