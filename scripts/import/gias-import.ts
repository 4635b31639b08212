import fs from 'node:fs';
import path from 'node:path';
import { settingSchema, type EducationSetting } from '../../src/schemas/education-setting.ts';
import { decodeGiasFile, giasRows, type GiasRow } from '../../src/lib/gias/read-csv.ts';
import { GiasProblem, SkipEstablishment, giasUrn, settingFromGias, type GiasSetting } from '../../src/lib/gias/from-gias.ts';
import { nameBasedId } from '../../src/lib/oruk/uuid.ts';
import { readSettings, settingFile, slugify, writeFileAtomically } from './content-files.ts';

/**
 * `npm run import -- <gias.csv>`: a GIAS establishment extract into
 * content/schools. Every row is read, mapped and checked first; if any row is
 * bad nothing is written, and each message names the row's URN and the
 * column. Rows are matched to files by URN, so a re-import updates the same
 * files, and importing the same file again changes nothing. GIAS fills in
 * what it holds (name, type, ages, address, office phone, website, SEN
 * provision types, bases); what a navigator wrote (SENCo, answers, links,
 * services) is kept.
 */

export interface GiasImportOptions {
  file: string;
  /** The content folder holding schools/ (content/ for the real site). */
  contentRoot: string;
  /** The area's own GIAS LA code: any other code is outside the area. */
  laCode: string;
  log?: (line: string) => void;
}

export interface GiasImportSummary {
  created: string[];
  updated: string[];
  unchanged: string[];
  skipped: { urn?: string; name?: string; reason: string }[];
  rejected: { urn?: string; line?: number; column?: string; message: string }[];
  /** Settings outside the area (their LA code is not ours). */
  outsideArea: string[];
  /** Files with review notes: published with what GIAS knows, waiting for a navigator. */
  withNotes: string[];
}

/** What a navigator must add to a setting GIAS cannot fill, in plain words; each becomes a review note when the field is empty. */
const waitingForNavigator: Partial<Record<keyof EducationSetting, string>> = {
  summary: 'GIAS has no description: write one or two plain sentences on who the setting is for and what it is like.',
  senco: 'GIAS does not hold the SENCo: ask the setting for the job title (never a name) and a phone number or email.',
  senInformationReport: 'Ask the setting for the web address of its SEN information report (every school must publish one).',
  answers: 'Ask the setting to answer the questions families ask (Schedule 2), in its own plain words.',
  lastReviewed: 'Set this to the date you check the page with the setting.',
  reviewOwner: 'Add the job title of whoever keeps this page up to date.',
};

function mergeSetting(local: EducationSetting | undefined, gias: GiasSetting): Record<string, unknown> {
  const { notes, contact, inclusionBase, ...fromGias } = gias;
  const base = local ?? { id: nameBasedId(`gias/${gias.urn}`), services: [], keywords: [], reviewNotes: [], section41: false, designatedNeeds: [] };
  const kindChanged = local !== undefined && local.kind !== gias.kind;
  const keptBase = gias.kind === 'mainstream' ? local?.inclusionBase : undefined;
  const mergedBase = inclusionBase
    ? {
        ...keptBase,
        type: inclusionBase.type,
        // "other" is only the import's stand-in for a base GIAS gives no need for: a navigator's choice wins over it.
        needs: inclusionBase.needs.join() === 'other' && keptBase?.needs.length ? keptBase.needs : inclusionBase.needs,
        ...((inclusionBase.places ?? keptBase?.places) !== undefined && { places: inclusionBase.places ?? keptBase?.places }),
      }
    : keptBase;
  const merged: Record<string, unknown> = {
    ...base,
    ...fromGias,
    designatedNeeds: gias.designatedNeeds.length ? gias.designatedNeeds : (local?.designatedNeeds ?? []),
    places: gias.places ?? local?.places,
    placeRoute: local && !kindChanged ? local.placeRoute : gias.placeRoute,
    outsideArea: gias.outsideArea,
    contact: { ...local?.contact, ...contact },
    inclusionBase: mergedBase,
  };
  const reviewNotes = [...(local?.reviewNotes ?? [])];
  const add = (field: string, note: string) => {
    if (!reviewNotes.some((n) => n.field === field && n.note === note)) reviewNotes.push({ field: field as never, note });
  };
  // Notes for empty fields only on a first import: a navigator who deletes a note has seen to it.
  if (!local) for (const [field, note] of Object.entries(waitingForNavigator)) if (merged[field] === undefined) add(field, note!);
  for (const { field, note } of notes) add(field, note);
  merged.reviewNotes = reviewNotes;
  return merged;
}

export function runGiasImport({ file, contentRoot, laCode, log = console.log }: GiasImportOptions): GiasImportSummary {
  const summary: GiasImportSummary = { created: [], updated: [], unchanged: [], skipped: [], rejected: [], outsideArea: [], withNotes: [] };
  let rows: GiasRow[];
  try {
    rows = giasRows(decodeGiasFile(fs.readFileSync(file)));
  } catch (error) {
    summary.rejected.push({ message: `${file} could not be read as CSV: ${(error as Error).message}` });
    rows = [];
  }
  const folder = path.join(contentRoot, 'schools');
  const local = readSettings(folder);
  for (const problem of local.problems)
    summary.rejected.push({
      message: `${problem.file}${problem.field ? `, field ${problem.field}` : ''}: ${problem.message} (fix this local file before importing)`,
    });
  const byUrn = new Map(local.files.flatMap((f) => (f.data.urn ? [[f.data.urn, f] as const] : [])));
  const slugs = new Set(local.files.map((f) => f.slug));
  const seen = new Map<string, number>();
  const planned: { file: string; text: string; state: 'created' | 'updated' | 'unchanged' }[] = [];

  for (const row of rows) {
    let urn: string | undefined;
    try {
      urn = giasUrn(row);
      if (seen.has(urn)) throw new GiasProblem('URN', `the same URN is on line ${seen.get(urn)} too`);
      seen.set(urn, row.line);
      const gias = settingFromGias(row, { laCode });
      const existing = byUrn.get(urn);
      const parsed = settingSchema.safeParse(mergeSetting(existing?.data, gias));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        summary.rejected.push({ urn, line: row.line, column: issue.path.join('.'), message: issue.message });
        continue;
      }
      let slug = existing?.slug;
      if (!slug) {
        slug = slugify(gias.name);
        if (slugs.has(slug)) slug = `${slug}-${urn}`;
        slugs.add(slug);
      }
      const target = path.join(folder, `${slug}.md`);
      const text = settingFile(parsed.data, existing?.body ?? '');
      const before = existing && settingFile(existing.data, existing.body);
      planned.push({ file: target, text, state: before === undefined ? 'created' : before === text ? 'unchanged' : 'updated' });
      if (parsed.data.outsideArea) summary.outsideArea.push(`${parsed.data.name} (${parsed.data.outsideArea})`);
      if (parsed.data.reviewNotes.length) summary.withNotes.push(target);
    } catch (error) {
      if (error instanceof SkipEstablishment) summary.skipped.push({ urn, name: row.cells.EstablishmentName, reason: error.message });
      else if (error instanceof GiasProblem) summary.rejected.push({ urn, line: row.line, column: error.column, message: error.message });
      else throw error;
    }
  }

  if (summary.rejected.length) {
    const n = summary.rejected.length;
    log(`Nothing was imported: ${n === 1 ? 'one problem needs' : `${n} problems need`} fixing first.`);
    for (const r of summary.rejected)
      log(`  ${r.urn ? `URN ${r.urn}` : r.line ? `line ${r.line}` : file}${r.column ? `, column ${r.column}` : ''}: ${r.message}`);
    return summary;
  }
  for (const p of planned) {
    if (p.state !== 'unchanged') writeFileAtomically(p.file, p.text);
    summary[p.state].push(p.file);
  }
  log(
    `GIAS import finished: ${summary.created.length} created, ${summary.updated.length} updated, ${summary.unchanged.length} unchanged, ${summary.skipped.length} skipped.`,
  );
  for (const s of summary.skipped) log(`  Skipped URN ${s.urn}${s.name ? ` (${s.name})` : ''}: ${s.reason}.`);
  if (summary.outsideArea.length)
    log(`${summary.outsideArea.length} outside the area (LA code not ${laCode}), labelled so on their pages: ${summary.outsideArea.join(', ')}.`);
  if (summary.withNotes.length) {
    log(
      `${summary.withNotes.length} ${summary.withNotes.length === 1 ? 'setting has' : 'settings have'} review notes: published with what GIAS holds, and listed in the review queue (/admin/review/) for a navigator to add the SENCo, SEN information report and answers:`,
    );
    for (const f of summary.withNotes) log(`  ${f}`);
  }
  log("Head teachers' names in the file were not read or copied.");
  return summary;
}
