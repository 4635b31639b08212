import path from 'node:path';
import { serviceSchema, isReadyToPublish, type ServiceRecord } from '../../src/schemas/service.ts';
import { organisationSchema, type Organisation } from '../../src/schemas/organisation.ts';
import { organisationFromOruk, serviceFromOruk, SkipRecord } from '../../src/lib/oruk/from-oruk.ts';
import { mergeOrganisation, mergeService } from '../../src/lib/oruk/merge.ts';
import type { OrukOrganization, OrukService } from '../../src/lib/oruk/types.ts';
import { readInputs, type Rejection, type Skip } from './read-input.ts';
import { organisationFile, readOrganisations, readServices, serviceFile, slugify, writeFileAtomically, type LocalFile } from './content-files.ts';

/**
 * `npm run import`: Open Referral UK 3.0 JSON into content files. Everything
 * is read, mapped and checked first; if any input is bad nothing is written.
 * Records are matched to local files by their Open Referral id, so running it
 * again updates the same files.
 */

export interface ImportOptions {
  /** Files or folders of Open Referral JSON. */
  inputs: string[];
  /** The content folder holding services/ and organisations/ (content/ for the real site). */
  contentRoot: string;
  /** Print a progress line after this many records. */
  progressEvery?: number;
  log?: (line: string) => void;
}

export interface ImportSummary {
  created: string[];
  updated: string[];
  unchanged: string[];
  skipped: Skip[];
  rejected: Rejection[];
  /** Service files a navigator must finish before families can see them. */
  awaitingNavigator: string[];
  /** Service files with review notes, published or not. */
  withNotes: string[];
}

interface PlannedFile {
  file: string;
  text: string;
  state: 'created' | 'updated' | 'unchanged';
}

/** How much a record holds: a fully nested service beats the same service from a list page. */
const richness = (record: object) => JSON.stringify(record).length;

interface Candidate<T> {
  file: string;
  record: T;
  /** False for an organization nested in a service: not worth a "skipped" line of its own. */
  standalone: boolean;
}

/** One record per id, the fullest copy; other standalone copies are reported as skipped. */
function fullestCopies<T extends { id: string }>(candidates: Candidate<T>[], skipped: Skip[]) {
  const chosen = new Map<string, Candidate<T>>();
  for (const candidate of candidates) {
    const current = chosen.get(candidate.record.id);
    const fuller = !current || richness(candidate.record) > richness(current.record);
    const [used, unused] = fuller ? [candidate, current] : [current, candidate];
    chosen.set(candidate.record.id, used);
    if (unused?.standalone && used.standalone) {
      const how = richness(unused.record) === richness(used.record) ? 'the same' : 'a fuller copy of the same';
      skipped.push({ file: unused.file, id: unused.record.id, reason: `${path.basename(used.file)} has ${how} record, which was used` });
    }
  }
  return chosen;
}

function freeSlug(name: string, id: string, taken: Set<string>): string {
  const base = slugify(name);
  const slug = taken.has(base) ? `${base}-${id.slice(0, 8)}` : base;
  taken.add(slug);
  return slug;
}

function plan(file: string, text: string, before: string | undefined): PlannedFile {
  return { file, text, state: before === undefined ? 'created' : before === text ? 'unchanged' : 'updated' };
}

export function runImport({ inputs, contentRoot, progressEvery = 50, log = console.log }: ImportOptions): ImportSummary {
  const { records, rejected, skipped } = readInputs(inputs);
  const serviceFolder = path.join(contentRoot, 'services');
  const organisationFolder = path.join(contentRoot, 'organisations');
  const localServices = readServices(serviceFolder);
  const localOrganisations = readOrganisations(organisationFolder);
  for (const problem of [...localServices.problems, ...localOrganisations.problems]) {
    rejected.push({ ...problem, message: `${problem.message} (fix this local file before importing)` });
  }
  const servicesById = new Map(localServices.files.map((f) => [f.data.id, f]));
  const organisationsById = new Map(localOrganisations.files.map((f) => [f.data.id, f]));
  const serviceSlugs = new Set(localServices.files.map((f) => f.slug));
  const organisationSlugs = new Set(localOrganisations.files.map((f) => f.slug));
  const planned: PlannedFile[] = [];

  // Organisations first: a service file names its organisation's file.
  const organizations = fullestCopies<OrukOrganization>(
    records.flatMap((r): Candidate<OrukOrganization>[] =>
      r.kind === 'organization'
        ? [{ file: r.file, record: r.record as OrukOrganization, standalone: true }]
        : (r.record as OrukService).organization
          ? [{ file: r.file, record: (r.record as OrukService).organization!, standalone: false }]
          : [],
    ),
    skipped,
  );
  const organisationSlugById = new Map([...organisationsById].map(([id, f]) => [id, f.slug]));
  const plannedOrganisations = new Map<string, { file: PlannedFile; standalone: boolean }>();
  for (const [id, { file, record, standalone }] of organizations) {
    const local: LocalFile<Organisation> | undefined = organisationsById.get(id);
    const slug = local?.slug ?? freeSlug(record.name, id, organisationSlugs);
    const parsed = organisationSchema.safeParse(mergeOrganisation(local?.data, organisationFromOruk(record)));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      rejected.push({ file, id, field: issue.path.join('.'), message: issue.message });
      continue;
    }
    organisationSlugById.set(id, slug);
    const before = local && organisationFile(local.data);
    plannedOrganisations.set(id, { file: plan(path.join(organisationFolder, `${slug}.md`), organisationFile(parsed.data), before), standalone });
  }
  // An organisation met only inside a service is written only if one of its services is.
  const usedOrganisations = new Set<string>();

  const services = fullestCopies<OrukService>(
    records.flatMap((r) =>
      r.kind === 'service'
        ? [{ file: r.file, record: r.record as OrukService, standalone: true }]
        : ((r.record as OrukOrganization).services ?? []).map((service) => ({ file: r.file, record: { organization_id: r.record.id, ...service }, standalone: true })),
    ),
    skipped,
  );
  const awaitingNavigator: string[] = [];
  const withNotes: string[] = [];
  let done = 0;
  for (const [id, { file, record }] of services) {
    done += 1;
    if (done % progressEvery === 0) log(`Checked ${done} of ${services.size} services…`);
    const organisationId = record.organization_id ?? record.organization?.id;
    const organisationSlug = organisationId && organisationSlugById.get(organisationId);
    if (!organisationSlug) {
      skipped.push({ file, id, reason: organisationId ? `its organisation ${organisationId} is not in content/organisations or the input: import the organization record too` : 'it does not say which organisation runs it' });
      continue;
    }
    let imported;
    try {
      imported = serviceFromOruk(record, { organisationSlug });
    } catch (error) {
      if (!(error instanceof SkipRecord)) throw error;
      skipped.push({ file, id, reason: error.message });
      continue;
    }
    const local: LocalFile<ServiceRecord> | undefined = servicesById.get(id);
    const merged = mergeService(local, imported);
    const parsed = serviceSchema.safeParse(merged.data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      rejected.push({ file, id, field: issue.path.join('.'), message: issue.message });
      continue;
    }
    usedOrganisations.add(organisationId!);
    const slug = local?.slug ?? freeSlug(parsed.data.name, id, serviceSlugs);
    const target = path.join(serviceFolder, `${slug}.md`);
    if (!isReadyToPublish(parsed.data)) awaitingNavigator.push(target);
    if (parsed.data.reviewNotes.length) withNotes.push(target);
    const before = local && serviceFile(local.data, local.body);
    planned.push(plan(target, serviceFile(parsed.data, merged.body), before));
  }
  if (services.size >= progressEvery && done % progressEvery !== 0) log(`Checked ${done} of ${services.size} services.`);

  for (const [id, { file, standalone }] of plannedOrganisations) if (standalone || usedOrganisations.has(id)) planned.unshift(file);

  const summary: ImportSummary = {
    created: [], updated: [], unchanged: [], skipped, rejected, awaitingNavigator: [], withNotes: [],
  };
  if (rejected.length) {
    log(`Nothing was imported: ${rejected.length === 1 ? 'one problem needs' : `${rejected.length} problems need`} fixing first.`);
    for (const r of rejected) log(`  ${r.file}${r.id ? `, record ${r.id}` : ''}${r.field ? `, field ${r.field}` : ''}: ${r.message}`);
    return summary;
  }
  for (const file of planned) {
    if (file.state !== 'unchanged') writeFileAtomically(file.file, file.text);
    summary[file.state].push(file.file);
  }
  summary.awaitingNavigator = awaitingNavigator;
  summary.withNotes = withNotes;
  log(`Import finished: ${summary.created.length} created, ${summary.updated.length} updated, ${summary.unchanged.length} unchanged, ${skipped.length} skipped.`);
  for (const s of skipped) log(`  Skipped ${s.file}${s.id ? `, record ${s.id}` : ''}: ${s.reason}.`);
  if (withNotes.length) {
    log(`${withNotes.length} service ${withNotes.length === 1 ? 'file has' : 'files have'} review notes for a navigator (reviewNotes); ${awaitingNavigator.length} stay off the site until the empty fields are filled in:`);
    for (const file of withNotes) log(`  ${file}${awaitingNavigator.includes(file) ? ' (not published yet)' : ''}`);
  }
  return summary;
}
