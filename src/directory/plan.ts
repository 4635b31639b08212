import { getCollection } from 'astro:content';
import type { PlanPriority } from '../schemas/plan-priority';

/** The improvement plan's priorities in plan order; two files with the same number fail the build, naming both. */
export async function getPlanPriorities(): Promise<(PlanPriority & { slug: string })[]> {
  const entries = await getCollection('plan');
  const seen = new Map<number, string>();
  for (const e of entries) {
    const other = seen.get(e.data.number);
    if (other) throw new Error(`${e.filePath ?? e.id}: priority number ${e.data.number} is already used by ${other}. Give each priority its own number.`);
    seen.set(e.data.number, e.filePath ?? e.id);
  }
  return entries.map((e) => ({ ...e.data, slug: e.id })).sort((a, b) => a.number - b.number);
}
