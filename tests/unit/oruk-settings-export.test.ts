import { describe, expect, it } from 'vitest';
import { openDataFor } from '../support/open-data';
import { firstProblem, recordValidator, responseValidator } from '../../src/lib/oruk/validate';
import { taxonomyId, termId } from '../../src/lib/oruk/vocabularies';
import { answerList } from '../../src/lib/oruk/query';
import type { OrukService } from '../../src/lib/oruk/types';

// Schools, nurseries and colleges in the Open Referral UK 3.0 files and API:
// each an organization with its own service, tagged with our taxonomies.
const data = openDataFor('content');
const organization = (name: string) => data.organizations.find((o) => o.name === name)!;
const termsOf = (s: OrukService, key: Parameters<typeof taxonomyId>[0]) =>
  s.attributes!.filter((a) => a.taxonomy_term!.taxonomy_id === taxonomyId(key)).map((a) => a.taxonomy_term!.term);

describe('schools, nurseries and colleges in the open data', () => {
  it('publishes each setting as an organization with its URN and its own service, valid against the 3.0 schemas', () => {
    const olsj = organization('Our Lady and St Joseph’s Catholic Primary');
    expect(firstProblem(recordValidator('organization'), olsj)).toBeUndefined();
    expect(olsj.organization_identifiers).toEqual([expect.objectContaining({ identifier_scheme: 'GB-EDU', identifier_type: 'URN', identifier: '990002' })]);
    expect(olsj.uri).toBe('https://localoffer.northbridge.example/schools/our-lady-and-st-josephs-catholic-primary/');
    expect(olsj.services).toHaveLength(1);
    const service = data.services.find((s) => s.id === olsj.services![0].id)!;
    expect(firstProblem(responseValidator('/services/{id}'), service)).toBeUndefined();
    expect(termsOf(service, 'setting-kind')).toEqual(['mainstream', 'inclusion-base']);
    expect(termsOf(service, 'setting-stage')).toEqual(['primary']);
    expect(termsOf(service, 'designated-need')).toEqual(['hearing']);
    expect(termsOf(service, 'need')).toEqual(['sensory-physical']);
    expect(service.service_at_locations![0].location!.addresses![0].postal_code).toBe('NB4 1OL');
    expect(service.phones!.map((p) => p.description)).toEqual(['Main office', 'SENCo']);
  });

  it('publishes a setting that is also one of our organisations once, with all its services', () => {
    expect(data.organizations.filter((o) => o.name === 'Oakfield School')).toHaveLength(1);
    const oakfield = organization('Oakfield School');
    expect(oakfield.services!.map((s) => s.name).sort()).toEqual(['Oakfield School', 'Oakfield School', 'Oakfield outreach for mainstream schools']);
  });

  it('says when a setting is outside the area', () => {
    const cafeLane = data.services.find((s) => s.name === 'Café Lane Independent Specialist College')!;
    expect(cafeLane.description).toContain('It is outside the area, in Eastvale.');
    expect(termsOf(cafeLane, 'setting-kind')).toEqual(['independent-specialist']);
  });

  it('publishes the setting kind, phase and designated need taxonomies, and the API filters by them', () => {
    for (const key of ['setting-kind', 'setting-stage', 'designated-need'] as const)
      expect(
        data.taxonomies.some((t) => t.id === taxonomyId(key)),
        key,
      ).toBe(true);
    const special = answerList(data, 'services', new URLSearchParams(`taxonomy_term_id=${termId('setting-kind', 'special-school')}`)).body as {
      contents: { name: string }[];
    };
    expect(special.contents.map((s) => s.name)).toEqual(['Elmtree School', 'Oakfield School']);
  });
});
