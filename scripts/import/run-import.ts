import path from 'node:path';
import { serviceSchema, isReadyToPublish, type ServiceRecord } from '../../src/schemas/service.ts';
import { organisationSchema, type Organisation } from '../../src/schemas/organisation.ts';
import { organisationFromOruk, serviceFromOruk, SkipRecord } from '../../src/lib/oruk/from-oruk.ts';
import { mergeOrganisation, mergeService } from '../../src/lib/oruk/merge.ts';
import type { OrukOrganization, OrukService } from '../../src/lib/oruk/types.ts';
import { readInputs, readSources, type Refusal, type Rejection, type Skip, type Source, type Warning } from './read-input.ts';
import { organisationFile, readOrganisations, readServices, serviceFile, slugify, writeFileAtomically, type LocalFile } from './content-files.ts';

/**
 * `npm run import`: Open Referral UK (3.0 or 1.0) JSON, a feed, or the
 * services spreadsheet into content files. Everything is read, mapped and
 * checked first; if an input cannot be read at all (or a local file is
 * broken) nothing is written. A record that cannot be used is refused on its
 * own, naming the record and field, and the rest is imported. Records are
 * matched to local files by their Open Referral id, so running it again
 * updates the same files.
 */

export interface ImportOptions {
  /** Files or folders of Open Referral JSON or service spreadsheets. */
  inputs: string[];
  /** Pages already read, e.g. fetched from a feed (--from-url). */
  sources?: Source[];
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
  /** Inputs that could not be read at all: when there are any, nothing is written. */
  rejected: Rejection[];
  /** Records that could not be used (no id, no name, an unknown status, a value our content refuses); the rest is imported. */
  refused: Refusal[];
  /** What was tidied or left out of records that were imported. */
  warnings: Warning[];
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
  // Ids from one feed often share their first characters: take more of the id until the name is free.
  let slug = base;
  for (let length = 8; taken.has(slug); length += 4) slug = `${base}-${id.replace(/-/g, '').slice(0, length)}`;
  taken.add(slug);
  return slug;
}

function plan(file: string, text: string, before: string | undefined): PlannedFile {
  return { file, text, state: before === undefined ? 'created' : before === text ? 'unchanged' : 'updated' };
}

export function runImport({ inputs, sources = [], contentRoot, progressEvery = 50, log = console.log }: ImportOptions): ImportSummary {
  const fromFiles = readInputs(inputs);
  const fromSources = readSources(sources);
  const records = [...fromSources.records, ...fromFiles.records];
  const rejected = [...fromSources.rejected, ...fromFiles.rejected];
  const refused = [...fromSources.refused, ...fromFiles.refused];
  const skipped = [...fromSources.skipped, ...fromFiles.skipped];
  const warnings = [...fromSources.warnings, ...fromFiles.warnings];
  const whereIn = new Map(records.map((r) => [r.record, r.where]));
  const warningsOf = new Map(records.map((r) => [r.record as object, r.warnings]));
  const warn = (file: string, record: { id: string }) => {
    for (const message of warningsOf.get(record) ?? []) warnings.push({ file, id: record.id, message });
  };
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
      refused.push({ file, id, field: `organisation ${issue.path.join('.')}`, message: issue.message });
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
        : ((r.record as OrukOrganization).services ?? []).map((service) => ({
            file: r.file,
            record: { organization_id: r.record.id, ...service },
            standalone: true,
          })),
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
      skipped.push({
        file,
        id,
        reason: organisationId
          ? `its organisation ${organisationId} is not in content/organisations or the input: import the organization record too`
          : 'it does not say which organisation runs it',
      });
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
      const where = whereIn.get(record as never);
      const field = issue.path.join('.');
      refused.push({ file, id, field: where && where('') !== '/' ? `${where('')}, our field ${field}` : field, message: issue.message });
      continue;
    }
    usedOrganisations.add(organisationId!);
    const slug = local?.slug ?? freeSlug(parsed.data.name, id, serviceSlugs);
    const target = path.join(serviceFolder, `${slug}.md`);
    if (!isReadyToPublish(parsed.data)) awaitingNavigator.push(target);
    if (parsed.data.reviewNotes.length) withNotes.push(target);
    const before = local && serviceFile(local.data, local.body);
    planned.push(plan(target, serviceFile(parsed.data, merged.body), before));
    warn(file, record);
  }
  if (services.size >= progressEvery && done % progressEvery !== 0) log(`Checked ${done} of ${services.size} services.`);

  for (const [id, { file, standalone }] of plannedOrganisations) if (standalone || usedOrganisations.has(id)) planned.unshift(file);
  for (const [id, { file, record, standalone }] of organizations) if (standalone && plannedOrganisations.has(id)) warn(file, record);

  const summary: ImportSummary = {
    created: [],
    updated: [],
    unchanged: [],
    skipped,
    rejected,
    refused,
    warnings,
    awaitingNavigator: [],
    withNotes: [],
  };
  const at = (r: { file: string; id?: string; field?: string }) =>
    `${r.file}${r.id ? `, record ${r.id}` : ''}${r.field ? `, ${/^(row|organisation )/.test(r.field) ? '' : 'field '}${r.field}` : ''}`;
  if (rejected.length) {
    log(`Nothing was imported: ${rejected.length === 1 ? 'one problem needs' : `${rejected.length} problems need`} fixing first.`);
    for (const r of rejected) log(`  ${at(r)}: ${r.message}`);
    return summary;
  }
  for (const file of planned) {
    if (file.state !== 'unchanged') writeFileAtomically(file.file, file.text);
    summary[file.state].push(file.file);
  }
  summary.awaitingNavigator = awaitingNavigator;
  summary.withNotes = withNotes;
  log(
    `Import finished: ${summary.created.length} created, ${summary.updated.length} updated, ${summary.unchanged.length} unchanged, ${skipped.length} skipped` +
      `${refused.length ? `, ${refused.length} refused` : ''}${warnings.length ? `, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}` : ''}.`,
  );
  for (const s of skipped) log(`  Skipped ${s.file}${s.id ? `, record ${s.id}` : ''}: ${s.reason}.`);
  for (const r of refused) log(`  Refused ${at(r)}: ${r.message}. The other records were imported; fix this one in the source and import again.`);
  for (const w of warnings) log(`  Warning ${at(w)}: ${w.message}.`);
  if (withNotes.length) {
    log(
      `${withNotes.length} service ${withNotes.length === 1 ? 'file has' : 'files have'} review notes for a navigator (reviewNotes); ${awaitingNavigator.length} stay off the site until the empty fields are filled in:`,
    );
    for (const file of withNotes) log(`  ${file}${awaitingNavigator.includes(file) ? ' (not published yet)' : ''}`);
  }
  return summary;
}
