import { parse } from 'csv-parse/sync';
import { nameBasedId } from '../../../src/lib/oruk/uuid.ts';
import { organisationPlaceholder } from '../../../src/lib/oruk/normalise.ts';
import type { FormatReading, ImportFormat } from '../formats.ts';

/**
 * The services spreadsheet (docs/importing.md, docs/service-import-template.csv):
 * one row per service, columns a navigator understands, for councils whose
 * directory only exports spreadsheets. Each row becomes an Open Referral
 * service and goes through the same checks as a feed; problems name the row
 * (as a spreadsheet numbers it, the header being row 1) and the column.
 */

/** Every column the template has, what it means, and the Open Referral field it fills. */
export const templateColumns = {
  id: 'A fixed identifier for the service in your old directory (any text). Keep it the same, so importing again updates the service rather than adding a copy. Left empty, one is made from the organisation and name.',
  name: 'The service name (required).',
  organisation: 'Who runs it (required). Services with the same organisation name share one organisation.',
  organisation_description: 'One or two sentences about the organisation (the first row that has one is used).',
  status: 'active, inactive, defunct or temporarily closed. Empty means active.',
  summary: 'One or two sentences: what it is and who it helps.',
  description: 'What the service does (required to publish; without it the row is skipped).',
  who_it_is_for: 'Who can use it, in plain words.',
  how_to_get_it: 'How to start, one step per line.',
  min_age: 'Youngest age, in years.',
  max_age: 'Oldest age, in years.',
  cost: '"Free", or what it costs in words.',
  phone: 'A UK phone number.',
  email: 'An email address.',
  website: 'The web address, starting https://.',
  venue: 'The name of the place it happens.',
  street: 'The first line of the venue address.',
  town: 'The town.',
  county: 'The county or council area.',
  postcode: 'The venue postcode.',
  days: 'Days it runs, e.g. "Mon, Wed" or "Monday to Friday".',
  opens: 'When it opens on those days, e.g. 09:30.',
  closes: 'When it closes, e.g. 15:00.',
  languages: 'Languages other than English, separated by semicolons.',
  last_checked: 'When someone last checked the details, as YYYY-MM-DD.',
} as const;
type Column = keyof typeof templateColumns;
const required: Column[] = ['name', 'organisation'];

/** Which column an Open Referral field came from, to name it in a problem. */
const columnOf: [RegExp, Column | string][] = [
  [/^\/id/, 'id'],
  [/^\/name/, 'name'],
  [/^\/status/, 'status'],
  [/^\/summary/, 'summary'],
  [/^\/description/, 'description'],
  [/^\/organization(_id)?\/description/, 'organisation_description'],
  [/^\/organization/, 'organisation'],
  [/^\/eligibility_description/, 'who_it_is_for'],
  [/^\/application_process/, 'how_to_get_it'],
  [/^\/minimum_age/, 'min_age'],
  [/^\/maximum_age/, 'max_age'],
  [/^\/cost_options/, 'cost'],
  [/^\/phones/, 'phone'],
  [/^\/email/, 'email'],
  [/^\/url/, 'website'],
  [/postal_code/, 'postcode'],
  [/city/, 'town'],
  [/state_province/, 'county'],
  [/address_1/, 'street'],
  [/^\/service_at_locations/, 'venue'],
  [/opens_at/, 'opens'],
  [/closes_at/, 'closes'],
  [/^\/schedules/, 'days'],
  [/^\/languages/, 'languages'],
  [/^\/assured_date/, 'last_checked'],
];

const dayCodes: Record<string, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };
const order = Object.values(dayCodes);

/** "Mon, Wed", "monday and friday", "Monday to Friday" as iCal day codes; undefined when it cannot be read. */
export function dayCodesFrom(text: string): string | undefined {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const range = /^\s*([a-z]+)\s*(?:to|-|–)\s*([a-z]+)\s*$/i.exec(text);
  if (range) {
    const [from, to] = [dayCodes[range[1].toLowerCase().slice(0, 3)], dayCodes[range[2].toLowerCase().slice(0, 3)]];
    if (from && to) return order.slice(order.indexOf(from), order.indexOf(to) + 1).join(',') || undefined;
  }
  const codes = words.filter((w) => w !== 'and').map((w) => dayCodes[w.slice(0, 3)]);
  return codes.length && codes.every(Boolean) ? codes.join(',') : undefined;
}

function withoutEmptyCells(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyCells);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== '' && v !== undefined)
        .map(([k, v]) => [k, withoutEmptyCells(v)]),
    );
  return value;
}

function read(file: string, text: string): FormatReading {
  const reading: FormatReading = { records: [], rejected: [], skipped: [] };
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    reading.rejected.push({ file, message: `not a readable CSV file: ${(error as Error).message}` });
    return reading;
  }
  const header = (rows.shift() ?? []).map((h) => h.toLowerCase().replace(/\s+/g, '_'));
  // A CSV with neither our columns nor GIAS's: say both, as either may be what the council meant to import.
  const orGias = ' (or, for schools, import a Get Information about Schools (GIAS) "all establishment data" extract as it is downloaded)';
  const unknown = header.filter((h) => h && !(h in templateColumns));
  if (unknown.length) {
    reading.rejected.push({
      file,
      field: `row 1, column ${unknown[0]}`,
      message: `is not a column of the services spreadsheet; its columns are: ${Object.keys(templateColumns).join(', ')}${orGias}`,
    });
    return reading;
  }
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) {
    reading.rejected.push({
      file,
      field: `row 1`,
      message: `has no ${missing.join(' or ')} column: every row of the services spreadsheet needs the service name and who runs it${orGias}`,
    });
    return reading;
  }
  const organisationDescriptions = new Map<string, string>();
  const cellsOf = (row: string[]) => Object.fromEntries(header.map((h, i) => [h, row[i]?.trim() ?? ''])) as Record<Column, string>;
  for (const row of rows.map(cellsOf))
    if (row.organisation && row.organisation_description && !organisationDescriptions.has(row.organisation))
      organisationDescriptions.set(row.organisation, row.organisation_description);

  rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    const row = cellsOf(cells);
    const where = (pointer: string) => {
      const column = columnOf.find(([pattern]) => pattern.test(pointer))?.[1];
      return column ? `row ${rowNumber}, column ${column}` : `row ${rowNumber}`;
    };
    // The old directory's own id may be any text; a UUID made from it is the same on every import.
    const id = row.id
      ? /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(row.id)
        ? row.id
        : nameBasedId(`csv-id:${row.id}`)
      : nameBasedId(`csv-service:${row.organisation.toLowerCase()}:${row.name.toLowerCase()}`);
    const organisationId = row.organisation ? nameBasedId(`csv-organisation:${row.organisation.toLowerCase()}`) : '';
    const place = row.venue || row.street || row.postcode;
    const locationId = place ? nameBasedId(`csv-venue:${id}:${row.venue || row.postcode}`) : undefined;
    const byday = row.days ? dayCodesFrom(row.days) : undefined;
    const record: Record<string, unknown> = {
      id: id || undefined,
      name: row.name || undefined,
      status: row.status || 'active',
      summary: row.summary,
      description: row.description,
      eligibility_description: row.who_it_is_for,
      application_process: row.how_to_get_it,
      minimum_age: /^\d+$/.test(row.min_age) ? Number(row.min_age) : row.min_age,
      maximum_age: /^\d+$/.test(row.max_age) ? Number(row.max_age) : row.max_age,
      email: row.email,
      url: row.website,
      assured_date: row.last_checked,
      organization_id: organisationId || undefined,
      organization: row.organisation
        ? {
            id: organisationId,
            name: row.organisation,
            description: organisationDescriptions.get(row.organisation) ?? organisationPlaceholder(row.organisation),
          }
        : undefined,
      phones: row.phone ? [{ id: nameBasedId(`csv-phone:${id}:${row.phone}`), number: row.phone }] : [],
      cost_options: row.cost
        ? [
            /^free\b/i.test(row.cost) && row.cost.length < 30
              ? { id: nameBasedId(`csv-cost:${id}`), amount: 0, option: 'Free' }
              : { id: nameBasedId(`csv-cost:${id}`), amount_description: row.cost },
          ]
        : [],
      languages: row.languages
        ? row.languages
            .split(';')
            .map((l) => l.trim())
            .filter(Boolean)
            .map((name) => ({ id: nameBasedId(`csv-language:${id}:${name}`), name }))
        : [],
      service_at_locations: locationId
        ? [
            {
              id: locationId,
              location: {
                id: locationId,
                location_type: 'physical',
                name: row.venue || row.street,
                addresses:
                  row.street || row.postcode
                    ? [
                        {
                          id: nameBasedId(`csv-address:${locationId}`),
                          address_1: row.street || row.venue,
                          city: row.town,
                          state_province: row.county,
                          postal_code: row.postcode,
                          country: 'GB',
                          address_type: 'physical',
                        },
                      ]
                    : [],
              },
            },
          ]
        : [],
      schedules:
        row.days || row.opens
          ? [
              {
                id: nameBasedId(`csv-schedule:${id}`),
                freq: byday ? 'WEEKLY' : undefined,
                byday: byday ?? row.days,
                opens_at: row.opens,
                closes_at: row.closes,
                service_at_location_id: locationId,
              },
            ]
          : [],
    };
    // An empty cell is how a spreadsheet says "not known", not a mistake: drop it before the checks.
    reading.records.push({ kind: 'service', record: withoutEmptyCells(record) as Record<string, unknown>, pointer: '', where });
  });
  return reading;
}

export const serviceSpreadsheet: ImportFormat = {
  describe: 'the services spreadsheet (CSV, see docs/importing.md)',
  extensions: ['.csv'],
  matches: (label) => label.toLowerCase().endsWith('.csv'),
  read,
};
