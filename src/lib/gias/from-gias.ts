import {
  designatedNeeds,
  designatedNeedInfo,
  type DesignatedNeed,
  type PlaceRoute,
  type SettingKind,
  type SettingPhase,
} from '../../data/education-settings.ts';
import { maxAge } from '../../data/age-bands.ts';
import type { EducationSetting } from '../../schemas/education-setting.ts';
import { giasDate } from './dates.ts';
import type { GiasRow } from './read-csv.ts';

/**
 * One GIAS establishment as the fields of a setting file. Reads only the
 * columns listed here: the head teacher's title and name (HeadTitle,
 * HeadFirstName, HeadLastName) are personal data and never read at all.
 */

/** A row the import leaves out, and why, for the import's summary. */
export class SkipEstablishment extends Error {}

/** A row the import cannot use: it names the column, and the import writes nothing until it is fixed. */
export class GiasProblem extends Error {
  readonly column: string;
  constructor(column: string, message: string) {
    super(message);
    this.column = column;
  }
}

/** What GIAS knows about a setting: the fields it fills, the rest left to a navigator. */
export type GiasSetting = Pick<
  EducationSetting,
  'urn' | 'name' | 'kind' | 'phase' | 'establishmentType' | 'ageRange' | 'designatedNeeds' | 'places' | 'placeRoute' | 'outsideArea' | 'address'
> & {
  contact: { phone?: string; website?: string };
  inclusionBase?: { type: 'resourced-provision' | 'sen-unit'; needs: DesignatedNeed[]; places?: number };
  /** Things to tell a navigator about this row (a web address that was not one, a base with no need given). */
  notes: { field: string; note: string }[];
};

export interface AreaContext {
  /** The area's own GIAS LA code, from the site settings (localAuthorityCode). */
  laCode: string;
}

const specialSchools = [
  'Community special school',
  'Foundation special school',
  'Academy special converter',
  'Academy special sponsor led',
  'Free schools special',
];
const independentSpecialist = ['Non-maintained special school', 'Other independent special school'];
const alternativeProvision = [
  'Pupil referral unit',
  'Academy alternative provision converter',
  'Academy alternative provision sponsor led',
  'Free schools alternative provision',
];
const mainstreamTypes = [
  'Community school',
  'Voluntary aided school',
  'Voluntary controlled school',
  'Foundation school',
  'Academy converter',
  'Academy sponsor led',
  'Free schools',
  'University technical college',
  'Studio schools',
  'City technology college',
  'Local authority nursery school',
  'Other independent school',
  'Sixth form centres',
  'Academy 16-19 converter',
  'Academy 16-19 sponsor led',
  'Free schools 16 to 19',
];
/** Establishment types GIAS lists that are not places a family chooses for a child's education here. */
const notSettings = [
  'Welsh establishment',
  'Offshore schools',
  'British schools overseas',
  'Higher education institutions',
  'Institution funded by other government department',
  'Secure units',
  "Service children's education",
  'Miscellaneous',
  'Online provider',
  'Special post 16 institution (closed)',
];

function kindOf(type: string): SettingKind {
  if (specialSchools.includes(type)) return 'special-school';
  if (independentSpecialist.includes(type)) return 'independent-specialist';
  if (alternativeProvision.includes(type)) return 'alternative-provision';
  if (type === 'Further education') return 'further-education';
  if (type === 'Special post 16 institution') return 'specialist-post-16';
  if (mainstreamTypes.includes(type)) return 'mainstream';
  if (notSettings.includes(type)) throw new SkipEstablishment(`it is a ${type.toLowerCase()}, not a setting the Local Offer lists`);
  throw new GiasProblem('TypeOfEstablishment (name)', `"${type}" is not an establishment type the import knows; tell the developers so they can add it`);
}

const phases: Record<string, SettingPhase> = {
  Nursery: 'early-years',
  Primary: 'primary',
  'Middle deemed primary': 'middle',
  'Middle deemed secondary': 'middle',
  Secondary: 'secondary',
  '16 plus': 'post-16',
  'All-through': 'all-through',
  'Not applicable': 'not-applicable',
  '': 'not-applicable',
};

function placeRouteFor(kind: SettingKind, phase: SettingPhase): PlaceRoute {
  if (kind === 'special-school' || kind === 'independent-specialist' || kind === 'specialist-post-16') return 'ehc-plan';
  if (kind === 'alternative-provision') return 'council-placement';
  if (kind === 'further-education' || phase === 'early-years' || phase === 'post-16') return 'direct-application';
  return 'school-admissions';
}

const cell = (row: GiasRow, column: string) => row.cells[column]?.trim() ?? '';

function wholeNumber(row: GiasRow, column: string): number | undefined {
  const text = cell(row, column);
  if (!text) return undefined;
  if (!/^\d+$/.test(text)) throw new GiasProblem(column, `"${text}" is not a whole number`);
  return Number(text);
}

/** "01632960601" → "01632 960601"; London-style 02 numbers as 020 7946 0000. Anything that is not a UK number is left out with a note. */
export function giasPhone(text: string): string | undefined {
  const digits = text.replace(/[\s()-]/g, '').replace(/^\+44/, '0');
  if (!/^0\d{9,10}$/.test(digits)) return undefined;
  if (digits.length === 10) return `${digits.slice(0, 5)} ${digits.slice(5)}`;
  if (digits.startsWith('02')) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  return `${digits.slice(0, 5)} ${digits.slice(5)}`;
}

/** GIAS often leaves out the scheme ("www.olsj.example"): add https://, and keep a scheme that is there. */
export function giasWebsite(text: string): string | undefined {
  if (!text) return undefined;
  const withScheme = /^https?:\/\//i.test(text) ? text : `https://${text.replace(/^\/+/, '')}`;
  try {
    const url = new URL(withScheme);
    return url.hostname.includes('.') ? withScheme : undefined;
  } catch {
    return undefined;
  }
}

const needsByCode = new Map(designatedNeeds.map((need) => [designatedNeedInfo[need].giasCode.toLowerCase(), need]));

/** SEN1 (name) … SEN13 (name): "ASD - Autistic Spectrum Disorder" → autism, in our vocabulary's order. */
function senProvisionTypes(row: GiasRow): DesignatedNeed[] {
  const found = new Set<DesignatedNeed>();
  for (const column of Object.keys(row.cells).filter((c) => /^SEN\d+ \(name\)$/.test(c))) {
    const text = cell(row, column);
    if (!text || /^not applicable$/i.test(text)) continue;
    const code = text.split(' - ')[0].trim().toLowerCase();
    const need = needsByCode.get(code);
    if (!need) throw new GiasProblem(column, `"${text}" is not one of the SEN provision types (ASD, HI, MLD, MSI, OTH, PD, PMLD, SEMH, SLCN, SLD, SpLD, VI)`);
    found.add(need);
  }
  return designatedNeeds.filter((need) => found.has(need));
}

const postcodePattern = /^[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}$/;

/** The URN of a row, checked: every message about a row names it. */
export function giasUrn(row: GiasRow): string {
  const urn = cell(row, 'URN');
  if (!/^\d{6}$/.test(urn)) throw new GiasProblem('URN', `"${urn}" is not a six-digit URN`);
  return urn;
}

/**
 * The setting fields GIAS gives for one row. Throws SkipEstablishment for a
 * closed, not-yet-open or out-of-scope establishment, and GiasProblem naming
 * the column for a value it cannot read.
 */
export function settingFromGias(row: GiasRow, area: AreaContext): GiasSetting {
  const urn = giasUrn(row);
  const status = cell(row, 'EstablishmentStatus (name)');
  const closeDate = giasDateIn(row, 'CloseDate');
  const openDate = giasDateIn(row, 'OpenDate');
  if (status === 'Closed') throw new SkipEstablishment(`it is closed${closeDate ? ` (closed on ${dayMonthYear(closeDate)})` : ''}`);
  if (status === 'Proposed to open') throw new SkipEstablishment(`it is not open yet${openDate ? ` (opens on ${dayMonthYear(openDate)})` : ''}`);
  if (!status.startsWith('Open'))
    throw new GiasProblem(
      'EstablishmentStatus (name)',
      `"${status}" is not a status the import knows (Open, Closed, Open but proposed to close, Proposed to open)`,
    );

  const name = cell(row, 'EstablishmentName');
  if (name.length < 3) throw new GiasProblem('EstablishmentName', 'the name is missing');
  const type = cell(row, 'TypeOfEstablishment (name)');
  const kind = kindOf(type);
  const phaseText = cell(row, 'PhaseOfEducation (name)');
  const phase = phases[phaseText];
  if (!phase) throw new GiasProblem('PhaseOfEducation (name)', `"${phaseText}" is not a phase the import knows`);

  const low = wholeNumber(row, 'StatutoryLowAge');
  const high = wholeNumber(row, 'StatutoryHighAge');
  if (low === undefined) throw new GiasProblem('StatutoryLowAge', 'the youngest age is missing');
  if (high === undefined) throw new GiasProblem('StatutoryHighAge', 'the oldest age is missing');
  if (low > maxAge) throw new GiasProblem('StatutoryLowAge', `${low} is over ${maxAge}, the oldest age the Local Offer covers`);
  if (high < low) throw new GiasProblem('StatutoryHighAge', `${high} is younger than the youngest age, ${low}`);
  // Colleges give 99 ("no upper limit"); the Local Offer covers young people up to 25.
  const ageRange = { min: low, max: Math.min(high, maxAge) };

  const notes: GiasSetting['notes'] = [];
  const needs = senProvisionTypes(row);
  const provision = cell(row, 'TypeOfResourcedProvision (name)');
  let inclusionBase: GiasSetting['inclusionBase'];
  if (kind === 'mainstream' && /resourced provision|sen unit/i.test(provision)) {
    const type = /resourced provision/i.test(provision) ? 'resourced-provision' : 'sen-unit';
    const places = type === 'resourced-provision' ? wholeNumber(row, 'ResourcedProvisionCapacity') : wholeNumber(row, 'SenUnitCapacity');
    if (/resourced provision and sen unit/i.test(provision))
      notes.push({
        field: 'inclusionBase',
        note: 'GIAS says the school has both resourced provision and an SEN unit; this page shows one base (the resourced provision). Check with the school and describe both.',
      });
    if (needs.length === 0)
      notes.push({
        field: 'inclusionBase',
        note: 'GIAS gives no SEN provision type for the base, so it says "other needs" for now: ask the school which need its places are for.',
      });
    inclusionBase = { type, needs: needs.length ? needs : ['other'], ...(places && { places }) };
  }

  const street = [cell(row, 'Street'), cell(row, 'Locality'), cell(row, 'Address3')].filter(Boolean).join(', ');
  if (street.length < 3) throw new GiasProblem('Street', 'the street is missing');
  const laName = cell(row, 'LA (name)');
  const town = cell(row, 'Town') || cell(row, 'Locality') || laName;
  const postcode = cell(row, 'Postcode').toUpperCase().replace(/\s+/g, ' ');
  if (!postcodePattern.test(postcode)) throw new GiasProblem('Postcode', `"${cell(row, 'Postcode')}" is not a postcode`);

  const phoneText = cell(row, 'TelephoneNum');
  const phone = giasPhone(phoneText);
  if (phoneText && !phone)
    notes.push({ field: 'contact', note: `GIAS gives the phone number "${phoneText}", which is not a UK phone number, so it was left out.` });
  const websiteText = cell(row, 'SchoolWebsite');
  const website = giasWebsite(websiteText);
  if (websiteText && !website)
    notes.push({ field: 'contact', note: `GIAS gives the website "${websiteText}", which is not a web address, so it was left out.` });
  if (!phone && !website) throw new GiasProblem('TelephoneNum', 'there is no phone number or website, so families would have no way to contact it');

  const laCode = cell(row, 'LA (code)');
  if (!/^\d{3}$/.test(laCode)) throw new GiasProblem('LA (code)', `"${laCode}" is not a three-digit LA code`);
  const capacity = wholeNumber(row, 'SchoolCapacity');
  const specialist = kind !== 'mainstream' && kind !== 'further-education';
  return {
    urn,
    name,
    kind,
    phase,
    establishmentType: type,
    ageRange,
    designatedNeeds: specialist ? needs : [],
    ...(specialist && capacity && { places: capacity }),
    ...(inclusionBase && { inclusionBase }),
    placeRoute: placeRouteFor(kind, phase),
    ...(laCode !== area.laCode && { outsideArea: laName || `the area with LA code ${laCode}` }),
    address: { street, town, county: cell(row, 'County (name)') || laName || town, postcode },
    contact: { ...(phone && { phone }), ...(website && { website }) },
    notes,
  };
}

function giasDateIn(row: GiasRow, column: string): Date | undefined {
  try {
    return giasDate(cell(row, column));
  } catch (error) {
    throw new GiasProblem(column, (error as Error).message);
  }
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
function dayMonthYear(date: Date): string {
  return longDate.format(date);
}
