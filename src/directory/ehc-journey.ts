import { getEntry } from 'astro:content';
import type { EhcJourneyWords, EhcStepWords } from '../schemas/ehc-journey';
import type { StepId } from '../lib/ehc-timeline/steps';

/** The words of the EHC journey page (content/ehc-journey/guide.yaml), with each step's words by id. */
export async function getEhcJourneyWords(): Promise<EhcJourneyWords & { step: (id: StepId) => EhcStepWords }> {
  const entry = await getEntry('ehcJourney', 'guide');
  if (!entry) throw new Error('content/ehc-journey/guide.yaml is missing: it holds the words of the EHC journey page (/ehc-journey/).');
  const byId = new Map(entry.data.steps.map((s) => [s.id, s]));
  return { ...entry.data, step: (id) => byId.get(id)! };
}
