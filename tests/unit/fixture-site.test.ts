import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { openDataFor } from '../support/open-data';
import { fixturePublishedCount, fixtureServiceCount, fixtureSettingCount, fixtureSite } from '../support/fixture-site';
import { siteSettingsSchema } from '../../src/schemas/site-settings';
import { readMarkdownFolder } from './read-content';

// The fixture other tests count on must stay a working site: every file
// passes its schema and every service is complete enough to publish.
describe('the fixture site', () => {
  it('publishes every one of its services and settings, each with an organisation in the fixture', () => {
    const data = openDataFor(fixtureSite);
    expect(readMarkdownFolder(`${fixtureSite}/services`)).toHaveLength(fixtureServiceCount);
    expect(readMarkdownFolder(`${fixtureSite}/schools`)).toHaveLength(fixtureSettingCount);
    expect(data.services).toHaveLength(fixturePublishedCount);
    for (const service of data.services) expect(service.organization?.name, service.name).toBeTruthy();
  });

  it('has site settings that pass the schema', () => {
    const settings = load(fs.readFileSync(`${fixtureSite}/settings/site.yaml`, 'utf8'));
    expect(siteSettingsSchema.safeParse(settings).error).toBeUndefined();
  });
});
